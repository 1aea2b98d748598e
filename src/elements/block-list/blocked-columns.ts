import { html } from 'lit';
import { formatDateTime, type DisplaySettings } from '../../core/format.js';
import { formatPhoneNumber, isExtension } from '../../core/phone.js';
import type { BlockedNumber } from '../../core/provider.js';
import type { DataTableColumn } from '../../shared-ui/data-table/columns.js';
import type { BlockListStrings } from './block-list.strings.js';
import { plainText } from '../../core/bidi.js';

/** A number as people read it: grouped E.164, or "Extension 1001". The provider's form is kept for actions. */
export function displayNumber(number: string, t: BlockListStrings): string {
  return isExtension(number) ? t.extension(number) : formatPhoneNumber(number);
}

export interface BlockedColumnsInput {
  text: BlockListStrings;
  display: DisplaySettings;
  /** Renders the Unblock button of a row. */
  unblockButton: (blocked: BlockedNumber, tabIndex: 0 | -1) => unknown;
}

function when(blocked: BlockedNumber, display: DisplaySettings, t: BlockListStrings): string {
  const at = blocked.blockedAt ? Date.parse(blocked.blockedAt) : NaN;
  return Number.isNaN(at) ? t.unknownDate : formatDateTime(blocked.blockedAt!, display);
}

/** The table's columns: number (row header), when, reason or origin, Unblock. */
export function blockedColumns(input: BlockedColumnsInput): DataTableColumn<BlockedNumber>[] {
  const { text: t, display, unblockButton } = input;
  return [
    {
      id: 'number',
      header: t.columnNumber,
      minWidth: 12,
      grow: 1.2,
      rowHeader: true,
      // Digits read left to right in any locale; the E.164 form stays in the data for actions.
      render: (b) => html`<span dir=${isExtension(b.number) ? 'auto' : 'ltr'}>${displayNumber(b.number, t)}</span>`,
    },
    { id: 'blocked-at', header: t.columnBlockedAt, minWidth: 13, grow: 1.2, render: (b) => when(b, display, t) },
    {
      id: 'reason',
      header: t.columnReason,
      minWidth: 10,
      grow: 1.6,
      wrap: true,
      render: (b) => plainText(b.reason ?? '').trim() || t.noReason,
    },
    { id: 'actions', header: t.columnActions, minWidth: 8, grow: 0.6, control: true, render: (b, ctx) => unblockButton(b, ctx.tabIndex) },
  ];
}
