/**
 * Ribbon commands page (the manifests' FunctionFile). Every button of Relaciones today opens the
 * task pane (`ShowTaskpane`: "Registrar queja", "Reunión de revisión", the Excel group), so there is
 * no `ExecuteFunction` to register yet; this page only initialises Office so the host can load it.
 * When a function command arrives, register it here with `Office.actions.associate(name, handler)`
 * and call `event.completed()` in a `finally`, so a failure never leaves the ribbon spinning.
 */
export function initialise(): void {
  const office = (globalThis as { Office?: { onReady?: () => Promise<unknown> } }).Office;
  if (typeof office?.onReady !== 'function') return;
  office.onReady().catch((error: unknown) => {
    console.error('[Relaciones] commands: Office.onReady failed', error);
  });
}

initialise();
