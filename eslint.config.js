import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
);
