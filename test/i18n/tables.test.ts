import { expect } from '@open-wc/testing';
import type { StringsTable } from '../../src/core/strings.js';
import { servicePlanPanelStrings } from '../../src/elements/service-plan-panel/service-plan-panel.strings.js';
import servicePlanDe from '../../src/elements/service-plan-panel/i18n/de.js';
import servicePlanEs from '../../src/elements/service-plan-panel/i18n/es.js';
import servicePlanAr from '../../src/elements/service-plan-panel/i18n/ar.js';
import { callLogTableStrings } from '../../src/elements/call-log-table/call-log-table.strings.js';
import callLogDe from '../../src/elements/call-log-table/i18n/de.js';
import callLogEs from '../../src/elements/call-log-table/i18n/es.js';
import callLogAr from '../../src/elements/call-log-table/i18n/ar.js';
import { dateRangeFieldStrings } from '../../src/elements/date-range-field/date-range-field.strings.js';
import dateRangeFieldDe from '../../src/elements/date-range-field/i18n/de.js';
import dateRangeFieldEs from '../../src/elements/date-range-field/i18n/es.js';
import dateRangeFieldAr from '../../src/elements/date-range-field/i18n/ar.js';
import { userPanelStrings } from '../../src/elements/user-panel/user-panel.strings.js';
import userPanelDe from '../../src/elements/user-panel/i18n/de.js';
import userPanelEs from '../../src/elements/user-panel/i18n/es.js';
import userPanelAr from '../../src/elements/user-panel/i18n/ar.js';
import { accountInfoPanelStrings } from '../../src/elements/account-info-panel/account-info-panel.strings.js';
import accountInfoDe from '../../src/elements/account-info-panel/i18n/de.js';
import accountInfoEs from '../../src/elements/account-info-panel/i18n/es.js';
import accountInfoAr from '../../src/elements/account-info-panel/i18n/ar.js';
import { accountMenuStrings } from '../../src/elements/account-menu/account-menu.strings.js';
import accountMenuDe from '../../src/elements/account-menu/i18n/de.js';
import accountMenuEs from '../../src/elements/account-menu/i18n/es.js';
import accountMenuAr from '../../src/elements/account-menu/i18n/ar.js';
import { accountSettingsStrings } from '../../src/elements/account-settings/account-settings.strings.js';
import accountSettingsDe from '../../src/elements/account-settings/i18n/de.js';
import accountSettingsEs from '../../src/elements/account-settings/i18n/es.js';
import accountSettingsAr from '../../src/elements/account-settings/i18n/ar.js';
import { transactionTableStrings } from '../../src/elements/transaction-table/transaction-table.strings.js';
import transactionsDe from '../../src/elements/transaction-table/i18n/de.js';
import transactionsEs from '../../src/elements/transaction-table/i18n/es.js';
import transactionsAr from '../../src/elements/transaction-table/i18n/ar.js';
import { billTableStrings } from '../../src/elements/bill-table/bill-table.strings.js';
import billsDe from '../../src/elements/bill-table/i18n/de.js';
import billsEs from '../../src/elements/bill-table/i18n/es.js';
import billsAr from '../../src/elements/bill-table/i18n/ar.js';
import { blockListStrings } from '../../src/elements/block-list/block-list.strings.js';
import blockListDe from '../../src/elements/block-list/i18n/de.js';
import blockListEs from '../../src/elements/block-list/i18n/es.js';
import blockListAr from '../../src/elements/block-list/i18n/ar.js';
import { mediaLibraryStrings } from '../../src/elements/media-library/media-library.strings.js';
import mediaDe from '../../src/elements/media-library/i18n/de.js';
import mediaEs from '../../src/elements/media-library/i18n/es.js';
import mediaAr from '../../src/elements/media-library/i18n/ar.js';
import { dateRangeStrings } from '../../src/shared-ui/date-range/date-range.strings.js';
import { dateRangeDe } from '../../src/shared-ui/date-range/i18n/de.js';
import { dateRangeEs } from '../../src/shared-ui/date-range/i18n/es.js';
import { dateRangeAr } from '../../src/shared-ui/date-range/i18n/ar.js';

