// ESLint (flat config): typescript-eslint's recommended rules, plus the layers of ARCHITECTURE.md as
// rules, so that an import across a layer fails `npm run lint` (and so `npm test`).
// scripts/eslint-layers.test.ts lints deliberately bad code with this file to prove each rule fires.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Where the layers live. The CLI sits above the library and the suite, in cli/; test helpers live in
// test-support/. Their old homes (src/cli, test-helpers/ folders beside the code) stay listed, so a
// file put back there still obeys the layers.
const cliDirs = ['src/cli', 'cli'];
const testSupport = ['**/test-helpers/**', 'test-support/**'];
// Optional integrations: entries of their own whose packages are optional peers. The core (the rest
// of src/) never imports them, nor their packages, so the main entry loads without those peers.
const integrationDirs = ['src/redis', 'src/otel'];
const optionalPackages = { paths: ['ioredis'], patterns: ['@opentelemetry/*'] };
const testFiles = ['**/*.test.ts', '**/*.test-d.ts'];

const dirGlobs = (dirs) => dirs.map((dir) => `${dir}/**`);
const zone = (from, message) => ({ target: './', from, message });
const layers = (zones) => ['error', { basePath: import.meta.dirname, zones }];
// What src/ (less the CLI) may not import; the core adds the optional integrations.
const srcZones = [
  zone('./conformance', 'src/ never imports conformance/ (ARCHITECTURE.md).'),
  ...cliDirs.map((dir) => zone(`./${dir}`, 'src/ never imports the CLI (ARCHITECTURE.md).')),
  zone(testSupport, 'src/ never imports test support (ARCHITECTURE.md).'),
];
const integrationMessage = 'The core never imports an optional integration (ARCHITECTURE.md).';
const coreZones = [...srcZones, ...integrationDirs.map((dir) => zone(`./${dir}`, integrationMessage))];

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', '.cache/', '.tmp/', 'generated/', 'docs/', 'test/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // Read .ts files when following imports (no-cycle needs their imports).
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // Sources import each other as './x.js' (NodeNext): resolve that to x.ts.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js', '.mjs', '.json', '.node'],
          extensionAlias: { '.js': ['.ts', '.js'], '.mjs': ['.mts', '.mjs'] },
        }),
      ],
    },
    rules: {
      // Only our own modules: following imports into node_modules costs minutes and finds no cycle of ours.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Control characters in regular expressions are deliberate here: they are what printable
      // output, header values and signing strings must not contain.
      'no-control-regex': 'off',
      // The code base's conventions: `_`-prefixed names are deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // The signer, the verifier and explain are async: a promise left unawaited, or spread into fetch's
    // options, sends an unsigned request that no type error shows. These rules read the types.
    files: ['**/*.ts'],
    // The layer test's virtual files (scripts/eslint-layers.test.ts) belong to no tsconfig project.
    ignores: ['**/lint-fixture.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    // The library (src/ less the CLI) imports neither the suite, nor the CLI, nor test support.
    files: ['src/**/*.ts'],
    ignores: [...dirGlobs(cliDirs), ...testSupport, ...testFiles],
    rules: { 'import-x/no-restricted-paths': layers(srcZones) },
  },
  {
    // The core (src/ less the CLI and the integrations) also imports no optional integration:
    // neither its folder nor its package, not even for types.
    files: ['src/**/*.ts'],
    ignores: [...dirGlobs(cliDirs), ...dirGlobs(integrationDirs), ...testSupport, ...testFiles],
    rules: {
      'import-x/no-restricted-paths': layers(coreZones),
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: optionalPackages.paths.map((name) => ({ name, message: integrationMessage })),
          patterns: [{ group: optionalPackages.patterns, message: integrationMessage }],
        },
      ],
    },
  },
  {
    // The suite imports neither the CLI nor test support.
    files: ['conformance/**/*.ts'],
    ignores: [...testSupport, ...testFiles],
    rules: {
      'import-x/no-restricted-paths': layers([
        ...cliDirs.map((dir) => zone(`./${dir}`, 'conformance/ never imports the CLI (ARCHITECTURE.md).')),
        zone(testSupport, 'conformance/ never imports test support (ARCHITECTURE.md).'),
      ]),
    },
  },
  {
    // Found by the linter and kept, with the reason:
    files: ['conformance/send-case-request.ts', 'conformance/read-answer.ts'],
    // They rewrap a failed fetch or answer read into one line naming what went wrong (the code of its
    // cause included); the suite reports that line, never the error object.
    rules: { 'preserve-caught-error': 'off' },
  },
);
