import { closeLeftovers } from './leftovers';

// Runs after each test file (jest.config.js setupFilesAfterEnv).
afterAll(closeLeftovers);
