import { expect } from '@open-wc/testing';
import '../../src/elements/bill-table/define.js';
import '../../src/elements/block-list/define.js';
import '../../src/elements/call-log-table/define.js';
import '../../src/elements/media-library/define.js';
import '../../src/elements/transaction-table/define.js';
import type { Bill, BlockedNumber, CallRecord, MediaFile, Recording, Transaction } from '../../src/core/provider.js';
import { createDemoProvider, type DemoProviderOptions } from '../../src/providers/demo/index.js';
import { pinClock } from '../support/clock.js';
import { until } from '../support/patience.js';
import { $, $$, button, textOf, waitFor } from '../support/dom.js';
import { rewriteItems, runListSectionSuite } from '../support/list-section-suite.js';

/** The five list sections (the media library with each of its two views) through one suite. */

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
const demo = (options: DemoProviderOptions = {}, seed = 7) => createDemoProvider({ seed, now: NOW, ...options });
const LONDON = { locale: 'en-US', 'time-zone': 'Europe/London' };
const NO_ROWS_RANGE = { from: '2020-01-01', to: '2020-01-31' };
const exportDisabled = (el: Element) => expect(button(el, 'Export CSV')!.disabled, 'Export CSV disabled').to.equal(true);

runListSectionSuite({
  name: '<call-log-table>',
  tag: 'call-log-table',
  method: 'listInternationalCalls',
  attributes: { ...LONDON, from: '2026-11-01', to: '2026-11-27' },
  provider: () => demo(),
  withText: (p, text) =>
    rewriteItems<CallRecord>(p, 'listInternationalCalls', (c) => ({ ...c, from: text, countryCode: undefined, destination: text })),
  empty: { provider: () => demo(), attributes: NO_ROWS_RANGE },
  emptyText: 'No international calls in this period.',
  onEmpty: async (el) => {
    // The totals come apart from the rows (the demo's getCallTotals).
    await until(() => $$(el, '.total dd').length > 0, 'the totals never showed');
    expect($$(el, '.total dd')[0]!.textContent!.trim(), 'calls total').to.equal('0');
    exportDisabled(el);
  },
});

runListSectionSuite({
  name: '<transaction-table>',
  tag: 'transaction-table',
  method: 'listTransactions',
  attributes: { ...LONDON, from: '2026-09-01', to: '2026-11-27' },
  provider: () => demo(),
  withText: (p, text) => rewriteItems<Transaction>(p, 'listTransactions', (t) => ({ ...t, description: text })),
  empty: { provider: () => demo(), attributes: NO_ROWS_RANGE },
  emptyText: 'No transactions in this period.',
  onEmpty: (el) => {
    expect($(el, '[part~="totals"]'), 'totals').to.equal(null);
    exportDisabled(el);
  },
  // The totals failed with the rows; the same Retry brings them back too.
  onRetried: async (el) => {
    await waitFor(el, '[part~="totals"]', 5000);
    expect(textOf(el)).not.to.include('could not be calculated');
  },
});

runListSectionSuite({
  name: '<bill-table>',
  tag: 'bill-table',
  method: 'listBills',
  // Seed 42 (Cedar Ridge Veterinary, billed in Denver) has three bills in this range.
  attributes: { locale: 'en-US', 'time-zone': 'America/Denver', from: '2026-08-28', to: '2026-11-27' },
  provider: () => demo({}, 42),
  // The status is the one server string of a bill; one it does not know is shown as sent.
  withText: (p, text) => rewriteItems<Bill>(p, 'listBills', (b) => ({ ...b, status: text as Bill['status'] })),
  empty: { provider: () => demo({ size: { bills: 0 } }, 42) },
  emptyText: 'No bills in this period.',
  onEmpty: (el) => expect($(el, '[part~="outstanding"]'), 'outstanding').to.equal(null),
});

runListSectionSuite({
  name: '<media-library> (files)',
  tag: 'media-library',
  method: 'listMediaFiles',
  attributes: { ...LONDON, tab: 'files' },
  provider: () => demo(),
  withText: (p, text) => rewriteItems<MediaFile>(p, 'listMediaFiles', (f) => ({ ...f, name: text })),
  empty: { provider: () => demo({ size: { mediaFiles: 0 } }) },
  emptyText: 'No media files yet.',
  noProviderHides: ['.upload-button'],
});

runListSectionSuite({
  name: '<media-library> (recordings)',
  tag: 'media-library',
  method: 'listRecordings',
  attributes: { ...LONDON, tab: 'recordings', from: '2026-11-01', to: '2026-11-27' },
  provider: () => demo(),
  // A recording's name is [From]_[To]_[Date]_[Time]: the server's From shows inside it.
  withText: (p, text) => rewriteItems<Recording>(p, 'listRecordings', (r) => ({ ...r, from: text })),
  empty: { provider: () => demo(), attributes: NO_ROWS_RANGE },
  emptyText: 'No call recordings in this period.',
  noProviderHides: ['.upload-button'],
});

runListSectionSuite({
  name: '<block-list>',
  tag: 'block-list',
  method: 'listBlockedNumbers',
  attributes: LONDON,
  provider: () => demo(),
  withText: (p, text) =>
    rewriteItems<BlockedNumber>(p, 'listBlockedNumbers', (b, i) => ({ ...b, reason: text, ...(i === 0 ? { number: text } : {}) })),
  empty: { provider: () => demo({ size: { blockedNumbers: 0 } }) },
  emptyText: 'No numbers are blocked.',
  noProviderHides: ['form'],
  onEmpty: (el) => expect($(el, '[role="grid"]'), 'a grid').to.equal(null),
});
