import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../../src/elements/registry.js';

/*
 * SPEC §5: the elements work on a page with a strict Content-Security-Policy
 * (`script-src 'self'; style-src 'self'`) and Trusted Types enforced.
 *
 * The test runner's own page injects inline scripts, so the check runs in an iframe:
 * test/csp/csp-page.html, which the server sends with
 *   Content-Security-Policy: script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
 * (middleware "cspTestPage" in web-test-runner.config.mjs). csp-page.ts renders every element of
 * ELEMENTS and every section of <account-settings>, opens a confirmation dialog, and posts back
 * every violation it saw. The sources (dev-mode Lit, through the dev server) and the CDN bundle
 * (production Lit, dist/pbx-account-widgets.bundle.js, built by `npm test`) are both checked.
 * Deliberate violations prove the probe can fail.
 */

interface ProbeResult {
  type: 'csp-probe';
  mode: string;
  violations: string[];
  errors: string[];
  styleElements: string[];
  visited: string[];
  tabs: string[];
  dialogs: string[];
  rendered: string[];
  elements: string[];
}

/** Violations to tolerate: none (the data table sets its styles through the CSSOM, src/shared-ui/style-props.ts). */
const KNOWN_VIOLATIONS: RegExp[] = [];

const POLICY = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

async function probe(query: string): Promise<ProbeResult> {
  const frame = document.createElement('iframe');
  frame.src = `/test/csp/csp-page.html?${query}`;
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const result = new Promise<ProbeResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the probe (${query}) never reported`)), 25_000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || (event.data as ProbeResult)?.type !== 'csp-probe') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data as ProbeResult);
    });
  });
  document.body.append(frame);
  try {
    return await result;
  } finally {
    frame.remove();
  }
}

describe('strict CSP + Trusted Types', function () {
  this.timeout(60_000);

  it('serves the probe page with the strict policy', async () => {
    const response = await fetch('/test/csp/csp-page.html');
    expect(response.headers.get('Content-Security-Policy')).to.equal(POLICY);
    expect(await response.text(), 'no inline script or style in the page itself').to.not.match(
      /<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=/i,
    );
  });

  for (const mode of ['src', 'bundle']) {
    it(`${mode === 'src' ? 'the sources (dev server, Lit dev mode)' : 'the CDN bundle'}: every element and section renders with no violation`, async () => {
      if (mode === 'bundle') {
        const head = await fetch('/dist/pbx-account-widgets.bundle.js', { method: 'HEAD' });
        expect(head.ok, 'dist/pbx-account-widgets.bundle.js is missing: run `npm run build:bundle` (npm test builds it)').to.equal(true);
      }
      const result = await probe(`mode=${mode}`);
      expect(result.errors, 'errors in the CSP page').to.deep.equal([]);
      const violations = result.violations.filter((v) => !KNOWN_VIOLATIONS.some((known) => known.test(v)));
      expect(violations, 'CSP / Trusted Types violations').to.deep.equal([]);
      expect(result.styleElements, '<style> elements (Lit should adopt constructable stylesheets)').to.deep.equal([]);
      // Everything was actually exercised.
      if (mode === 'src') expect(result.elements).to.have.members(Object.keys(ELEMENTS));
      expect(result.rendered).to.have.members(result.elements.filter((t) => t !== 'account-settings'));
      expect(result.visited.length, `sections visited: ${result.visited.join(', ')}`).to.be.greaterThan(0);
      expect(result.visited.length, `every tab shows its section: ${result.visited.join(', ')} of ${result.tabs.join(', ')}`).to.equal(
        result.tabs.length,
      );
      expect(result.dialogs.length, 'at least one confirmation dialog opened').to.be.greaterThan(0);
    });
  }

  describe('the probe catches deliberate violations', () => {
    const cases: Array<[string, RegExp]> = [
      ['inner-html', /require-trusted-types-for/],
      ['style-element', /style-src/],
      ['style-attribute', /style-src/],
      // Trusted Types guards script text and eval before script-src is even consulted.
      ['inline-script', /script-src|require-trusted-types-for/],
      ['eval', /script-src|require-trusted-types-for/],
    ];
    for (const [inject, directive] of cases) {
      it(`reports ${inject}`, async () => {
        const result = await probe(`mode=src&inject=${inject}`);
        expect(
          result.violations.some((v) => directive.test(v)),
          `violations: ${JSON.stringify(result.violations)}`,
        ).to.equal(true);
      });
    }
  });
});
