// Lint with type information. The core's purity is enforced here and again in test/tidy.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['examples/**', 'out/**', 'server/out/**', 'client/out/**', 'node_modules/**', 'bench/corpus/**', 'scratch/**', 'test/e2e/workspace/**', '**/*.mjs', '**/*.js', 'rules/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(node:)?(fs|path|child_process|os|process|worker_threads|net|http|https)(/.*)?$', message: 'The core is pure: IO belongs in server/src/host.' }, { regex: '^vscode', message: 'The core knows nothing about editors or LSP.' }] }],
      'no-restricted-globals': ['error', 'process'],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-member-access': 'off' },
  },
);
