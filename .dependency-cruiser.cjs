/**
 * The architecture's dependency rules (ARCHITECTURE.md §3), checked by `npm run deps:check` in
 * `npm test`: the domain and the use cases stay pure — no adapters, hosts, Office.js, Graph
 * client, DOM/UI libraries or Node built-ins — and the domain uses only approved libraries.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-outer-layer',
      comment:
        'src/domain and src/application must not import adapters, hosts, the emulator or i18n (they receive ports).',
      severity: 'error',
      from: { path: '^src/(domain|application)/' },
      to: { path: '^src/(adapters|hosts|emulator|i18n)/' },
    },
    {
      name: 'domain-not-application',
      comment: 'The domain is the innermost layer: it does not know the use cases.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/application/' },
    },
    {
      name: 'core-no-node-builtins',
      comment: 'Domain and application code runs in the browser and in Node: no node:* or other built-in modules.',
      severity: 'error',
      from: { path: '^src/(domain|application)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-platform-packages',
      comment: 'No Office.js, Graph client, MSAL, DOM or UI libraries in domain or application code.',
      severity: 'error',
      from: { path: '^src/(domain|application)/' },
      to: {
        path: 'node_modules/(@microsoft/|@azure/msal|office-|@types/office-js|react|react-dom|@fluentui/|i18next|jsdom|better-sqlite3|exceljs|playwright)',
      },
    },
    {
      name: 'domain-only-approved-libraries',
      comment: 'The domain may use only zod, rrule, date-fns and @date-fns/tz from npm.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'],
        pathNot: 'node_modules/(zod|rrule|date-fns|@date-fns/tz)/',
      },
    },
    {
      name: 'emulator-is-standalone',
      comment:
        'src/emulator plays Microsoft 365: it knows nothing of the product (domain, use cases, adapters, hosts, i18n).',
      severity: 'error',
      from: { path: '^src/emulator/' },
      to: { path: '^src/(domain|application|adapters|hosts|i18n)/' },
    },
    {
      name: 'only-cli-starts-emulator',
      comment:
        'The add-in and the adapters reach the emulator over HTTP like graph.microsoft.com; only the CLI host may start it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(emulator|hosts/cli)/' },
      to: { path: '^src/emulator/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that cannot be resolved is a broken build waiting to happen.',
      severity: 'error',
      from: { path: '^src/' },
      // @microsoft/microsoft-graph-types ships only declarations (imported with `import type`).
      to: { couldNotResolve: true, pathNot: '^@microsoft/microsoft-graph-types$' },
    },
    {
      name: 'no-circular-in-domain',
      comment: 'Cycles in the domain make its rules hard to follow and test in isolation.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
