/** Office.js fakes for the host tests, built with office-addin-mock. */
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeLike } from '../../../../src/hosts/taskpane/office-host';

/**
 * A fake global `Office` whose `onReady()` answers `host` and whose `context` holds `context`.
 * Common API properties (`Office.context.*`) need no `load()`; office-addin-mock returns plain
 * values without load only in its Outlook mode, so every fake uses that mode.
 */
export function fakeOffice(host: string | null, context: Record<string, unknown> = {}): OfficeLike {
  const mock = new OfficeMockObject(
    {
      context,
      onReady: () => Promise.resolve({ host, platform: host === null ? null : 'OfficeOnline' }),
    },
    'outlook' as never,
  );
  return mock as unknown as OfficeLike;
}
