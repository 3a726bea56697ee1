// Renders the add-in's PNG icons (assets/icon-<size>.png, assets/logo-filled.png) from the SVG sources
// in assets/ with @resvg/resvg-js. Run after editing an SVG: `node scripts/render-icons.mjs`; commit the PNGs.
import { Resvg } from '@resvg/resvg-js';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');

/** Small sizes use the design redrawn on a 16 px grid; the rest scale the detailed one. */
const renders = [
  ...[16, 20, 24].map((size) => ({ source: 'icon-small.svg', size, output: `icon-${size}.png` })),
  ...[32, 40, 48, 64, 80, 128].map((size) => ({ source: 'icon.svg', size, output: `icon-${size}.png` })),
  { source: 'logo-filled.svg', size: 80, output: 'logo-filled.png' },
];

for (const { source, size, output } of renders) {
  const svg = await readFile(join(assets, source));
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
    shapeRendering: 2,
  });
  const image = resvg.render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`${output}: rendered ${image.width}×${image.height}, expected ${size}×${size}`);
  }
  await writeFile(join(assets, output), image.asPng());
  console.log(`assets/${output}  ${size}×${size}  from ${source}`);
}
