// Build-time minification of the text inside Lit's `html`, `svg` and `css` tagged templates,
// for the bundled builds (vite.cdn.config.ts, vite.bundle.config.ts). The JavaScript minifier
// keeps template text as written, indentation included; this plugin rewrites only the literal
// parts of those templates, never an `${expression}`, and only in ways that render the same:
// - html/svg: every run of white space that holds a line break becomes one space (a text node of
//   white space stays a text node, so inline spacing is unchanged; attribute lists on several
//   lines become one line). Templates holding <pre>, <textarea> or <script> are left alone.
// - css: comments dropped, white space collapsed, and the spaces next to `{ } ; , >` and after
//   `:` removed, plus the `;` before `}`. Quoted strings are kept verbatim. `+`, `-`, `~`, `*`
//   and `/` keep their spaces (calc() needs them).
// A template whose text changes meaning under these rules (e.g. a significant line break in an
// attribute) must not use a tagged `html` literal for it; there is none in src/ today.

const TAGS = new Set(['html', 'svg', 'css']);

/** Minifies one literal part (quasi) of a `css` template. */
export function minifyCssText(text) {
  // Quoted strings are kept; comments become a space; the rules apply to the runs between strings.
  const runs = [''];
  for (const token of text.split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\*[\s\S]*?\*\/)/)) {
    if (token.startsWith('"') || token.startsWith("'")) runs.push(token, '');
    else runs[runs.length - 1] += token.startsWith('/*') ? ' ' : token;
  }
  return runs
    .map((run, i) =>
      i % 2
        ? run
        : run
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Minifies one literal part (quasi) of an `html`/`svg` template. */
export function minifyHtmlText(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue;
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/**
 * The edits for `code`: [start, end, replacement] of each quasi's raw text that shrinks.
 * `program` is the ESTree AST of `code` (positions as UTF-16 offsets).
 */
export function templateEdits(code, program) {
  const edits = [];
  walk(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
    const quasis = node.quasi.quasis;
    const isCss = node.tag.name === 'css';
    if (!isCss && quasis.some((q) => /<(pre|textarea|script)\b/i.test(q.value.raw))) return;
    quasis.forEach((q, i) => {
      const raw = code.slice(q.start, q.end);
      // A quasi's node may or may not include its delimiters (`, ${, }): locate the raw text.
      const offset = raw.indexOf(q.value.raw);
      if (offset < 0) return;
      let minified = isCss ? minifyCssText(q.value.raw) : minifyHtmlText(q.value.raw);
      // Space at the very start or end of a style sheet means nothing.
      if (isCss && i === 0) minified = minified.trimStart();
      if (isCss && i === quasis.length - 1) minified = minified.trimEnd();
      if (minified.length < q.value.raw.length) edits.push([q.start + offset, q.start + offset + q.value.raw.length, minified]);
    });
  });
  return edits.sort((a, b) => b[0] - a[0]);
}

/** Vite/Rolldown plugin: applies {@link templateEdits} to every module of src/ after TypeScript is stripped. */
export function minifyTemplates() {
  let saved = 0;
  return {
    name: 'paw-minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.[cm]?[jt]s$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const program = this.parse(code);
      let out = code;
      for (const [start, end, text] of templateEdits(code, program)) {
        saved += end - start - text.length;
        out = out.slice(0, start) + text + out.slice(end);
      }
      return out === code ? null : { code: out, map: null };
    },
    buildEnd() {
      if (process.env.PAW_MINIFY_VERBOSE) console.log(`minify-templates: ${saved} characters of template text removed`);
    },
  };
}
