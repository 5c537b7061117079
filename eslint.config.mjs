import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  // Imports run one way: server -> channels -> bot -> dialogs -> knowledge, insights
  // -> provisioning -> locales, common (docs/architecture.md).
  ...layer('channels/**', ['server']),
  ...layer('bot/**', ['server', 'channels']),
  ...layer('dialogs/**', ['server', 'channels', 'bot', 'state']),
  ...layer('knowledge/**', ['server', 'channels', 'bot', 'dialogs', 'insights', 'state']),
  // Outcomes as data and the figures from them: storage behind an interface, no HTTP.
  ...layer('insights/**', ['server', 'channels', 'bot', 'dialogs', 'knowledge', 'state'], {
    libraries: [
      'botbuilder',
      'botbuilder-*',
      'restify',
      'prom-client',
      'ioredis',
      'better-sqlite3',
    ],
  }),
  ...layer(
    'provisioning/**',
    ['server', 'channels', 'bot', 'dialogs', 'knowledge', 'insights', 'state'],
    { libraries: ['botbuilder', 'botbuilder-*', 'i18next', 'restify', 'pino'] },
  ),
  ...layer('state/**', ['server', 'channels', 'bot', 'dialogs']),
  ...layer(
    'common/**',
    ['server', 'channels', 'bot', 'dialogs', 'knowledge', 'provisioning', 'state', 'locales'],
    { libraries: ['botbuilder', 'botbuilder-*', 'i18next', 'restify', 'pino'] },
  ),
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

/** A folder that may not import the given folders (nor, optionally, libraries). */
function layer(files, forbiddenFolders, { libraries = [] } = {}) {
  return [
    {
      files: [files],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...forbiddenFolders.map((folder) => ({
                group: [`**/${folder}/*`, `**/${folder}`],
                message: `${files.split('/')[0]}/ may not import ${folder}/ (see docs/architecture.md: imports run one way)`,
              })),
              ...libraries.map((library) => ({
                group: [library],
                message: `${files.split('/')[0]}/ stays free of ${library}`,
              })),
            ],
          },
        ],
      },
    },
  ];
}
