/** One jest run for the three tiers (DESIGN §9): *.spec.ts, *.int-spec.ts, *.e2e-spec.ts; bench/ has unit specs of its pure parts. */
module.exports = {
  rootDir: '.',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/bench'],
  testRegex: '\\.(spec|int-spec|e2e-spec)\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testEnvironment: 'node',
  testTimeout: 60000,
  maxWorkers: 2,
  // A worker that ran many suites carries a large heap, and every full collection the memory tests force walks it.
  workerIdleMemoryLimit: '512MB',
};
