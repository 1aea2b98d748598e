import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/service-plan-panel/define.js';
import '../../src/elements/call-log-table/define.js';
import '../../src/elements/date-range-field/define.js';
import type { ServicePlanPanel } from '../../src/elements/service-plan-panel/service-plan-panel.js';
import type { CallLogTable } from '../../src/elements/call-log-table/call-log-table.js';
import type { DateRangeField } from '../../src/elements/date-range-field/date-range-field.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { $, $$, textOf, type, waitFor, waitForText } from '../support/dom.js';
import { pinClock } from '../support/clock.js';
import { until } from '../support/patience.js';

const demo = () => createDemoProvider({ seed: 3, now: '2026-11-27T12:00:00Z' });
/** Text of each node, whitespace collapsed, without the sort arrow of a sortable header. */
const trimmed = (nodes: Element[]) => nodes.map((n) => (n.textContent ?? '').replace(/[▲▼]/g, '').replace(/\s+/g, ' ').trim());
/** Translations load lazily (a dynamic import): allow for a slow first load on a busy machine. */
const LOAD = { timeout: 8000 };
const labels = (el: Element) => trimmed($$(el, 'label'));

type Lang = 'de' | 'es' | 'ar';

/** Mounts `<tag>` inside `<div lang=…>` (and `dir="rtl"` for Arabic) and returns the element. */
async function inLang<E extends HTMLElement>(lang: Lang, tag: 'service-plan-panel' | 'call-log-table' | 'date-range-field'): Promise<E> {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const provider = demo();
  const root =
    tag === 'service-plan-panel'
      ? await fixture(html`<div lang=${lang} dir=${dir}><service-plan-panel .provider=${provider}></service-plan-panel></div>`)
      : tag === 'call-log-table'
        ? await fixture(html`<div lang=${lang} dir=${dir}>
            <call-log-table .provider=${provider} time-zone="Europe/Berlin" from="2026-11-01" to="2026-11-27"></call-log-table>
          </div>`)
        : await fixture(html`<div lang=${lang} dir=${dir}>
            <date-range-field .provider=${provider} time-zone="Europe/Berlin" from="2026-11-01" to="2026-11-27"></date-range-field>
          </div>`);
  return root.querySelector(tag) as unknown as E;
}

const expected = {
  servicePlan: {
    de: {
      title: 'Tarif',
      buy: 'Kaufen',
      remove: 'Entfernen',
      credit: 'Verfügbares Guthaben',
      dids: 'Rufnummern (DIDs)',
      unitPrice: 'Einzelpreis',
    },
    es: {
      title: 'Plan de servicio',
      buy: 'Comprar',
      remove: 'Eliminar',
      credit: 'Saldo disponible',
      dids: 'Números DID (números de teléfono)',
      unitPrice: 'Precio unitario',
    },
    ar: {
      title: 'خطة الخدمة',
      buy: 'شراء',
      remove: 'إزالة',
      credit: 'الرصيد المتاح',
      dids: 'أرقام DID (أرقام الهاتف)',
      unitPrice: 'سعر الوحدة',
    },
  },
  dateRange: {
    de: ['Zeitraum', 'Von', 'Bis'],
    es: ['Período', 'Desde', 'Hasta'],
    ar: ['الفترة', 'من', 'إلى'],
  },
  presetThisMonth: { de: 'Dieser Monat', es: 'Este mes', ar: 'هذا الشهر' },
  reversed: {
    de: '„Von“ darf nicht nach „Bis“ liegen.',
    es: 'La fecha «Desde» debe ser igual o anterior a la fecha «Hasta».',
    ar: 'يجب ألا يكون تاريخ «من» بعد تاريخ «إلى».',
  },
  callLog: {
    de: {
      title: 'Auslandsgespräche',
      date: 'Datum und Uhrzeit',
      rate: 'Minutenpreis',
      export: 'CSV exportieren',
      block: 'Sperren',
      calls: 'Gespräche',
    },
    es: {
      title: 'Llamadas internacionales',
      date: 'Fecha y hora',
      rate: 'Tarifa por minuto',
      export: 'Exportar CSV',
      block: 'Bloquear',
      calls: 'Llamadas',
    },
    ar: {
      title: 'المكالمات الدولية',
      date: 'التاريخ والوقت',
      rate: 'سعر الدقيقة',
      export: 'تصدير بصيغة CSV',
      block: 'حظر',
      calls: 'المكالمات',
    },
  },
} as const;

const LANGS: Lang[] = ['de', 'es', 'ar'];

