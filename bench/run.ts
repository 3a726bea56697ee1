/** `npm run bench`: runs every bench/*.bench.ts and prints one line per case with its ratio. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCase, type BenchCase } from './harness';

async function main(): Promise<void> {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const rows: string[] = [];
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as { cases: readonly BenchCase[] };
    for (const bench of mod.cases) {
      const r = await runCase(bench);
      rows.push(
        `${file.replace('.bench.ts', '')} | ${r.name} | candidate ${r.candidateMs.toFixed(2)} ms | baseline ${r.baselineMs.toFixed(2)} ms | ×${r.speedup.toFixed(1)}`,
      );
    }
  }
  console.log(rows.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
