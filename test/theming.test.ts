import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/elements/account-settings/define.js';
import type { AccountSettings } from '../src/elements/account-settings/account-settings.js';
import { createDemoProvider } from '../src/providers/demo/index.js';
import { $, waitFor } from './support/dom.js';

const demo = () => createDemoProvider({ seed: 6, now: '2026-11-27T12:00:00Z' });

function pageStyle(cssText: string) {
  const style = document.createElement('style');
  style.textContent = cssText;
  document.head.append(style);
  return style;
}

describe('theming from outside', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('reaches deep inside <account-settings> with tokens and ::part()', async () => {
    const style = pageStyle(`
      .vendor { --paw-color-primary: rgb(10, 61, 98); --paw-radius: 0px; --paw-font-family: Georgia, serif; }
      .vendor account-settings::part(tab-selected) { text-transform: uppercase; }
      .vendor account-settings::part(service-plan__buy-button) { outline: 3px solid rgb(229, 80, 57); }
      .vendor account-settings::part(button) { letter-spacing: 2px; }
    `);
    const root = await fixture(
      html`<div class="vendor"><account-settings section="service-plan" .provider=${demo()}></account-settings></div>`,
    );
    const el = root.querySelector('account-settings') as AccountSettings;
    const section = await waitUntil(() => el.sectionElement).then(() => el.sectionElement!);
    const buy = await waitFor(section, '[part~="buy-button"]');
    expect(getComputedStyle(buy).backgroundColor).to.equal('rgb(10, 61, 98)');
    expect(getComputedStyle(buy).borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(buy).fontFamily).to.include('Georgia');
    expect(getComputedStyle(buy).outlineColor).to.equal('rgb(229, 80, 57)');
    expect(getComputedStyle(buy).letterSpacing).to.equal('2px');
    expect(getComputedStyle($(el, '[part~="tab-selected"]')!).textTransform).to.equal('uppercase');
    style.remove();
  });

  it('follows the colour scheme the page declares, as a form control does, and theme pins one for every section', async () => {
    const LIGHT = 'rgb(255, 255, 255)';
    const DARK = 'rgb(28, 29, 33)';
    const page = await fixture<HTMLElement>(html`<div>
      <account-settings class="undeclared" .provider=${demo()}></account-settings>
      <div style="color-scheme: light dark"><account-settings class="both" .provider=${demo()}></account-settings></div>
      <div style="color-scheme: dark"><account-settings class="dark" .provider=${demo()}></account-settings></div>
    </div>`);
    const background = (name: string) => getComputedStyle(page.querySelector(`.${name}`)!).backgroundColor;
    expect([background('undeclared'), background('both'), background('dark')]).to.deep.equal([LIGHT, LIGHT, DARK]);
    // A computer in dark mode: a page that supports both follows it; a light-only page stays light.
    await emulateMedia({ colorScheme: 'dark' });
    expect([background('undeclared'), background('both'), background('dark')]).to.deep.equal([LIGHT, DARK, DARK]);
    expect(getComputedStyle(page.querySelector<AccountSettings>('.undeclared')!.sectionElement!).color, 'a section inside').to.equal(
      'rgb(27, 28, 31)',
    );
    await emulateMedia({ colorScheme: 'light' });
    const el = page.querySelector<AccountSettings>('.undeclared')!;
    el.theme = 'dark';
    await el.updateComplete;
    expect(background('undeclared')).to.equal(DARK);
    const section = el.sectionElement!;
    expect(section.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(section).color).to.equal('rgb(230, 231, 234)');
  });

  it('scales with the host font size (no rem inside)', async () => {
    const small = await fixture(html`<div style="font-size: 10px"><account-settings .provider=${demo()}></account-settings></div>`);
    const large = await fixture(html`<div style="font-size: 20px"><account-settings .provider=${demo()}></account-settings></div>`);
    const tabHeight = (root: Element) => $(root.querySelector('account-settings')!, '[role="tab"]')!.getBoundingClientRect().height;
    expect(tabHeight(large) / tabHeight(small)).to.be.closeTo(2, 0.25);
  });

  /** Every `input` and `select` under `root`, through the shadow roots of the elements inside it. */
  function fields(root: ParentNode): HTMLElement[] {
    const out = [...root.querySelectorAll<HTMLElement>('input, select')];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...fields(el.shadowRoot));
    return out;
  }
  /** The first opaque background behind `el` (its ancestors, across shadow roots). */
  function backdrop(el: Element): string {
    for (let node: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host; node;) {
      const color = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*,\s*0\)$/.test(color) && color !== 'transparent') return color;
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    }
    return 'rgb(255, 255, 255)';
  }
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  for (const scheme of ['light', 'dark'] as const) {
    it(`every text field's edge stands out 3:1 from the field and from what is around it (${scheme}; WCAG 1.4.11)`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const seen: string[] = [];
      for (const section of ['service-plan', 'per-minute', 'media', 'block-list']) {
        // A page that supports both schemes, so the elements follow the emulated preference.
        const page = await fixture<HTMLElement>(
          html`<div style="color-scheme: light dark"><account-settings section=${section} .provider=${demo()}></account-settings></div>`,
        );
        const el = page.querySelector<AccountSettings>('account-settings')!;
        await waitUntil(() => el.sectionElement && fields(el.shadowRoot!).length > 0, `${section}: no fields`);
        for (const field of fields(el.shadowRoot!)) {
          if (!field.checkVisibility()) continue;
          const style = getComputedStyle(field);
          const edge = style.borderTopColor;
          const name = `${section} ${field.localName}#${field.id || field.getAttribute('part')}`;
          expect(contrast(edge, style.backgroundColor), `${name}: edge on its own background`).to.be.at.least(3);
          expect(contrast(edge, backdrop(field)), `${name}: edge on what is around it`).to.be.at.least(3);
          seen.push(name);
        }
      }
      expect(seen.length, seen.join(', ')).to.be.at.least(8);
    });
  }
});