type Lang = 'de' | 'es' | 'ar';
type Fn = (...args: unknown[]) => unknown;

interface Family {
  name: string;
  english: StringsTable;
  tables: Record<Lang, StringsTable>;
  /** Entries whose first argument is the raw count (a number) that picks the plural form; other arguments are formatted text. */
  rawCount: readonly string[];
}

const families: Family[] = [
  {
    name: 'service-plan-panel',
    english: servicePlanPanelStrings,
    tables: { de: servicePlanDe, es: servicePlanEs, ar: servicePlanAr },
    rawCount: [
      'confirmBuyMessage',
      'confirmBuyMessageBilled',
      'bought',
      'boughtUsers',
      'buyUnknown',
      'buyUnknownStill',
      'confirmRemoveMessage',
      'removed',
      'removeUnknown',
      'removeUnknownStill',
      'buyRetrySame',
      'removeRetrySame',
    ],
  },
  {
    name: 'call-log-table',
    english: callLogTableStrings,
    tables: { de: callLogDe, es: callLogEs, ar: callLogAr },
    rawCount: ['errorTooLong'],
  },
  {
    name: 'date-range-field',
    english: dateRangeFieldStrings,
    tables: { de: dateRangeFieldDe, es: dateRangeFieldEs, ar: dateRangeFieldAr },
    rawCount: ['errorTooLong'],
  },
  {
    name: 'shared date-range',
    english: dateRangeStrings,
    tables: { de: dateRangeDe, es: dateRangeEs, ar: dateRangeAr },
    rawCount: ['errorTooLong'],
  },
  {
    name: 'user-panel',
    english: userPanelStrings,
    tables: { de: userPanelDe, es: userPanelEs, ar: userPanelAr },
    rawCount: ['passwordHint', 'errorTooShort'],
  },
  {
    name: 'account-info-panel',
    english: accountInfoPanelStrings,
    tables: { de: accountInfoDe, es: accountInfoEs, ar: accountInfoAr },
    rawCount: [],
  },
  {
    name: 'account-menu',
    english: accountMenuStrings,
    tables: { de: accountMenuDe, es: accountMenuEs, ar: accountMenuAr },
    rawCount: [],
  },
  {
    name: 'account-settings',
    english: accountSettingsStrings,
    tables: { de: accountSettingsDe, es: accountSettingsEs, ar: accountSettingsAr },
    rawCount: [],
  },
  {
    name: 'transaction-table',
    english: transactionTableStrings,
    tables: { de: transactionsDe, es: transactionsEs, ar: transactionsAr },
    rawCount: [
      'transactionCount',
      'calculating',
      'calculatingOf',
      'totalsPaused',
      'exporting',
      'exportingCount',
      'exportDone',
      'errorTooLong',
    ],
  },
  {
    name: 'bill-table',
    english: billTableStrings,
    tables: { de: billsDe, es: billsEs, ar: billsAr },
    rawCount: ['unpaidCount', 'overdueCount', 'errorTooLong'],
  },
  {
    name: 'block-list',
    english: blockListStrings,
    tables: { de: blockListDe, es: blockListEs, ar: blockListAr },
    rawCount: ['count', 'matches'],
  },
  {
    name: 'media-library',
    english: mediaLibraryStrings,
    tables: { de: mediaDe, es: mediaEs, ar: mediaAr },
    rawCount: ['errorTooLong'],
  },
];

/** Counts that reach every plural category: Arabic zero/one/two/few/many/other, German and Spanish one/other. */
const COUNTS: Record<Lang, number[]> = { de: [0, 1, 2, 5, 100], es: [0, 1, 2, 5, 100], ar: [0, 1, 2, 3, 11, 100] };
const LANGS: Lang[] = ['de', 'es', 'ar'];

