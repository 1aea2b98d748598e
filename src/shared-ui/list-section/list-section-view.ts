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
export function renderListSection(
  list: Pick<ListSection<unknown, never, unknown>, 'waiting'>,
  title: string,
  content: unknown,
): TemplateResult {
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
export function renderListZoneNotice(
  list: Pick<ListSection<unknown, never, unknown>, 'zone' | 'supported'> & { source?: { status: string } | undefined },
  text: ListStrings,
): unknown {
  return renderZoneNotice(list.zone, text, list.supported && list.source?.status !== 'error');
}

export interface ListBodyOptions<T, P extends SourcePage<T>> {
  /** The empty state's text. */
  empty: string;
  /** Above the rows (or the empty text), e.g. totals. */
  above?: (source: RowSource<T, P>) => unknown;
  /** What `above` shows answers the newest query already (it says so while it loads): never dimmed. */
  aboveIsCurrent?: boolean;
  /** Classes of a wrapper around the table (e.g. one that fits its height to the rows). */
  bodyClass?: string;
}

/**
 * The body of a list section, in the order a user meets its states: no provider, not provided,
 * loading, error + Retry, then what stands above the rows (e.g. totals) and the rows — or the
 * empty text, with **Show <month>** for a range. While a new query loads, the previous rows stay.
 */
export function renderListBody<T, P extends SourcePage<T>, Q>(
  list: ListSection<T, P, Q>,
  text: SectionText,
  o: ListBodyOptions<T, P>,
): unknown {
  if (!list.host.dataProvider) return renderNoProvider(text);
  if (!list.supported) return renderNotSupported(text);
  const source = list.source;
  if (!source) return list.waiting ? renderLoading(text) : nothing;
  if (source.status === 'loading' || (source.status === 'error' && list.zone.asking)) return renderLoading(text);
  if (source.status === 'error') return renderError(source.failure!.error, text, () => list.retry());
  // While a new query's rows are on their way, what stands above the rows and the empty text are
  // dimmed and busy (the rows themselves stay readable: their cells may be muted already).
  const dim = list.table.switching ? 'reloading' : '';
  const busy = list.table.switching ? 'true' : 'false';
  const above = o.above?.(source);
  const top =
    above === undefined || above === nothing
      ? nothing
      : o.aboveIsCurrent
        ? above
        : html`<div class="list-above ${dim}" aria-busy=${busy}>${above}</div>`;
  if (source.rowCount === 0) {
    const earlier =
      list.range && text.showEarlierMonth
        ? renderEarlierMonth(list.range, { showEarlierMonth: text.showEarlierMonth }, list.host, list.display.locale)
        : undefined;
    return html`${top}
      <div class=${dim} aria-busy=${busy}>${renderEmpty(o.empty, earlier)}</div>`;
  }
  return html`${top} ${o.bodyClass ? html`<div class=${o.bodyClass}>${list.table.render()}</div>` : list.table.render()}`;
}
