// Server-renders every element of the built package (run `npm run build` first) with
// @lit-labs/ssr in Node, no DOM: `<tag></tag>` → HTML with a declarative shadow root (and, for
// <account-settings>, its current section's). Used by check-ssr.mjs, and run as a script by the
// test runner (web-test-runner.config.mjs, `/__ssr/elements.json`) for the hydration test
// (test/ssr/hydrate.test.ts): `node scripts/render-ssr.mjs` prints the default tags' HTML and the
// prefixed shell's (`<acme-account-settings>`) as JSON.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { fileURLToPath } from 'node:url';
// A test script, not shipped: the tag comes from the package's own ELEMENTS registry.
// eslint-disable-next-line no-restricted-imports
import { html, unsafeStatic } from 'lit/static-html.js';

/** Renders each element; returns its HTML or the error it threw. */
export async function renderElements() {
  const { ELEMENTS } = await import('../dist/all.js');
  return Object.fromEntries(Object.keys(ELEMENTS).map((tag) => [tag, renderTag(tag)]));
}

/** Server-renders `<tag></tag>` (an element already registered): its HTML, or the error it threw. */
export function renderTag(tag) {
  try {
    const name = unsafeStatic(tag);
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    return { html: collectResultSync(render(html`<${name}></${name}>`)) };
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' | ') : String(error) };
  }
}

export const PREFIX = 'acme';

/** The shell under a tag prefix (defineAccountWidgets({ prefix: 'acme' })): `<acme-account-settings>`, with its `<acme-user-panel>`. */
export async function renderPrefixedShell() {
  const { defineAccountWidgets } = await import('../dist/define-all.js');
  defineAccountWidgets({ prefix: PREFIX });
  return { [`${PREFIX}-account-settings`]: renderTag(`${PREFIX}-account-settings`) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Prints { elements: { tag: … }, prefixed: { 'acme-account-settings': … } }.
  const elements = await renderElements();
  process.stdout.write(JSON.stringify({ elements, prefixed: await renderPrefixedShell() }));
}
