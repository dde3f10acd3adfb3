/** One jest run for the three tiers (DESIGN §9): *.spec.ts, *.int-spec.ts, *.e2e-spec.ts. */
module.exports = {
  rootDir: '.',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '\\.(spec|int-spec|e2e-spec)\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', }] },
  testEnvironment: 'node',
  testTimeout: 60000,
  maxWorkers: 2,
};
