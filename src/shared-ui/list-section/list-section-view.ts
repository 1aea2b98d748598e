import { html, nothing, type TemplateResult } from 'lit';
import type { DateRangeStrings } from '../date-range/date-range.strings.js';
import { renderDateRange, renderEarlierMonth } from '../date-range/date-range-template.js';
import type { RowSource, SourcePage } from '../data-table/row-source.js';
import { renderEmpty, renderError, renderLoading, renderNoProvider, renderNotSupported } from '../states.js';
import { renderZoneNotice } from '../zone-notice.js';
import type { ListSection } from './list-section.js';
import type { ListStrings } from './list-strings.js';

/** A list section's text, with the date-range field's when it has a range. */
type SectionText = ListStrings & Partial<DateRangeStrings>;

/**
 * The section around a list: part `base`, busy while rows are on their way, and its heading
 * (`#title`, which names the section).
 */
export function renderListSection(list: Pick<ListSection<unknown, never, unknown>, 'waiting'>, title: string, content: unknown): TemplateResult {
  return html`<section part="base" aria-labelledby="title" aria-busy=${list.waiting ? 'true' : 'false'}>
    <h2 part="title" class="panel-title" id="title">${title}</h2>
    ${content}
  </section>`;
}

/** The range field of a section with a range (nothing for one without). */
export function renderListRange<T, P extends SourcePage<T>, Q>(list: ListSection<T, P, Q>, text: DateRangeStrings): unknown {
  return list.range ? renderDateRange(list.range, text, { maxDays: list.host.dataProvider?.limits?.maxRangeDays }) : nothing;
}

/** The stand-in zone notice, except while the section shows its own error (whose Retry asks too). */
export function renderListZoneNotice<T, P extends SourcePage<T>, Q>(list: ListSection<T, P, Q>, text: ListStrings): unknown {
  return renderZoneNotice(list.zone, text, list.supported && list.source?.status !== 'error');
}

export interface ListBodyOptions<T, P extends SourcePage<T>> {
  /** The empty state's text. */
  empty: string;
  /** Above the rows (or the empty text), e.g. totals. */
  above?: (source: RowSource<T, P>) => unknown;
  /** Classes of the rows' wrapper (e.g. one that fits its height to the rows). */
  bodyClass?: string;
}

/**
 * The body of a list section, in the order a user meets its states: no provider, not provided,
 * loading, error + Retry, then the rows — or the empty text, with **Show <month>** for a range —
 * in a wrapper that is busy while a new query's rows are on their way (the previous stay).
 */
export function renderListBody<T, P extends SourcePage<T>, Q>(list: ListSection<T, P, Q>, text: SectionText, o: ListBodyOptions<T, P>): unknown {
  if (!list.host.dataProvider) return renderNoProvider(text);
  if (!list.supported) return renderNotSupported(text);
  const source = list.source;
  if (!source) return list.waiting ? renderLoading(text) : nothing;
  if (source.status === 'loading' || (source.status === 'error' && list.zone.asking)) return renderLoading(text);
  if (source.status === 'error') return renderError(source.failure!.error, text, () => list.retry());
  const switching = list.table.switching;
  const earlier = list.range && text.showEarlierMonth ? renderEarlierMonth(list.range, { showEarlierMonth: text.showEarlierMonth }, list.host, list.display.locale) : undefined;
  return html`<div class="list-body ${o.bodyClass ?? ''} ${switching ? 'reloading' : ''}" aria-busy=${switching ? 'true' : 'false'}>
    ${o.above?.(source) ?? nothing} ${source.rowCount === 0 ? renderEmpty(o.empty, earlier) : list.table.render()}
  </div>`;
}
