import { parsePrefer } from '../../../../src/emulator/calendar/event-query';

describe('parsePrefer', () => {
  it('reads quoted and unquoted preferences, case-insensitive names, first one wins', () => {
    const prefs = parsePrefer(
      'odata.maxpagesize=5, Outlook.TimeZone="Central Standard Time (Mexico)", outlook.timezone="UTC"',
    );
    expect(prefs.get('odata.maxpagesize')).toBe('5');
    expect(prefs.get('outlook.timezone')).toBe('Central Standard Time (Mexico)');
  });

  it('keeps commas and semicolons inside quotes and ignores preference parameters', () => {
    const prefs = parsePrefer('outlook.timezone=America/Mexico_City; foo=bar, outlook.body-content-type="text"');
    expect(prefs.get('outlook.timezone')).toBe('America/Mexico_City');
    expect(prefs.get('outlook.body-content-type')).toBe('text');
    expect(prefs.has('foo')).toBe(false);
    expect(parsePrefer('x="a, b; c"').get('x')).toBe('a, b; c');
    expect(parsePrefer(undefined).size).toBe(0);
  });
});
