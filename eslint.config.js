// Lint: typescript-eslint's recommended rules plus the module boundaries of ARCHITECTURE.md.
// The boundary rule is `no-restricted-imports` with one regex per layer: a module may import only
// from the layers below it. Keep this table and ARCHITECTURE.md in step.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LAYERS = ['domain', 'nlp', 'ingest', 'store', 'actors', 'coding', 'story', 'analytics', 'interop', 'eval', 'engine', 'worker', 'server', 'cli', 'web'];

/** What each layer may import (besides itself, node builtins and packages). */
const ALLOWED = {
  domain: [],
  nlp: ['domain'],
  ingest: ['domain'],
  store: ['domain'],
  analytics: ['domain'],
  interop: ['domain'],
  actors: ['domain', 'nlp'],
  coding: ['domain', 'nlp', 'actors'],
  story: ['domain', 'nlp', 'actors', 'coding'],
  eval: ['domain', 'nlp', 'actors', 'coding', 'story', 'engine'],
  engine: ['domain', 'nlp', 'ingest', 'store', 'actors', 'coding', 'story', 'analytics', 'interop'],
  worker: ['domain', 'engine', 'store', 'ingest', 'interop'],
  server: ['domain', 'engine', 'store', 'analytics', 'story', 'interop', 'ingest'],
  cli: ['domain', 'engine', 'store', 'eval', 'server', 'worker', 'analytics', 'story', 'ingest', 'interop'],
  web: ['domain'],
};

function boundary(layer) {
  const banned = LAYERS.filter((l) => l !== layer && !ALLOWED[layer].includes(l));
  // engine/paths.ts is a leaf of constants (where data/ lives); every layer may read it.
  const alt = banned.map((l) => (l === 'engine' ? 'engine/(?!paths(\\.js)?$)' : `${l}/`)).join('|');
  return {
    files: [`src/${layer}/**/*.ts`],
    // Tests may drive the whole pipeline through the engine; the boundaries bind shipped code.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.\\.?/(?:\\.\\./)*(?:${alt})`,
              message: `src/${layer} may import only from: ${ALLOWED[layer].join(', ') || 'nothing'} (see ARCHITECTURE.md).`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'src/web/dist/', 'test-artifacts/', 'bench/out/', 'data/', '.tmp*', 'var/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
    },
  },
  // Only the command line, benchmarks, scripts and tests talk to the console.
  { files: ['src/cli/**', 'bench/**', 'scripts/**', '**/*.test.ts', 'bin/**'], rules: { 'no-console': 'off' } },
  ...LAYERS.map(boundary),
);
