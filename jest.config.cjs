/** Jest: unit (domain), adapters, integration and e2e suites, all TypeScript through ts-jest. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node',
          jsx: 'react-jsx',
          esModuleInterop: true,
          isolatedModules: true,
          resolveJsonModule: true,
        },
        diagnostics: false,
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock needs only an enum from this package, whose ESM-only dependency jest cannot load.
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.ts',
  },
  testTimeout: 30000,
};
