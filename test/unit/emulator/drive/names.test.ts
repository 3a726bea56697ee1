import {
  mimeTypeFor,
  nameKey,
  nameProblem,
  pathProblem,
  renameCandidate,
  splitItemPath,
} from '../../../../src/emulator/drive/names';

describe('nameProblem', () => {
  it.each(['Informe.xlsx', 'Respuestas de satisfacción.xlsx', 'año 2024', '#1 & más', 'a.b.c', 'forms'])(
    'accepts %j below the library root',
    (name) => {
      expect(nameProblem(name, false)).toBeUndefined();
    },
  );

  it.each([
    ['', 'empty'],
    ['.', 'not a valid name'],
    ['..', 'not a valid name'],
    ['a"b', "'\"'"],
    ['a*b', "'*'"],
    ['a:b', "':'"],
    ['a<b', "'<'"],
    ['a>b', "'>'"],
    ['a?b', "'?'"],
    ['a/b', "'/'"],
    ['a\\b', "'\\'"],
    ['a|b', "'|'"],
    ['a\tb', 'control character'],
    [' a', 'space'],
    ['a ', 'space'],
    ['CON', 'reserved'],
    ['lpt1', 'reserved'],
    ['Desktop.ini', 'reserved'],
    ['.lock', 'reserved'],
    ['x_vti_y', '_vti_'],
    ['~$libro.xlsx', '~$'],
    ['x'.repeat(256), 'longer'],
  ])('refuses %j (%s)', (name, fragment) => {
    expect(nameProblem(name, false)).toContain(fragment);
  });

  it("refuses 'forms' only at the library root", () => {
    expect(nameProblem('Forms', true)).toContain('forms');
    expect(nameProblem('Forms', false)).toBeUndefined();
    expect(nameProblem('CON.txt', false)).toBeUndefined();
  });
});

describe('splitItemPath and pathProblem', () => {
  it('splits a path and treats "" and "/" as the base item', () => {
    expect(splitItemPath('/a/b.xlsx')).toEqual({ names: ['a', 'b.xlsx'] });
    expect(splitItemPath('/a/')).toEqual({ names: ['a'] });
    expect(splitItemPath('')).toEqual({ names: [] });
    expect(splitItemPath('/')).toEqual({ names: [] });
  });

  it('refuses a path without a leading slash or with an empty segment', () => {
    expect(splitItemPath('a/b')).toHaveProperty('problem');
    expect(splitItemPath('/a//b')).toHaveProperty('problem');
  });

  it('reports the first bad name, with forms checked only for the first level under the root', () => {
    expect(pathProblem(['a', '..', 'b'], true)).toContain("'..'");
    expect(pathProblem(['forms', 'x'], true)).toContain('forms');
    expect(pathProblem(['forms', 'x'], false)).toBeUndefined();
    expect(pathProblem(['a', 'forms'], true)).toBeUndefined();
  });
});

describe('mimeTypeFor, renameCandidate, nameKey', () => {
  it('maps extensions case-insensitively and falls back to octet-stream', () => {
    expect(mimeTypeFor('Libro.XLSX')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(mimeTypeFor('acta.pdf')).toBe('application/pdf');
    expect(mimeTypeFor('sin-extension')).toBe('application/octet-stream');
    expect(mimeTypeFor('raro.xyz')).toBe('application/octet-stream');
  });

  it('numbers the name before its extension', () => {
    expect(renameCandidate('Informe.xlsx', 1)).toBe('Informe 1.xlsx');
    expect(renameCandidate('archivo.tar.gz', 2)).toBe('archivo.tar 2.gz');
    expect(renameCandidate('Carpeta', 3)).toBe('Carpeta 3');
    expect(renameCandidate('.gitignore', 1)).toBe('.gitignore 1');
  });

  it('compares names ignoring case, accents included, and Unicode normalisation', () => {
    expect(nameKey('ÑANDÚ.txt')).toBe(nameKey('ñandú.txt'));
    expect(nameKey('e\u0301')).toBe(nameKey('é'));
  });
});
