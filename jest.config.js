// One jest run covers every workspace (`npm test`). Server and cross-system
// tests talk to a real PostgreSQL chosen by tests/support/global-setup.js.
const swcNode = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];
const swcReact = ['@swc/jest', {
  jsc: {
    // The shared global setup (migrations, entities) is compiled with these settings too.
    parser: { syntax: 'typescript', tsx: true, decorators: true },
    transform: { react: { runtime: 'automatic' }, legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];
// age-encryption (backups, the key vault) and its dependencies are ES modules only: compiled to CommonJS for
// jest, so that a server started in a test writes and reads age files as the real one does.
const ageTransform = { '/node_modules/(age-encryption|@noble|@scure)/.+\\.js$': swcNode };
const ageIgnore = ['/node_modules/(?!(age-encryption|@noble|@scure)/)'];
const shared = { '^@coalition/shared$': '<rootDir>/shared/src/index.ts' };

module.exports = {
  testTimeout: 60000,
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  projects: [
    {
      displayName: 'shared',
      rootDir: __dirname,
      testMatch: ['<rootDir>/shared/src/**/*.test.ts'],
      transform: { '^.+\\.ts$': swcNode },
      testEnvironment: 'node',
    },
    {
      displayName: 'server',
      rootDir: __dirname,
      testMatch: ['<rootDir>/server/src/**/*.test.ts'],
      transform: { '^.+\\.ts$': swcNode, ...ageTransform },
      transformIgnorePatterns: ageIgnore,
      moduleNameMapper: shared,
      testEnvironment: 'node',
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'client',
      rootDir: __dirname,
      testMatch: ['<rootDir>/client/src/**/*.test.{ts,tsx}'],
      transform: { '^.+\\.(t|j)sx?$': swcReact },
      transformIgnorePatterns: ['/node_modules/(?!(@mantine|csv-parse)/)'],
      moduleNameMapper: { ...shared, '\\.(css)$': '<rootDir>/client/test/style-stub.js' },
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/client/test/setup.ts'],
    },
    {
      displayName: 'system',
      rootDir: __dirname,
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      transform: { '^.+\\.ts$': swcNode, ...ageTransform },
      transformIgnorePatterns: ageIgnore,
      moduleNameMapper: shared,
      testEnvironment: 'node',
      setupFiles: ['reflect-metadata'],
    },
  ],
};
