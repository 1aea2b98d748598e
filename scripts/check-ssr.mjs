// Renders every element of the built package (run `npm run build` first) in Node with
// @lit-labs/ssr — no DOM, no `document` — and checks each yields a declarative shadow root with
// content (and <account-settings> its current section, itself server-rendered — also under a
// tag prefix: defineAccountWidgets({ prefix }) → <acme-account-settings> renders <acme-user-panel>).
// Also: `import 'pbx-account-widgets/bundle'` in a fresh Node process (no DOM, nothing loaded
// before it) resolves through the package's `node` export condition to the unbundled entry, whose
// `lit` is Lit's Node build, and registers every element. (build-examples-from-pack.mjs does the
// same from the packed tarball; hydration in a browser: test/ssr/hydrate.test.ts.)
import { execFileSync } from 'node:child_process';
import { renderElements, renderPrefixedShell } from './render-ssr.mjs';

const problems = [];
const rendered = await renderElements();
for (const [tag, { html: out, error }] of Object.entries(rendered)) {
  if (error) {
    problems.push(`<${tag}>: ${error}`);
    continue;
  }
  const shadow = /<template shadowroot(?:mode)?="open"[^>]*>([\s\S]*)<\/template>/.exec(out);
  if (!shadow) problems.push(`<${tag}>: no declarative shadow root`);
  else if (!/<[a-z]/.test(shadow[1].replace(/<!--[\s\S]*?-->/g, '').replace(/<style[\s\S]*?<\/style>/g, '')))
    problems.push(`<${tag}>: empty shadow root`);
  else if (tag === 'account-settings' && !/<user-panel[^>]*>\s*(<!--[\s\S]*?-->\s*)*<template shadowroot/.test(out))
    problems.push('<account-settings>: its section is not server-rendered');
  else console.log(`<${tag}>: server-rendered, ${out.length} characters`);
}
// Under a prefix the shell renders its section under the same prefix, on the server too.
const prefixed = (await renderPrefixedShell())['acme-account-settings'];
if (prefixed.error) problems.push(`<acme-account-settings>: ${prefixed.error}`);
else if (!/<acme-user-panel[^>]*>\s*(<!--[\s\S]*?-->\s*)*<template shadowroot/.test(prefixed.html))
  problems.push('<acme-account-settings>: its section (<acme-user-panel>) is not server-rendered');
else console.log(`<acme-account-settings>: server-rendered with <acme-user-panel>, ${prefixed.html.length} characters`);
try {
  // The package imports itself by name (package.json `exports`), as an app's server code would.
  const probe =
    "await import('pbx-account-widgets/bundle'); const { ELEMENTS } = await import('pbx-account-widgets'); const missing = Object.keys(ELEMENTS).filter((tag) => !customElements.get(tag)); if (missing.length) throw new Error('not registered: ' + missing.join(', '));";
  execFileSync(process.execPath, ['--input-type=module', '-e', probe], { stdio: ['ignore', 'pipe', 'pipe'] });
  console.log("import 'pbx-account-widgets/bundle' in Node: every element registered, no DOM needed.");
} catch (error) {
  problems.push(
    `import 'pbx-account-widgets/bundle' in Node failed: ${String(error.stderr ?? error)
      .trim()
      .split('\n')
      .slice(0, 4)
      .join(' | ')}`,
  );
}
if (problems.length) {
  console.error(`SSR (${problems.length} problem(s)):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`SSR: all ${Object.keys(rendered).length} elements render under @lit-labs/ssr without a DOM.`);
