import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const NO_MOCKS = {
  regex: '(^|/|@)(mocks|tests)(/|$)',
  message:
    'src never imports the simulated cloud or test helpers (only src/main.tsx, tests and stories may).',
};
const NO_CLIMBING = { regex: '^\\.\\./', message: 'Import across folders with the @/ alias.' };
const NO_APP = { regex: '^@/app(/|$)', message: 'Nothing imports app/: it composes the features.' };
const NO_FEATURES = { regex: '^@/features(/|$)', message: 'Shared layers never import features.' };
const NO_RAW_TABLE_OR_DIALOG = {
  regex: '^@mui/material/(Table|Dialog)',
  message:
    'Use the wrappers: DataTable and its parts from @/components/data-table, AppDialog from @/components/app-dialog.',
};

const TEST_FILES = '**/*.{test,stories}.{ts,tsx}';

const NO_CLASSIC_ZOD = {
  regex: '^zod$',
  message:
    'Use zod/mini: classic zod puts every method on every schema and cannot be tree-shaken (P1).',
};

/**
 * quality R15, as core selectors: eslint-plugin-react 7.37 peers ESLint ≤ 9 and
 * eslint-plugin-react-dom ≥ 3 needs Node 22, so neither runs here. Any block that sets
 * `no-restricted-syntax` again must spread these, or it drops them.
 */
// React's own test for a script URL: control characters and spaces before it, tabs and line
// breaks inside the word are ignored by browsers.
const SCRIPT_URL =
  '/^[\\u0000-\\u001F ]*j[\\r\\n\\t]*a[\\r\\n\\t]*v[\\r\\n\\t]*a[\\r\\n\\t]*s[\\r\\n\\t]*c[\\r\\n\\t]*r[\\r\\n\\t]*i[\\r\\n\\t]*p[\\r\\n\\t]*t[\\r\\n\\t]*:/i';
const SCRIPT_URL_MESSAGE =
  'react/jsx-no-script-url: a javascript: URL runs code when followed; use a button with onClick.';
const REACT_SAFETY = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message:
      'react/no-danger: dangerouslySetInnerHTML renders HTML unescaped; render text or elements instead.',
  },
  { selector: `JSXAttribute > Literal[value=${SCRIPT_URL}]`, message: SCRIPT_URL_MESSAGE },
  {
    selector: `JSXAttribute > JSXExpressionContainer > Literal[value=${SCRIPT_URL}]`,
    message: SCRIPT_URL_MESSAGE,
  },
  {
    selector: `JSXAttribute > JSXExpressionContainer > TemplateLiteral[quasis.0.value.cooked=${SCRIPT_URL}]`,
    message: SCRIPT_URL_MESSAGE,
  },
];

/**
 * One import restriction per folder: app code gets every pattern; its tests and stories (same folder)
 * may also use the simulated cloud and the test helpers.
 */
function restrict(glob, patterns, extraRules = {}) {
  const rule = (list) => ({
    'no-restricted-imports': ['error', { patterns: [NO_CLASSIC_ZOD, ...list] }],
    ...extraRules,
  });
  return [
    { files: [glob], ignores: [TEST_FILES], rules: rule([NO_MOCKS, ...patterns]) },
    { files: [[glob, TEST_FILES]], rules: rule(patterns) },
  ];
}

/** The layers: app → features → {api, domain, components, lib}; features never import each other. */
const boundaries = [
  // src/main.tsx is the one mock-mode entry and may import the simulated cloud.
  ...restrict('src/!(main).{ts,tsx}', [NO_CLIMBING]),
  ...restrict('src/app/**/*.{ts,tsx}', [NO_CLIMBING]),
  ...restrict('src/{api,components,lib}/**/*.{ts,tsx}', [NO_CLIMBING, NO_APP, NO_FEATURES]),
  ...restrict(
    'src/domain/**/*.ts',
    [
      NO_CLIMBING,
      {
        regex: '^(react|react-dom|@mui/.*|@tanstack/.*)$',
        message: 'domain/ holds pure rules: no React, no UI.',
      },
      { regex: '^@/(?!domain/)', message: 'domain/ depends on nothing else in src.' },
    ],
    {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'domain/ never calls the network.' },
      ],
    },
  ),
  ...FEATURES.flatMap((feature) =>
    restrict(`src/features/${feature}/**/*.{ts,tsx}`, [
      NO_CLIMBING,
      NO_APP,
      NO_RAW_TABLE_OR_DIALOG,
      {
        regex: `^@/features/(?!${feature}/)`,
        message: 'Features never import each other; compose them in app/.',
      },
    ]),
  ),
  {
    files: ['mocks/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_CLASSIC_ZOD,
            {
              // mocks/ is the server: it shares the contract and the domain rules with the app.
              regex: '^@/(?!api/contract(/|$)|domain/)',
              message: 'mocks/ may use the contract (src/api/contract) and src/domain only.',
            },
            {
              regex: '^(react|react-dom(/.*)?|@mui/.*|@tanstack/.*)$',
              message: 'mocks/ holds no UI and no query cache (its screens live in src/features).',
            },
          ],
        },
      ],
    },
  },
  {
    // One route written once: the contract is read by the client, the handlers and the document.
    files: ['src/api/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod/mini$|\\./|@/domain/)',
              message: 'The contract imports only zod/mini, its own files and src/domain rules.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'tests/bench/dist',
      'tests/bench/node_modules',
      'storybook-static',
      'playwright-report',
      'test-results',
      'coverage',
      '.tmp',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  reactHooks.configs.flat['recommended-latest'],
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': ['error', ...REACT_SAFETY],
    },
  },
  {
    // Command-line scripts (npm test, the test builds, the soak): their output is what they print.
    files: ['scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  ...boundaries,
);
