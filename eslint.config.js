import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Server layers, lowest first: kernel (what every module may use) → policy → modules → the composition root
 * (src/app: schema, loaders, context, plugins, wiring) and what serves it (src/http, src/export), src/seed,
 * src/main.ts. A layer imports only layers below it. Tests (`*.test.ts`) drive the whole server and may import
 * any layer.
 */
const SERVER_LAYERS = ['modules', 'policy', 'app', 'http', 'export', 'seed', 'db'];
/** The domain modules of server/src/modules, lowest first: a module imports only modules listed before it. */
const SERVER_MODULES = [
  'audit',
  'job-family',
  'template',
  'organisation',
  'auth',
  'period',
  'work-plan',
  'distribution',
  'assessment',
  'analytics',
  'objection',
  'feedback',
  'saved-query',
];
const forbid = (names, message) => ({ regex: `^(\\.\\./)+(${names.join('|')})/`, message });
const layerRule = (names, message) => ['error', { patterns: [forbid(names, message)] }];
const modulesAbove = (name) => SERVER_MODULES.slice(SERVER_MODULES.indexOf(name) + 1);
const serverLayerConfigs = [
  {
    files: ['server/src/kernel/**/*.ts'],
    rules: {
      'no-restricted-imports': layerRule(
        SERVER_LAYERS,
        'The kernel imports no module, policy, composition root (app), http, export, seed or db: it is what they build on.',
      ),
    },
  },
  {
    files: ['server/src/policy/**/*.ts'],
    rules: {
      'no-restricted-imports': layerRule(
        SERVER_LAYERS.filter((layer) => layer !== 'policy'),
        'Policy sits on the kernel, below the modules: it imports no module, app, http, export, seed or db.',
      ),
    },
  },
  {
    files: ['server/src/modules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': layerRule(
        ['app', 'http', 'export', 'seed', 'db'],
        'A module imports the kernel, policy and modules below it, never the composition root (app), http, export, seed or db.',
      ),
    },
  },
  ...SERVER_MODULES.map((name) => ({
    files: [`server/src/modules/${name}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(
              ['app', 'http', 'export', 'seed', 'db'],
              'A module imports the kernel, policy and modules below it, never the composition root (app), http, export, seed or db.',
            ),
            ...(modulesAbove(name).length
              ? [
                  forbid(
                    modulesAbove(name),
                    `'${name}' may import only the modules listed before it in SERVER_MODULES (eslint.config.js); reach a module above through a port (kernel/port.ts) wired in app/wiring.ts.`,
                  ),
                ]
              : []),
          ],
        },
      ],
    },
  })),
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'web/src/gql/**', '.data/**', 'server/src/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Web layers: app/ (shell, routes) imports the feature pages; a feature, and the shared layers common/ and forms/
    // (the answer-form renderer), import only their own files, common/, forms/, gql/, i18n/ and @kinerja/shared.
    // No page imports app/.
    files: ['web/src/*/**/*.{ts,tsx}'],
    ignores: ['web/src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../app',
                '../app/*',
                '../assessments',
                '../assessments/*',
                '../auth',
                '../auth/*',
                '../dashboard',
                '../dashboard/*',
                '../explorer',
                '../explorer/*',
                '../job-families',
                '../job-families/*',
                '../results',
                '../results/*',
                '../team',
                '../team/*',
                '../templates',
                '../templates/*',
                '../work-plans',
                '../work-plans/*',
              ],
              message: 'A feature imports only its own files and common/, forms/, gql/, i18n/, @kinerja/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/scripts/**', '**/bench/**', '**/*.test.{ts,tsx}', '**/e2e/**'],
    rules: { 'no-console': 'off' },
  },
  ...serverLayerConfigs,
);
