/**
 * The browser test (`npm run test:e2e`), apart from `npm test`: it needs a build in
 * dist/, Debian's chromium (scripts/e2e/ensureChromium.sh) and starts real servers.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: '<rootDir>/../../tsconfig.json' }],
  },
  // One conversation per test, one after the other; each step has its own shorter timeout.
  maxWorkers: 1,
  testTimeout: 90000,
};
