// Lint rules: typescript-eslint, Lit, web components and Lit accessibility,
// plus the static guard of contract §6 (no way to put feed text in as HTML)
// and the import directions between src/'s layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as lit} from 'eslint-plugin-lit';
import {configs as wc} from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

const UNSAFE_DIRECTIVES = [
  'unsafe-html',
  'unsafe-svg',
  'unsafe-mathml',
  'static-html',
  'style-map',
].flatMap((name) => [`lit/directives/${name}.js`, `lit-html/directives/${name}.js`]);

/**
 * `no-restricted-imports` for src/: the contract §6 guard, plus `layers`, the
 * import directions a folder must keep (each a regex over the import
 * specifier). Flat config replaces a rule's options rather than merging them,
 * so every folder's entry repeats the guard.
 */
const restrictImports = (layers = []) => [
  'error',
  {
    paths: UNSAFE_DIRECTIVES.map((name) => ({
      name,
      message: 'Feed text is never put into the page as HTML or CSS (contract §6).',
    })),
    patterns: [
      {
        group: ['lit/static-html.js', 'lit-html/static.js'],
        message: 'No unsafeStatic: contract §6.',
      },
      ...layers,
    ],
  },
];

/** Data flows one way (style.md): feed → base and internal helpers → elements. */
const ELEMENTS = {
  regex: '(^|/)elements/',
  message: 'Layers: only elements import elements.',
};
const LAYERS = {
  'src/feed/**/*.ts': [
    {
      regex: '^((lit|lit-html)(/|$)|@lit/)',
      message: 'Layers: feed/ is plain data, without Lit.',
    },
    {
      regex: '(^|/)(base|internal|i18n|theme)/',
      message:
        'Layers: feed/ imports nothing above it (base/, internal/, i18n/, theme/).',
    },
    ELEMENTS,
  ],
  'src/{internal,i18n,theme,base}/**/*.ts': [ELEMENTS],
  // One element's files never reach into another's folder: shared code lives below them.
  'src/elements/*/**/*.ts': [
    {
      regex: '^\\.\\./(?!\\.\\./)',
      message:
        "Layers: an element imports no other element's files; share through internal/ or feed/.",
    },
    {
      regex: '^(\\.\\./)+elements/',
      message:
        "Layers: an element imports no other element's files; share through internal/ or feed/.",
    },
  ],
};

export default tseslint.config(
  {ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', '**/generated/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit['flat/recommended'],
  wc['flat/recommended'],
  // eslint-plugin-lit-a11y ships a legacy config only.
  {plugins: {'lit-a11y': litA11y}, rules: litA11y.configs.recommended.rules},
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', ignoreRestSiblings: true},
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(),
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No innerHTML/outerHTML (contract §6).',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No insertAdjacentHTML (contract §6).',
        },
        {
          selector: 'ImportSpecifier[imported.name=/^unsafe(CSS|HTML|SVG|Static)$/]',
          message: 'No unsafe* helpers (contract §6).',
        },
        {
          // A binding in a style attribute or style element would let feed text into CSS.
          selector:
            'TaggedTemplateExpression[tag.name=/^(html|svg)$/] > TemplateLiteral > TemplateElement[value.raw=/(\\sstyle=(["\'][^"\']*)?|<style[^>]*>[^<]*)$/]',
          message:
            'No bindings in style attributes or elements: styles are static (contract §6).',
        },
        {
          selector:
            'MemberExpression[property.name=/^(style|cssText)$/], CallExpression[callee.property.name=/^(setProperty|insertRule|replace|replaceSync)$/][callee.object.property.name=/^(style|sheet)$/]',
          message: 'No style writes from script: styles are static (contract §6).',
        },
        {
          selector:
            "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
          message: 'Needs no unsafe-eval (contract §6).',
        },
      ],
    },
  },
  ...Object.entries(LAYERS).map(([glob, layers]) => ({
    files: [glob],
    rules: {'no-restricted-imports': restrictImports(layers)},
  })),
  {
    files: ['test/**/*.ts'],
    // Chai's `expect(x).to.exist` is an expression statement.
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**'],
    languageOptions: {globals: {...globals.node}},
  },
  {files: ['**/*.cjs'], languageOptions: {sourceType: 'commonjs'}},
);
