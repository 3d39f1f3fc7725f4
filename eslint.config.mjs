// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The eval sets' build and check scripts (test/fixtures/eval/*/tools) belong to the data, written by each set's author.
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is plain TypeScript shared by the server, the extension and the CLI:
    // it must never depend on an editor or on the LSP libraries.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is editor-free: return plain data and let src/extension or src/server adapt it.' },
        ],
        patterns: [
          { group: ['vscode-languageserver*', 'vscode-languageclient*'], message: 'src/core must not depend on LSP libraries.' },
          { group: ['**/server/**', '**/extension/**', '**/cli/**'], message: 'src/core must not import its front ends.' },
        ],
      }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
