/**
 * Phone numbers (and the recording names built from them) read left to right in Arabic pages:
 * their digit groups stand in their own order on screen, in table cells, contact cards, the
 * block form's hint, confirmation dialogs and status lines. Checked by where each character is
 * laid out, not by the text content (which is right even when the groups show reversed).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { until } from '../support/patience.js';
import '../../src/elements/call-log-table/define.js';
import '../../src/elements/block-list/define.js';
import '../../src/elements/media-library/define.js';
import '../../src/elements/account-info-panel/define.js';
import { plainText } from '../../src/core/bidi.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { pinClock } from '../support/clock.js';
import { $ } from '../support/dom.js';
import { readsLeftToRight } from '../support/layout.js';
import { cellTexts, dataRows, waitForRows } from '../support/tables.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
const demo = () => createDemoProvider({ seed: 11, now: NOW });

/** `<tag locale="ar">` in a right-to-left Arabic page, once its Arabic strings show. */
async function mountArabic<E extends HTMLElement>(tag: string, attrs: string, provider: unknown, arabicWord: string): Promise<E> {
  const host = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="inline-size: 1000px"></div>`);
  host.innerHTML = `<${tag} locale="ar" time-zone="UTC" ${attrs}></${tag}>`;
  const el = host.firstElementChild as E & { provider: unknown };
  el.provider = provider;
  await until(() => el.shadowRoot?.textContent?.includes(arabicWord), `${tag}: no Arabic text`);
  return el;
}

/** Fails unless `text` shows at least once under `root`, each time left to right. */
function expectLeftToRight(root: Node, text: string, where: string) {
  const { found, misordered } = readsLeftToRight(root, text);
  expect(found, `"${text}" not found in ${where}`).to.be.greaterThan(0);
  expect(misordered, where).to.deep.equal([]);
}

const shownText = (cell: string) => plainText(cell).trim();

const recordingRows = (el: HTMLElement) =>
  [...$(el, '#panel-recordings')!.querySelectorAll('.layer > [role="row"]')].filter((r) =>
    r.querySelector('[role="rowheader"]:not(.placeholder)'),
  );
const recordingNames = (el: HTMLElement) => recordingRows(el).map((r) => shownText(cellTexts(r)[0]!));

async function mountRecordings() {
  const el = await mountArabic<HTMLElement>('media-library', 'tab="recordings" from="2026-11-01" to="2026-11-27"', demo(), 'التسجيلات');
  await until(() => recordingRows(el).length > 0, 'no recordings');
  await nextFrame();
  return el;
}

describe('phone numbers read left to right in Arabic', () => {
  it('the check sees groups reversed by right-to-left text (a number with no isolate)', async () => {
    const p = await fixture<HTMLParagraphElement>(html`<p dir="rtl" lang="ar">تم حظر +20 26 8879 8545 الآن.</p>`);
    const { found, misordered } = readsLeftToRight(p, '+20 26 8879 8545');
    expect(found).to.equal(1);
    expect(misordered).to.have.length(1);
    const isolated = await fixture<HTMLParagraphElement>(html`<p dir="rtl" lang="ar">تم حظر ${'\u2066+20 26 8879 8545\u2069'} الآن.</p>`);
    expect(readsLeftToRight(isolated, '+20 26 8879 8545').misordered).to.deep.equal([]);
  });

  it('call log: the From and To cells, the Block dialog and the status line', async () => {
    const el = await mountArabic<HTMLElement>('call-log-table', 'from="2026-11-01" to="2026-11-27"', demo(), 'إلى');
    await waitForRows(el, 8000);
    await nextFrame();
    const root = el.shadowRoot!;
    const row = dataRows(el).find((r) => cellTexts(r)[1]!.includes(' ') && cellTexts(r)[2]!.includes(' ')) ?? dataRows(el)[0]!;
    for (const cell of cellTexts(row).slice(1, 3)) expectLeftToRight(root, shownText(cell), 'a call-log cell');
    const to = shownText(cellTexts(row)[2]!);
    row.querySelector<HTMLButtonElement>('.block-button')!.click();
    await until(() => $(el, 'dialog[open]'), 'no Block dialog');
    expectLeftToRight($(el, '.dialog-message')!, to, 'the Block dialog');
    $<HTMLButtonElement>(el, '[data-confirm]')!.click();
    await until(() => $(el, '[part="status"]')!.textContent!.includes(to.slice(-4)), 'no status line');
    expectLeftToRight($(el, '[part="status"]')!, to, 'the status line');
  });

  it('block list: the rows, the form hint, the Unblock dialog and the status line', async () => {
    const el = await mountArabic<HTMLElement>('block-list', '', demo(), 'الرقم');
    await waitForRows(el, 8000);
    await nextFrame();
    const root = el.shadowRoot!;
    const numbers = dataRows(el)
      .map((r) => shownText(cellTexts(r)[0]!))
      .filter((n) => n.startsWith('+'));
    expect(numbers.length).to.be.greaterThan(2);
    for (const number of numbers) expectLeftToRight(root, number, 'a block-list row');
    expectLeftToRight($(el, '[part="field-hint"]')!, '+971 50 123 4567', 'the number hint');
    const row = dataRows(el).find((r) => shownText(cellTexts(r)[0]!).startsWith('+'))!;
    const number = shownText(cellTexts(row)[0]!);
    row.querySelector<HTMLButtonElement>('.unblock-button')!.click();
    await until(() => $(el, 'dialog[open]'), 'no Unblock dialog');
    expectLeftToRight($(el, '.dialog-message')!, number, 'the Unblock dialog');
    $<HTMLButtonElement>(el, '[data-confirm]')!.click();
    await until(() => $(el, '[part="status"]')!.textContent!.includes(number.slice(-4)), 'no status line');
    expectLeftToRight($(el, '[part="status"]')!, number, 'the status line');
  });

  it('account: the contacts’ phone numbers', async () => {
    const provider = demo();
    provider.getAccount = async () => ({
      id: 'a',
      name: 'Acme',
      realm: 'acme.example',
      contacts: [
        { role: 'الفوترة', phone: '+13035550133' },
        { role: 'الدعم', phone: '+54 (351) 744-1180' },
      ],
    });
    const el = await mountArabic<HTMLElement>('account-info-panel', '', provider, 'الفوترة');
    await nextFrame();
    expectLeftToRight(el.shadowRoot!, '+1 303 555 0133', 'a contact');
    expectLeftToRight(el.shadowRoot!, '+54 351 744 1180', 'a contact');
  });

  it('recordings: the names (from, to, date) in the list', async () => {
    const el = await mountRecordings();
    const names = recordingNames(el);
    expect(names.some((n) => n.includes('+'))).to.equal(true);
    for (const name of names) expectLeftToRight($(el, '#panel-recordings')!, name, 'a recording row');
  });

  // Arabic sentences isolate the name (media-library's i18n/ar.ts), so its digits and dates stay in place.
  it('recordings: the name in the Delete dialog', async () => {
    const el = await mountRecordings();
    const [name] = recordingNames(el);
    [...$(el, '#panel-recordings')!.querySelectorAll<HTMLButtonElement>('.delete-button')][0]!.click();
    await until(() => $(el, 'dialog[open]'), 'no Delete dialog');
    expectLeftToRight($(el, '.dialog-message')!, name!, 'the Delete dialog');
  });
});
