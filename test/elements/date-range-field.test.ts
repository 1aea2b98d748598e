import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/date-range-field/define.js';
import type { DateRangeField } from '../../src/elements/date-range-field/date-range-field.js';
import { presetRange, today } from '../../src/core/dates.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import type { AccountDataProvider } from '../../src/core/provider.js';
import { $, $$, textOf, type, waitForText } from '../support/dom.js';
import { until } from '../support/patience.js';

const ZONE = 'Pacific/Auckland';

async function field(
  markup = html`<date-range-field time-zone=${ZONE} name="period" from="2026-11-01" to="2026-11-27"></date-range-field>`,
) {
  const el = await fixture<DateRangeField>(markup);
  await el.updateComplete;
  return { el };
}

// Built by hand, not with fixture(): fixture waits an animation frame for a non-Lit root.
const forms: HTMLFormElement[] = [];
afterEach(() => forms.splice(0).forEach((f) => f.remove()));

async function inForm(content: TemplateResult) {
  const form = document.createElement('form');
  render(content, form);
  document.body.append(form);
  forms.push(form);
  const el = form.querySelector('date-range-field')!;
  await el.updateComplete;
  return { form, el };
}

const from = (el: DateRangeField) => $<HTMLInputElement>(el, '#field-from')!;
const to = (el: DateRangeField) => $<HTMLInputElement>(el, '#field-to')!;
const select = (el: DateRangeField) => $<HTMLSelectElement>(el, 'select')!;