/** Sample arguments: the raw count and its text where the entry takes a count, else distinct text samples. */
function sampleArgs(fn: Fn, takesCount: boolean, n: number): unknown[] {
  const texts = ['+49 30 1234567', '42,00 $', 'calls.csv', '7'];
  if (!takesCount) return Array.from({ length: fn.length }, (_, i) => texts[i % texts.length]);
  // The raw count, its text, then other values without digits (so that only the count varies).
  return [n, String(n), 'COST', 'TOTAL'].slice(0, fn.length);
}

const entries = (t: StringsTable) => Object.entries(t) as [string, string | Fn][];

describe('translation tables', () => {
  for (const family of families) {
    describe(family.name, () => {
      it('names its raw-count entries right (they format the number they get in English too)', () => {
        for (const key of family.rawCount) {
          const fn = family.english[key] as Fn;
          expect(fn, key).to.be.a('function');
          expect(String(fn(...sampleArgs(fn, true, 4))), key).to.include('4');
        }
      });

      for (const lang of LANGS) {
        it(`${lang}: has exactly the English keys, with the same kinds of entries`, () => {
          const table = family.tables[lang];
          expect(Object.keys(table).sort()).to.deep.equal(Object.keys(family.english).sort());
          for (const [key, value] of entries(family.english)) {
            expect(typeof table[key], key).to.equal(typeof value);
            if (typeof value === 'function') expect((table[key] as Fn).length, `${key} arity`).to.equal(value.length);
          }
        });

        it(`${lang}: every entry is non-empty text, for every plural category`, () => {
          const table = family.tables[lang];
          for (const [key, value] of entries(table)) {
            if (typeof value === 'string') {
              expect(value.trim(), key).to.not.equal('');
              continue;
            }
            const takesCount = family.rawCount.includes(key);
            for (const n of takesCount ? COUNTS[lang] : [1]) {
              const out = value(...sampleArgs(value, takesCount, n));
              expect(out, `${key}(${n})`).to.be.a('string');
              const text = out as string;
              expect(text.trim(), `${key}(${n})`).to.not.equal('');
              expect(text, `${key}(${n})`).to.not.match(/undefined|NaN|\[object/);
            }
          }
        });

        it(`${lang}: puts the values it is given into the text`, () => {
          const table = family.tables[lang];
          for (const [key, value] of entries(table)) {
            if (typeof value !== 'function' || family.rawCount.includes(key)) continue;
            const args = sampleArgs(value, false, 1) as string[];
            const out = value(...args) as string;
            for (const arg of args) expect(out, key).to.include(arg);
          }
        });
      }

      it('ar: the raw-count entries take distinct forms for 1, 2, 3–10, 11–99 and 100', () => {
        const table = family.tables.ar;
        for (const key of family.rawCount) {
          const fn = table[key] as Fn;
          const forms = new Set([1, 2, 3, 11, 100].map((n) => (fn(...sampleArgs(fn, true, n)) as string).replaceAll(String(n), '#')));
          expect(forms.size, key).to.equal(5);
        }
      });

      it('es: the raw-count entries tell one from many', () => {
        const table = family.tables.es;
        for (const key of family.rawCount) {
          const fn = table[key] as Fn;
          const [one, many] = [1, 5].map((n) => (fn(...sampleArgs(fn, true, n)) as string).replaceAll(String(n), '#'));
          expect(one, key).to.not.equal(many);
        }
      });
    });
  }

  it('translates the text rather than leaving English (at most a few shared words such as "Plan" or "CSV")', () => {
    for (const family of families) {
      for (const lang of LANGS) {
        const table = family.tables[lang];
        const same = entries(family.english)
          .filter(([key, value]) => typeof value === 'string' && table[key] === value)
          .map(([key]) => key);
        expect(same.length, `${family.name} ${lang}: ${same.join(', ')}`).to.be.at.most(1);
      }
    }
  });
});
