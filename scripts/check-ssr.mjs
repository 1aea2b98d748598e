// Renders every element of the built package (run `npm run build` first) in Node with
// @lit-labs/ssr — no DOM, no `document` — and checks each yields a declarative shadow root with
// content (and <account-settings> its current section, itself server-rendered).
// Not covered here: hydration in a browser, and importing the CDN bundle in Node.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
// A test script, not shipped: the tag comes from the package's own ELEMENTS registry.
// eslint-disable-next-line no-restricted-imports
import { html, unsafeStatic } from 'lit/static-html.js';

const { ELEMENTS } = await import('../dist/all.js');
const problems = [];
for (const tag of Object.keys(ELEMENTS)) {
  try {
    const name = unsafeStatic(tag);
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    const out = collectResultSync(render(html`<${name}></${name}>`));
    const shadow = /<template shadowroot(?:mode)?="open"[^>]*>([\s\S]*)<\/template>/.exec(out);
    if (!shadow) problems.push(`<${tag}>: no declarative shadow root`);
    else if (!/<[a-z]/.test(shadow[1].replace(/<!--[\s\S]*?-->/g, '').replace(/<style[\s\S]*?<\/style>/g, ''))) problems.push(`<${tag}>: empty shadow root`);
    else if (tag === 'account-settings' && !/<user-panel[^>]*>\s*(<!--[\s\S]*?-->\s*)*<template shadowroot/.test(out)) problems.push('<account-settings>: its section is not server-rendered');
    else console.log(`<${tag}>: server-rendered, ${out.length} characters`);
  } catch (error) {
    problems.push(`<${tag}>: ${error instanceof Error ? error.stack?.split('\n').slice(0, 3).join(' | ') : error}`);
  }
}
if (problems.length) {
  console.error(`SSR (${problems.length} problem(s)):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`SSR: all ${Object.keys(ELEMENTS).length} elements render under @lit-labs/ssr without a DOM.`);
