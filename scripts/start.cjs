// `npm start`: builds the add-in for production with its manifests pointing at the local origin
// (package.json config.devUrl, https://localhost:3000/), then runs `relaciones serve`, which
// serves that build and the local Microsoft 365 from the same HTTPS origin. Extra arguments are
// passed to `relaciones serve --demo` (e.g. `npm start -- --port 3100`); on a new data folder
// `--demo` provisions the lists and loads the demo organisation first.
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { readUrlConfig } = require('./manifest-urls.cjs');

const root = path.join(__dirname, '..');
const { devUrl } = readUrlConfig();
const build = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, RELACIONES_ADDIN_URL: devUrl },
});
if (build.status !== 0) {
  process.exitCode = build.status ?? 1;
} else {
  require('tsx/cjs');
  const { main } = require('../src/hosts/cli/main.ts');
  main(['serve', '--demo', ...process.argv.slice(2)]).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
