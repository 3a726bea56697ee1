/**
 * How commands speak to people and programs: readable tables (cli-table3) and a progress bar
 * (cli-progress, only on an interactive terminal) for people; one JSON document on stdout for
 * programs with `--json`. Cell text is shown as given, with control characters made visible so a
 * value cannot move the cursor or recolour the terminal.
 */
import { SingleBar } from 'cli-progress';
import Table from 'cli-table3';

export interface OutputIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Where the progress bar is drawn; absent when stderr is not a terminal. */
  readonly progressStream?: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Replaces C0/C1 control characters (ESC, BEL, CR …) by visible escapes. */
export function printable(value: string): string {
  return [...value]
    .map((c) => {
      const code = c.charCodeAt(0);
      const control = (code < 0x20 && c !== '\t' && c !== '\n') || (code >= 0x7f && code <= 0x9f);
      return control ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    })
    .join('');
}

export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const table = new Table({
    head: [...headers],
    style: { head: [], border: [] },
    wordWrap: true,
    // No rule between rows: a long catalog stays readable.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) table.push(row.map((cell) => printable(cell)));
  return table.toString();
}

export function printJson(io: OutputIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

export interface Progress {
  /** `label` replaces the bar's label (e.g. the step of a multi-step job). */
  update(done: number, total?: number, label?: string): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

/** A progress bar on stderr when it is a terminal and the output is for people; otherwise silent. */
export function startProgress(io: OutputIo, label: string, json: boolean, total = 0): Progress {
  if (json || io.progressStream === undefined || io.progressStream.isTTY !== true) return SILENT;
  const bar = new SingleBar({
    format: '{label} [{bar}] {value}/{total}',
    stream: io.progressStream,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(Math.max(total, 1), 0, { label });
  return {
    update(done, newTotal, newLabel) {
      if (newTotal !== undefined && newTotal > 0) bar.setTotal(newTotal);
      bar.update(done, { label: newLabel === undefined ? label : `${label}: ${newLabel}` });
    },
    stop() {
      bar.stop();
    },
  };
}
