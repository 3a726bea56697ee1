/**
 * Proves the dependency rule (.dependency-cruiser.cjs) bites: a throw-away tree with one
 * violation per rule is cruised with the project's configuration and every violation must be
 * reported; a clean tree must pass. `npm test` cruises the real src/ with the same file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const depcruise = join(root, 'node_modules/.bin/depcruise');

function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'relaciones-deps-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', strict: true } }),
    );
    const result = spawnSync(
      depcruise,
      ['src', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'err'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cleanTree = {
  'src/domain/a.ts': "import { z } from 'zod';\nimport { b } from './b';\nexport const a = z.string().parse(b);\n",
  'src/domain/b.ts': "export const b = 'b';\n",
  'src/adapters/graph/repo.ts': "import { a } from '../../domain/a';\nexport const repo = a;\n",
  'src/application/use-case.ts': "import { a } from '../domain/a';\nexport const useCase = a;\n",
  'src/emulator/e.ts': "export const e = 'e';\n",
  'src/hosts/cli/main.ts': "import { e } from '../../emulator/e';\nexport const main = e;\n",
};

describe('regla de dependencias de la arquitectura', () => {
  it('un árbol limpio pasa', () => {
    const { status, output } = cruise(cleanTree);
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });

  it.each([
    [
      'core-imports-no-outer-layer',
      'src/domain/bad.ts',
      "import { repo } from '../adapters/graph/repo';\nexport const bad = repo;\n",
    ],
    [
      'core-imports-no-outer-layer',
      'src/application/bad.ts',
      "import { repo } from '../adapters/graph/repo';\nexport const bad = repo;\n",
    ],
    [
      'domain-not-application',
      'src/domain/bad.ts',
      "import { useCase } from '../application/use-case';\nexport const bad = useCase;\n",
    ],
    [
      'core-no-node-builtins',
      'src/domain/bad.ts',
      "import { readFileSync } from 'node:fs';\nexport const bad = readFileSync;\n",
    ],
    ['core-no-node-builtins', 'src/application/bad.ts', "import { join } from 'path';\nexport const bad = join;\n"],
    [
      'core-no-platform-packages',
      'src/application/bad.ts',
      "import { createRoot } from 'react-dom/client';\nexport const bad = createRoot;\n",
    ],
    ['core-no-platform-packages', 'src/domain/bad.ts', "import i18next from 'i18next';\nexport const bad = i18next;\n"],
    [
      'domain-only-approved-libraries',
      'src/domain/bad.ts',
      "import { Compiler } from 'webpack';\nexport const bad: Compiler | undefined = undefined;\n",
    ],
    ['emulator-is-standalone', 'src/emulator/bad.ts', "import { a } from '../domain/a';\nexport const bad = a;\n"],
    [
      'only-cli-starts-emulator',
      'src/adapters/graph/bad.ts',
      "import { e } from '../../emulator/e';\nexport const bad = e;\n",
    ],
    ['no-circular-in-domain', 'src/domain/b.ts', "import { a } from './a';\nexport const b = String(a);\n"],
    [
      'not-to-unresolvable',
      'src/domain/bad.ts',
      "import { nope } from './does-not-exist';\nexport const bad = nope;\n",
    ],
  ])('la regla %s rechaza %s', (rule, path, content) => {
    const { status, output } = cruise({ ...cleanTree, [path]: content });
    expect(output).toContain(rule);
    expect(status).not.toBe(0);
  });
});
