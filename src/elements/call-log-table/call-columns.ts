import { html } from 'lit';
import { formatCountry, formatDateTime, formatDuration, type DisplaySettings } from '../../core/format.js';
import { formatMoney } from '../../core/money.js';
import { formatPhoneNumber } from '../../core/phone.js';
import { plainText } from '../../core/bidi.js';
import type { CallOrder, CallRecord } from '../../core/provider.js';
import { RowFormatter } from '../../shared-ui/data-table/row-formatter.js';
import type { DataTableColumn } from '../../shared-ui/data-table/columns.js';
import type { CallLogTableStrings } from './call-log-table.strings.js';

/** A call's cells as displayed (formatted once per call and display settings). */
export interface FormattedCall {
  startedAt: string;
  /** The numbers, grouped for reading (the CSV keeps E.164). */
  from: string;
  to: string;
  destination: string;
  duration: string;
  rate: string;
  charge: string;
}

/** Formats calls for display, caching each call's text while the settings stay the same. */
export class CallFormatter extends RowFormatter<CallRecord, FormattedCall> {
  constructor(unknownDestination: () => string) {
    super((call, display) => ({
      startedAt: formatDateTime(call.startedAt, display),
      from: formatPhoneNumber(plainText(call.from)),
      to: formatPhoneNumber(plainText(call.to)),
      destination: call.countryCode ? formatCountry(call.countryCode, display.locale) : call.destination || unknownDestination(),
      duration: formatDuration(call.durationSeconds, display.locale),
      rate: formatMoney(call.ratePerMinute, display.locale),
      charge: formatMoney(call.charge, display.locale),
    }));
  }
}

export interface CallColumnsInput {
  text: CallLogTableStrings;
  display: DisplaySettings;
  formatter: CallFormatter;
  order: CallOrder;
  onSort: () => void;
  /** Renders the Block button; omitted when the provider cannot block. */
  blockButton?: (call: CallRecord, tabIndex: 0 | -1) => unknown;
}

/** The table's columns: date and time (row header, sortable), from, to, destination, duration, rate, charge, Block. */
export function callColumns(input: CallColumnsInput): DataTableColumn<CallRecord>[] {
  const { text: t, display, formatter } = input;
  const f = (call: CallRecord) => formatter.format(call, display);
  const columns: DataTableColumn<CallRecord>[] = [
    {
      id: 'date',
      header: t.columnDate,
      minWidth: 13.5,
      grow: 1.4,
      rowHeader: true,
      sort: input.order === 'newest' ? 'descending' : 'ascending',
      onSort: input.onSort,
      render: (c) => f(c).startedAt,
    },
    { id: 'from', header: t.columnFrom, minWidth: 7.5, render: (c) => html`<span dir="ltr">${f(c).from}</span>` },
    { id: 'to', header: t.columnTo, minWidth: 9.5, render: (c) => html`<span dir="ltr">${f(c).to}</span>` },
    { id: 'destination', header: t.columnDestination, minWidth: 7, grow: 1, wrap: true, render: (c) => f(c).destination },
    { id: 'duration', header: t.columnDuration, minWidth: 5.5, align: 'end', render: (c) => f(c).duration },
    { id: 'rate', header: t.columnRate, minWidth: 7, align: 'end', render: (c) => f(c).rate },
    { id: 'charge', header: t.columnCharge, minWidth: 6, align: 'end', render: (c) => f(c).charge },
  ];
  const block = input.blockButton;
  if (block) {
    columns.push({
      id: 'actions',
      header: t.columnActions,
      minWidth: 6,
      grow: 0.5,
      control: true,
      render: (c, ctx) => block(c, ctx.tabIndex),
    });
  }
  return columns;
}