describe('<date-range-field>', () => {
  it('has labelled Period, From and To controls and the range as its value', async () => {
    const { el } = await field();
    expect($$(el, 'label').map((l) => l.textContent!.trim())).to.deep.equal(['Period', 'From', 'To']);
    expect(from(el).value).to.equal('2026-11-01');
    expect(to(el).value).to.equal('2026-11-27');
    expect(el.value).to.equal('2026-11-01/2026-11-27');
    expect(el.valueAsRange).to.deep.equal({ from: '2026-11-01', to: '2026-11-27' });
    expect(el.checkValidity()).to.equal(true);
    expect($(el, 'fieldset legend')!.textContent!.trim()).to.equal('Date range');
    await expect(el).to.be.accessible();
  });

  it("without a time-zone, takes today from the user's zone, and from the account's when the user's fails", async () => {
    // 25 hours apart: their calendar days always differ.
    for (const [user, account] of [
      ['Pacific/Kiritimati', undefined],
      [undefined, 'Pacific/Pago_Pago'],
    ] as const) {
      const provider = {
        getCurrentUser: async () => {
          if (!user) throw new Error('down');
          return { timezone: user };
        },
        getAccount: async () => ({ timezone: account }),
      } as unknown as AccountDataProvider;
      const { el } = await field(html`<date-range-field .provider=${provider}></date-range-field>`);
      const zone = (user ?? account)!;
      await until(() => el.value === `${presetRange('this-month', today(zone)).from}/${today(zone)}`, `today in ${zone}: got ${el.value}`);
    }
  });

  it('defaults to this month in its time zone', async () => {
    const { el } = await field(html`<date-range-field time-zone=${ZONE}></date-range-field>`);
    const month = presetRange('this-month', today(ZONE));
    expect(el.value).to.equal(`${month.from}/${month.to}`);
    expect(select(el).value).to.equal('this-month');
  });

  it('takes part in its form under its name', async () => {
    const { form, el } = await inForm(
      html`<date-range-field time-zone=${ZONE} name="period" from="2026-10-01" to="2026-10-31"></date-range-field>`,
    );
    expect(el.form).to.equal(form);
    expect(new FormData(form).get('period')).to.equal('2026-10-01/2026-10-31');
  });

  it('fires range-change and change when the user applies typed dates; inner events stay inside', async () => {
    const { el } = await field();
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push('input'));
    const changed = oneEvent(el, 'range-change');
    const nativeChange = oneEvent(el, 'change');
    type(from(el), '2026-11-10');
    const { detail } = await changed;
    await nativeChange;
    expect(detail).to.deep.equal({ from: '2026-11-10', to: '2026-11-27' });
    expect(el.value).to.equal('2026-11-10/2026-11-27');
    expect(seen).to.deep.equal([]);
    // The attributes stay the defaults (what a form reset restores).
    expect(el.getAttribute('from')).to.equal('2026-11-01');
  });

  it('applies a preset at once', async () => {
    const { el } = await field();
    const changed = oneEvent(el, 'range-change');
    select(el).value = 'last-30-days';
    select(el).dispatchEvent(new Event('change', { bubbles: true }));
    const { detail } = await changed;
    expect(detail).to.deep.equal(presetRange('last-30-days', today(ZONE)));
  });

  it('is invalid, says why and fires nothing for a reversed range', async () => {
    const { el } = await field();
    let fired = 0;
    el.addEventListener('range-change', () => fired++);
    type(to(el), '2026-10-01');
    await waitForText(el, 'From must be on or before To.');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('From must be on or before To.');
    expect(from(el).getAttribute('aria-invalid')).to.equal('true');
    expect(from(el).getAttribute('aria-describedby')).to.equal('field-error');
    expect($(el, '#field-error')!.getAttribute('role')).to.equal('alert');
    expect(el.matches(':state(invalid)')).to.equal(true);
    expect(fired).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('blocks its form from submitting while invalid', async () => {
    const { form, el } = await inForm(
      html`<date-range-field time-zone=${ZONE} name="p" from="2026-11-27" to="2026-11-01"></date-range-field>`,
    );
    expect(el.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(textOf(el)).to.include('From must be on or before To.');
  });

  it('limits the span to max-days, else to the provider limit', async () => {
    const { el } = await field(
      html`<date-range-field time-zone=${ZONE} max-days="7" from="2026-11-01" to="2026-11-27"></date-range-field>`,
    );
    expect(textOf(el)).to.include('Choose at most 7 days.');
    expect(el.validity.customError).to.equal(true);
    const provider = createDemoProvider({ seed: 1, now: '2026-11-27T12:00:00Z', limits: { maxRangeDays: 10 } });
    const { el: other } = await field(
      html`<date-range-field .provider=${provider} time-zone=${ZONE} from="2026-11-01" to="2026-11-27"></date-range-field>`,
    );
    expect(textOf(other)).to.include('Choose at most 10 days.');
  });

  it('reports a malformed attribute', async () => {
    const { el } = await field(html`<date-range-field time-zone=${ZONE} from="2026-02-30" to="2026-03-02"></date-range-field>`);
    expect(textOf(el)).to.include('Enter a valid From date.');
    expect(el.checkValidity()).to.equal(false);
  });

  it('restores its attributes on form reset', async () => {
    const { form, el } = await inForm(
      html`<date-range-field time-zone=${ZONE} name="p" from="2026-11-01" to="2026-11-27"></date-range-field>`,
    );
    el.value = '2026-09-01/2026-09-30';
    await el.updateComplete;
    expect(from(el).value).to.equal('2026-09-01');
    form.reset();
    await until(() => el.value === '2026-11-01/2026-11-27');
  });

  it('is disabled with its attribute or a disabled fieldset', async () => {
    const { el } = await field(html`<date-range-field time-zone=${ZONE} disabled></date-range-field>`);
    expect($<HTMLFieldSetElement>(el, 'fieldset')!.disabled).to.equal(true);
    const { el: inner } = await inForm(html`<fieldset disabled><date-range-field time-zone=${ZONE}></date-range-field></fieldset>`);
    await until(() => $<HTMLFieldSetElement>(inner, 'fieldset')!.disabled);
  });

  it('is keyboard operable: type the dates, Enter applies', async () => {
    const { el } = await field();
    from(el).focus();
    // Typed dates also apply 400 ms after the last key: on a loaded machine that timer may beat
    // the next key. So each range-change is marked with whether it came from inside the handling
    // of an Enter keydown (window capture before the field's handler, window bubble after it):
    // Enter must apply the typed range itself, whatever the timer did before.
    let inEnter = false;
    const enterStarts = (e: KeyboardEvent) => (inEnter = e.key === 'Enter');
    const enterEnds = () => (inEnter = false);
    window.addEventListener('keydown', enterStarts, { capture: true });
    window.addEventListener('keydown', enterEnds);
    const applied: Array<{ from: string; to: string; onEnter: boolean }> = [];
    el.addEventListener('range-change', (e) => applied.push({ ...e.detail, onEnter: inEnter }));
    try {
      // en-US date input: month, day, year segments (the year stays 2026). Single digits that
      // complete their segment (no month 9x, no day 5x), so no key waits on the input's type-ahead
      // timer.
      await sendKeys({ type: '95' });
      await sendKeys({ press: 'Enter' });
      await until(() => applied.some((a) => a.onEnter), `Enter applied nothing (applied: ${JSON.stringify(applied)})`);
    } finally {
      window.removeEventListener('keydown', enterStarts, { capture: true });
      window.removeEventListener('keydown', enterEnds);
    }
    const byEnter = applied.filter((a) => a.onEnter);
    expect(byEnter).to.deep.equal([{ from: '2026-09-05', to: '2026-11-27', onEnter: true }]);
    // Before Enter, only the timer applied the range, after a key: September 1 (after 9) or 5.
    for (const early of applied.slice(0, applied.indexOf(byEnter[0]!))) {
      expect(['2026-09-01', '2026-09-05']).to.include(early.from);
      expect(early.to).to.equal('2026-11-27');
    }
    // Tab walks the date segments, then reaches To.
    for (let i = 0; i < 4 && el.shadowRoot!.activeElement !== to(el); i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(to(el));
  });
});
