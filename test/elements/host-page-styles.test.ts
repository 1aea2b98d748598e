/**
 * A portal's own text styles stop at our elements. Inherited properties cross shadow roots, so a
 * page that centres its cards, keeps its nav on one line, sets a heading's weight or a fixed line
 * height would reach every label, cell and value inside: values cut off, columns out of line.
 * Each element is mounted inside such a container and compared with the same element mounted
 * plainly: every element inside (through every shadow root) computes the same text styles, and
 * nothing clips, at 1,040 and 390 px. The line height and letter spacing a vendor wants go
 * through tokens (--paw-line-height, --paw-letter-spacing), which reach every element.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/account-settings/define.js';
import '../../src/elements/account-menu/define.js';
import '../../src/elements/date-range-field/define.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { pinClock } from '../support/clock.js';
import { $ } from '../support/dom.js';
import { clippedContent, deepElements } from '../support/layout.js';
import { sectionSettled } from '../support/shell.js';
import { until } from '../support/patience.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);

/** Text styles portals put on the containers they give a widget (a centred card, a nav, Bootstrap 2's body). */
const PAGE_TEXT_STYLES = {
  'text-align': 'center',
  'text-indent': '24px',
  'text-transform': 'uppercase',
  'text-shadow': 'rgb(255, 0, 0) 1px 1px 0px',
  'white-space': 'nowrap',
  'word-spacing': '8px',
  'letter-spacing': '2px',
  'word-break': 'break-all',
  'line-height': '20px',
  'font-weight': '700',
  'font-style': 'italic',
  'font-variant-caps': 'small-caps',
  cursor: 'wait',
};
const PROPERTIES = Object.keys(PAGE_TEXT_STYLES);
const PAGE_STYLE = Object.entries(PAGE_TEXT_STYLES)
  .map(([p, v]) => `${p}:${v}`)
  .join(';');

/** The text styles of every element inside `host`, in document order, through shadow roots. */
function textStyles(host: HTMLElement): string[] {
  return [...deepElements(host.shadowRoot!)].map((el) => {
    const style = getComputedStyle(el);
    return `${el.localName}.${el.getAttribute('class') ?? ''} ${PROPERTIES.map((p) => style.getPropertyValue(p)).join(' | ')}`;
  });
}

const SECTIONS = ['user', 'account', 'service-plan', 'per-minute', 'transactions', 'bills', 'media', 'block-list'] as const;

async function shell(section: string, style: string) {
  const wrapper = await fixture<HTMLElement>(html`<div style=${style}>
    <account-settings
      style="display:block"
      .provider=${createDemoProvider({ seed: 7, now: NOW })}
      section=${section}
      locale="en-US"
      time-zone="UTC"
    ></account-settings>
  </div>`);
  const el = wrapper.querySelector<AccountSettings>('account-settings')!;
  await sectionSettled(el, section);
  await nextFrame();
  return el;
}

async function expectNothingClipped(host: HTMLElement, where: string) {
  await until(() => clippedContent(host).length === 0).catch(() => undefined);
  expect(clippedContent(host), where).to.deep.equal([]);
}

describe("a host page's text styles stop at the elements", function () {
  this.timeout(30000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1040, 390]) {
    for (const section of SECTIONS) {
      it(`${section} at ${width} px: the same text styles inside as on a plain page, nothing cut off`, async () => {
        await setViewport({ width, height: 900 });
        const plain = textStyles(await shell(section, ''));
        const el = await shell(section, PAGE_STYLE);
        expect(textStyles(el)).to.deep.equal(plain);
        await expectNothingClipped(el, `${section} at ${width} px in a styled container`);
      });
    }

    it(`the account menu, open, and the date-range field at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      const mountBoth = async (style: string) => {
        const wrapper = await fixture<HTMLElement>(html`<div style=${style}>
          <account-menu style="display:block" account-name="Cedar Ridge Communications Holdings"></account-menu>
          <date-range-field style="display:block" time-zone="UTC" from="2026-11-01" to="2026-11-27"></date-range-field>
        </div>`);
        const menu = wrapper.querySelector<HTMLElement>('account-menu')!;
        const field = wrapper.querySelector<HTMLElement>('date-range-field')!;
        $<HTMLButtonElement>(menu, 'button[aria-haspopup]')!.click();
        await until(() => $(menu, '[role="menuitem"]'), 'menu never opened');
        await nextFrame();
        return { menu, field, styles: [...textStyles(menu), ...textStyles(field)] };
      };
      const plain = (await mountBoth('')).styles;
      const { menu, field, styles } = await mountBoth(PAGE_STYLE);
      expect(styles).to.deep.equal(plain);
      await expectNothingClipped(menu, `account menu at ${width} px in a styled container`);
      await expectNothingClipped(field, `date-range field at ${width} px in a styled container`);
    });
  }

  it('the line height and letter spacing a vendor chooses reach every element, as tokens', async () => {
    const el = await shell('service-plan', 'line-height:20px;--paw-line-height:1.6;--paw-letter-spacing:1px');
    const title = await until(() => $(el.sectionElement!, '[part="title"]')).then(() => $(el.sectionElement!, '[part="title"]')!);
    expect(getComputedStyle(title).letterSpacing).to.equal('1px');
    expect(parseFloat(getComputedStyle(title).lineHeight)).to.be.closeTo(1.6 * parseFloat(getComputedStyle(title).fontSize), 0.5);
  });
});
