import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeOnly = ['node:*', 'electron', 'better-sqlite3', 'docx', 'mammoth', 'pdfjs-dist', 'pdfjs-dist/*'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.test-output/**', 'playwright-report/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer talks to the main process only through window.workbench.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', ...nodeOnly],
              message: 'The renderer only talks to the app through window.workbench.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom', 'lexical', '@lexical/*', ...nodeOnly],
              message: 'shared/ is pure: no Node, Electron, DOM or React.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom', 'lexical', '@lexical/*'],
              message: 'The main process never imports the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      // Services run in plain Node too (tests, the bridge, the CLI): no Electron here.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/renderer/**', 'react', 'lexical', '@lexical/*'],
              message: 'Services must not import Electron or UI code.',
            },
          ],
        },
      ],
    },
  },
);
