import { encodeRequestPath, rewriteDriveAddressing } from '../../../../src/emulator/drive/addressing';
import { decodeSkipToken, encodeSkipToken, integerOption, parseSelect } from '../../../../src/emulator/drive/query';

describe('rewriteDriveAddressing', () => {
  it.each([
    ['/v1.0/sites/root/drive/root:/a/b.xlsx:/content', '/v1.0/sites/root/drive/root:%2Fa%2Fb.xlsx:/content'],
    ['/v1.0/sites/root/drive/root:/a/b.xlsx:', '/v1.0/sites/root/drive/root:%2Fa%2Fb.xlsx:'],
    ['/v1.0/sites/root/drive/root:/a/b.xlsx', '/v1.0/sites/root/drive/root:%2Fa%2Fb.xlsx:'],
    ['/v1.0/sites/root/drive/root:/Año 2024:/children', '/v1.0/sites/root/drive/root:%2FA%C3%B1o%202024:/children'],
    ['/v1.0/drives/b!x/items/01ABC:/f.txt:/content', '/v1.0/drives/b!x/items/01ABC:%2Ff.txt:/content'],
    ['/v1.0/sites/s/drives/b!x/root:/f.txt', '/v1.0/sites/s/drives/b!x/root:%2Ff.txt:'],
    ['/v1.0/sites/root/drive/root:/:/children', '/v1.0/sites/root/drive/root/children'],
    ['/v1.0/sites/root/drive/root:', '/v1.0/sites/root/drive/root'],
    [
      '/v1.0/sites/root/drive/root:/x.xlsx:/workbook/tables/T/rows',
      '/v1.0/sites/root/drive/root:%2Fx.xlsx:/workbook/tables/T/rows',
    ],
  ])('%s → %s', (input, output) => {
    expect(rewriteDriveAddressing(input)).toBe(output);
  });

  it('keeps a colon that is not followed by a slash inside the path (refused later as a name)', () => {
    expect(rewriteDriveAddressing('/v1.0/sites/root/drive/root:/a:b.txt:/content')).toBe(
      '/v1.0/sites/root/drive/root:%2Fa%3Ab.txt:/content',
    );
  });

  it('leaves other paths alone', () => {
    for (const path of ['/v1.0/sites/root/drive/items/01ABC', '/v1.0/sites/root/lists/x:y', '/v1.0/me']) {
      expect(rewriteDriveAddressing(path)).toBe(path);
    }
  });
});

describe('query helpers', () => {
  it('encodes a request path for a link, keeping : , $ readable', () => {
    expect(encodeRequestPath('/v1.0/sites/h,a,b/drive/root:/Año 1:/children')).toBe(
      '/v1.0/sites/h,a,b/drive/root:/A%C3%B1o%201:/children',
    );
  });

  it('round-trips a skip token and refuses a forged one', () => {
    const cursor = { key: 'informe ñ.txt', id: '01ABCDEFGHIJKLMNOPQRSTUVWXYZ234567' };
    expect(decodeSkipToken(encodeSkipToken(cursor))).toEqual(cursor);
    expect(() => decodeSkipToken('bm9wZQ')).toThrow('$skiptoken');
  });

  it('parses $select against the known properties', () => {
    const known = new Set(['id', 'name']);
    expect(parseSelect(new URLSearchParams('$select=name,id,name'), known, 'driveItem')).toEqual(['name', 'id']);
    expect(parseSelect(new URLSearchParams(''), known, 'driveItem')).toBeUndefined();
    expect(() => parseSelect(new URLSearchParams('$select=size'), known, 'driveItem')).toThrow("'size'");
  });

  it('parses integer options within bounds', () => {
    expect(integerOption(new URLSearchParams('$top=5'), '$top', 1, 10, 3)).toBe(5);
    expect(integerOption(new URLSearchParams(''), '$top', 1, 10, 3)).toBe(3);
    for (const bad of ['0', '11', '-1', '1.5', 'x', '']) {
      expect(() => integerOption(new URLSearchParams({ $top: bad }), '$top', 1, 10, 3)).toThrow('$top');
    }
  });
});
