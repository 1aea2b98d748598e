import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

const unsafeDirectives = {
  paths: [
    { name: 'lit/directives/unsafe-html.js', message: 'Server strings render as text: unsafeHTML is banned.' },
    { name: 'lit/directives/unsafe-svg.js', message: 'Server strings render as text: unsafeSVG is banned.' },
    { name: 'lit-html/directives/unsafe-html.js', message: 'unsafeHTML is banned.' },
    { name: 'lit-html/directives/unsafe-svg.js', message: 'unsafeSVG is banned.' },
    { name: 'lit/directives/unsafe-mathml.js', message: 'Server strings render as text: unsafeMathML is banned.' },
    { name: 'lit-html/directives/unsafe-mathml.js', message: 'unsafeMathML is banned.' },
    { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: 'unsafeStatic is banned: create elements by tag name instead.' },
    { name: 'lit-html/static.js', importNames: ['unsafeStatic'], message: 'unsafeStatic is banned.' },
  ],
};

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'storybook-static/', 'demo-dist/', 'public/', 'examples/**/dist/', 'custom-elements.json', 'bench/.tmp/'],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      'no-restricted-imports': ['error', unsafeDirectives],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Do not write innerHTML: render text with Lit.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Do not write outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Do not insert HTML strings.' },
        { selector: 'MemberExpression[computed=true][property.value=/^(inner|outer)HTML$/]', message: 'Do not write innerHTML/outerHTML.' },
        { selector: "CallExpression[callee.property.name='setHTMLUnsafe']", message: 'Do not parse HTML strings.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'Do not use document.write.' },
        { selector: 'ImportExpression[source.value=/unsafe-(html|svg|mathml)[.]js$/]', message: 'The unsafe directives are banned.' },
        {
          selector: 'CallExpression[callee.property.name=/^(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)$|^getTimezoneOffset$/]',
          message: "Date's local-time methods depend on the machine's zone: read a zone's wall clock with src/core/zone-clock.ts (or use the UTC methods).",
        },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Read the time from src/core/clock.ts (now()), the one clock tests and hosts can set.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'new Date() reads the wall clock: use nowDate() from src/core/clock.ts.' },
        { selector: "CallExpression[callee.name='Date']", message: 'Date() reads the wall clock: use nowDate() from src/core/clock.ts.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'wc/guard-super-call': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['test/**', 'stories/**', 'mocks/**', 'scripts/**', 'bench/**', 'demo/**', 'examples/**', '.storybook/**'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // chai: expect(x).to.exist
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-syntax': 'off',
    },
  },
);
