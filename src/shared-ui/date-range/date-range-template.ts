import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DayRangeProblem, RangePreset } from '../../core/dates.js';
import type { DateRangeController } from './date-range-controller.js';
import { formatMonth } from '../../core/format.js';
import { PRESET_LABEL, type DateRangeStrings } from './date-range.strings.js';

/** The message for a problem, from the host's strings. */
export function dateRangeProblemText(problem: DayRangeProblem, text: DateRangeStrings, maxDays: number | undefined): string {
  switch (problem) {
    case 'malformed-from':
      return text.errorMalformedFrom;
    case 'malformed-to':
      return text.errorMalformedTo;
    case 'reversed':
      return text.errorReversed;
    case 'too-long':
      return text.errorTooLong(maxDays ?? 0);
  }
}

export interface DateRangeTemplateOptions {
  /** Show the legend ("Date range") visibly; otherwise it names the group for assistive tech only. */
  showLegend?: boolean;
  /** The provider's maximum span, for the "too long" message. */
  maxDays?: number | undefined;
}

const stop = (event: Event) => event.stopPropagation();

/**
 * The date-range field's markup: a fieldset with a **Period** select (presets), **From** and
 * **To** date inputs (native: keyboard entry by segment, a calendar picker, labelled for screen
 * readers), and an inline error (`role="alert"`, linked with `aria-describedby`, the offending
 * inputs `aria-invalid`). Its native `input`/`change` events stay inside the host.
 */
export function renderDateRange(c: DateRangeController, text: DateRangeStrings, o: DateRangeTemplateOptions = {}): TemplateResult {
  const id = c.idPrefix;
  const preset = c.preset;
  const error = c.problem ? dateRangeProblemText(c.problem, text, o.maxDays) : '';
  const describedBy = error ? `${id}-error` : nothing;
  const onDate = (field: 'from' | 'to') => (event: Event) => {
    event.stopPropagation();
    const input = event.currentTarget as HTMLInputElement;
    c.edit(field, input.value, input.validity.badInput);
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      c.commit();
    }
  };
  const onPreset = (event: Event) => {
    event.stopPropagation();
    const value = (event.currentTarget as HTMLSelectElement).value;
    if (value) c.applyPreset(value as RangePreset);
  };
  /** The **From** or **To** field: `id="<prefix>-from"`, parts `input date-from` (`date-to`). */
  const dateField = (field: 'from' | 'to') =>
    html`<div class="field" part="field">
      <label for="${id}-${field}">${text[field]}</label>
      <input
        id="${id}-${field}"
        part="input date-${field}"
        type="date"
        .value=${live(c[field])}
        aria-invalid=${c.isInvalid(field) ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @input=${onDate(field)}
        @change=${onDate(field)}
        @keydown=${onKeydown}
      />
    </div>`;
  return html`<fieldset class="date-range" part="date-range" ?disabled=${c.disabled} @input=${stop} @change=${stop}>
    <legend class=${o.showLegend ? 'date-range-legend' : 'visually-hidden'}>${text.rangeLegend}</legend>
    <div class="date-range-fields">
      <div class="field" part="field">
        <label for="${id}-preset">${text.period}</label>
        <select id="${id}-preset" part="preset" .value=${live(preset ?? '')} @change=${onPreset}>
          <option value="" ?selected=${!preset}>${text.presetCustom}</option>
          ${c.presets.map((p) => html`<option value=${p} ?selected=${p === preset}>${text[PRESET_LABEL[p]] as string}</option>`)}
        </select>
      </div>
      ${dateField('from')} ${dateField('to')}
    </div>
    <p class="field-error date-range-error" part="field-error" id="${id}-error" role="alert">${error}</p>
  </fieldset>`;
}

/**
 * For an empty range: a button that shows the calendar month before it (**Show November
 * 2026**), or nothing while the range is not valid. Focus moves to the From field, which then
 * holds the new range, so keyboard users stay in the filter.
 */
export function renderEarlierMonth(
  c: DateRangeController,
  text: Pick<DateRangeStrings, 'showEarlierMonth'>,
  host: HTMLElement,
  locale?: string,
): TemplateResult | undefined {
  const month = c.earlierMonth;
  if (!month) return undefined;
  const show = () => {
    c.showEarlierMonth();
    host.shadowRoot?.querySelector<HTMLElement>(`#${c.idPrefix}-from`)?.focus();
  };
  return html`<button part="earlier-button" class="button earlier" type="button" @click=${show}>
    ${text.showEarlierMonth(formatMonth(month.from, locale))}
  </button>`;
}
