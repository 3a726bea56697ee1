#!/usr/bin/env node
// The `relaciones` command: runs the TypeScript CLI through tsx, so no build step is needed.
require('tsx/cjs');
const { main } = require('../src/hosts/cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
