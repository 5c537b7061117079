/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type errors are caught by `npm run typecheck`; transpiling alone keeps tests fast.
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true }],
  },
  testTimeout: 20000,
  // Closes servers a failed or timed-out test left open, so that Jest exits by itself.
  setupFilesAfterEnv: ['<rootDir>/test/support/closeLeftovers.ts'],
};