pinClock('2026-11-27T12:00:00Z');
describe('translated sections', () => {
  for (const lang of LANGS) {
    describe(`lang="${lang}"`, () => {
      it('<service-plan-panel> speaks the language', async () => {
        const el = await inLang<ServicePlanPanel>(lang, 'service-plan-panel');
        const want = expected.servicePlan[lang];
        await waitFor(el, '[part~="table"]');
        await waitUntil(() => $(el, '[part~="buy-button"]')?.textContent?.trim() === want.buy, 'the Buy button is not translated', LOAD);
        expect($(el, '[part~="title"]')!.textContent!.trim()).to.equal(want.title);
        expect($(el, '[part~="remove-button"]')!.textContent!.trim()).to.equal(want.remove);
        expect(trimmed($$(el, '[part~="details"] dt'))).to.include(want.credit);
        expect(trimmed($$(el, 'th[scope="row"]'))).to.include(want.dids);
        expect(trimmed($$(el, 'th[scope="col"]'))).to.include(want.unitPrice);
        if (lang === 'ar') await expect(el).to.be.accessible();
      });

      it('<call-log-table> speaks the language, its date range and column headers included', async () => {
        const el = await inLang<CallLogTable>(lang, 'call-log-table');
        const want = expected.callLog[lang];
        await waitFor(el, '[role="columnheader"]', 8000);
        await waitUntil(
          () => trimmed($$(el, '[role="columnheader"]')).includes(want.date),
          `headers: ${trimmed($$(el, '[role="columnheader"]')).join(', ')}`,
          LOAD,
        );
        expect(trimmed($$(el, '[role="columnheader"]'))).to.include(want.rate);
        expect($(el, '[part~="title"]')!.textContent!.trim()).to.equal(want.title);
        expect(labels(el)).to.deep.equal([...expected.dateRange[lang]]);
        expect($(el, '[part~="export-button"]')!.textContent!.trim()).to.equal(want.export);
        // The totals come apart from the rows (the demo's getCallTotals): wait for them, not the rows.
        await until(() => trimmed($$(el, '.total dt')).includes(want.calls), `totals: ${trimmed($$(el, '.total dt')).join(', ')}`);
        await waitUntil(() => $(el, '[part~="block-button"]'), 'no Block button');
        expect($(el, '[part~="block-button"]')!.textContent!.trim()).to.equal(want.block);
        expect($(el, '[role="grid"]')!.getAttribute('aria-label')).to.equal(want.title);
        if (lang === 'ar') await expect(el).to.be.accessible();
      });

      it('<date-range-field> speaks the language, its validation message included', async () => {
        const el = await inLang<DateRangeField>(lang, 'date-range-field');
        await waitUntil(() => labels(el).join('|') === expected.dateRange[lang].join('|'), `labels: ${labels(el).join(', ')}`, LOAD);
        const options = trimmed($$(el, 'option'));
        expect(options).to.include(expected.presetThisMonth[lang]);
        if (lang === 'ar') await expect(el).to.be.accessible();
        // A reversed range: the inline error and the form validation message are translated.
        type($<HTMLInputElement>(el, '#field-from')!, '2026-11-28');
        await waitForText(el, expected.reversed[lang]);
        await el.updateComplete;
        expect(el.validationMessage).to.equal(expected.reversed[lang]);
        if (lang === 'ar') await expect(el).to.be.accessible();
      });
    });
  }

  it('chooses the plural form from the raw count in the confirmation (es: 1 usuario, 3 usuarios)', async () => {
    const el = await inLang<ServicePlanPanel>('es', 'service-plan-panel');
    await waitFor(el, '[part~="table"]');
    await waitForText(el, 'Comprar usuarios', 8000);
    const input = $<HTMLInputElement>(el, '#buy-count')!;
    for (const [count, phrase] of [
      ['1', '¿Comprar 1 usuario por'],
      ['3', '¿Comprar 3 usuarios por'],
    ] as const) {
      type(input, count);
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part~="buy-button"]')!.click();
      const dialog = await waitFor<HTMLDialogElement>(el, 'dialog[open]', 5000);
      expect(dialog.textContent).to.include(phrase);
      expect($(el, 'dialog [data-confirm]')!.textContent!.trim()).to.equal('Comprar');
      $<HTMLButtonElement>(el, 'dialog [data-cancel]')!.click();
      await waitUntil(() => $(el, 'dialog[open]') === null, 'the dialog stayed open');
    }
  });

  it('Arabic confirmation uses the dual form for two users', async () => {
    const el = await inLang<ServicePlanPanel>('ar', 'service-plan-panel');
    await waitFor(el, '[part~="table"]');
    await waitForText(el, 'شراء مستخدمين', 8000);
    type($<HTMLInputElement>(el, '#buy-count')!, '2');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="buy-button"]')!.click();
    const dialog = await waitFor<HTMLDialogElement>(el, 'dialog[open]', 5000);
    expect(dialog.textContent).to.include('هل تريد شراء مستخدمَين مقابل');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'dialog [data-cancel]')!.click();
  });

  it('keeps numbers and money formatted by Intl in the locale (de)', async () => {
    const el = await inLang<ServicePlanPanel>('de', 'service-plan-panel');
    await waitFor(el, '[part~="table"]');
    await waitForText(el, 'Verfügbares Guthaben', 8000);
    // German money: decimal comma, currency sign after the amount.
    expect($(el, '[part~="credit"]')!.textContent!.trim()).to.match(/^-?[\d.]+,\d{2}\s\$$/);
    expect(textOf(el)).to.include('Eine ganze Zahl von 1 bis 10.000.');
  });
});
