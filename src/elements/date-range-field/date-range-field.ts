import { property, state } from 'lit/decorators.js';
import { PawElement } from '../../core/base-element.js';
import type { Translations } from '../../core/i18n/translations.js';
import { browserTimeZone, isDay, presetRange, today, type DayRange } from '../../core/dates.js';
import { DisplayZone } from '../../shared-ui/display-zone.js';
import { DateRangeController } from '../../shared-ui/date-range/date-range-controller.js';
import { dateRangeProblemText, renderDateRange } from '../../shared-ui/date-range/date-range-template.js';
import { dateRangeStyles } from '../../shared-ui/date-range/date-range.styles.js';
import { baseStyles } from '../../shared-ui/styles.js';
import { dateRangeFieldStyles } from './date-range-field.styles.js';
import { dateRangeFieldStrings, type DateRangeFieldStrings } from './date-range-field.strings.js';

/** Detail of `range-change`: the chosen days, both inclusive. */
export interface RangeChangeDetail {
  from: string;
  to: string;
}

/** Parses `YYYY-MM-DD/YYYY-MM-DD`. */
export function parseRangeValue(value: string | null | undefined): Partial<DayRange> {
  const [from, to] = String(value ?? '').split('/');
  return { from: from || undefined, to: to || undefined };
}

/**
 * A form-associated date-range field: **Period** presets (this month, last month, last 7, 30,
 * 90 days) and **From** / **To** calendar days, both inclusive, in the display time zone. The
 * same piece the range-filtered sections use, for a host's own forms and filters.
 *
 * Its form value is `YYYY-MM-DD/YYYY-MM-DD` under `name`. A malformed, reversed or too long
 * range (over `max-days`, else the provider's `limits.maxRangeDays`) is shown inline and makes
 * the field invalid (`checkValidity()` is false and the form will not submit). Unset, the range
 * is this month; it moves with the calendar while the page stays open, unless the user typed
 * or chose other dates (those stay). Form reset restores the `from`/`to` attributes.
 *
 * Typed dates apply shortly after the last edit or on Enter; a preset applies at once.
 *
 * @tagname date-range-field
 * @summary Two calendar days with presets, as one form field.
 *
 * @fires range-change - When the user applied a valid range. Detail: `{ from, to }` (`YYYY-MM-DD`). Bubbles, composed.
 * @fires change - Alongside `range-change`, like a native form control (bubbles, not composed).
 *
 * @csspart date-range - The fieldset.
 * @csspart preset - The Period select.
 * @csspart field - Each label + control group.
 * @csspart input - The From and To inputs.
 * @csspart date-from - The From input.
 * @csspart date-to - The To input.
 * @csspart field-error - The error message.
 *
 * @cssstate invalid - While the range cannot be used.
 */
export class DateRangeField extends PawElement<DateRangeFieldStrings> {
  static formAssociated = true;
  static override styles = [...baseStyles, dateRangeStyles, dateRangeFieldStyles];
  static override defaultStrings = dateRangeFieldStrings;
  /** Only the time-zone lookup (user → account) uses the provider. */
  static override providerMethods = ['getCurrentUser', 'getAccount'] as const;
  static override translations: Translations<DateRangeFieldStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  /** First day (`YYYY-MM-DD`, inclusive). The default value; also what a form reset restores. */
  @property({ reflect: true })
  from: string | undefined;

  /** Last day (`YYYY-MM-DD`, inclusive). */
  @property({ reflect: true })
  to: string | undefined;

  /** The form field name. */
  @property({ reflect: true })
  name: string | undefined;

  /** Longest range in days; default: the provider's `limits.maxRangeDays`, else unlimited. */
  @property({ attribute: 'max-days', type: Number })
  maxDays: number | undefined;

  /** Disables the field (also when a surrounding fieldset is disabled). */
  @property({ type: Boolean, reflect: true })
  disabled = false;

  /** Shows the "Date range" legend (it always names the group for assistive technology). */
  @property({ attribute: 'show-legend', type: Boolean })
  showLegend = false;

  @state() private formDisabled = false;
  /** The zone "today" is in: explicit or inherited, else the user's → account's, else the browser's. */
  private readonly displayZone = new DisplayZone(this, () => [this.timeZone, this.inheritedDisplay?.timeZone]);
  /**
   * The attributes and zone last applied, and the range they gave. The user's edits persist until
   * the attributes or the zone change; when only the day turned, a range still as it was given
   * moves with the day.
   */
  private applied: { key: string; value: string } | undefined;
  private limitKey: number | undefined;

  private readonly range = new DateRangeController(this, {
    today: () => today(this.zone),
    maxRangeDays: () => this.maxRangeDays,
    idPrefix: 'field',
    onCommit: (days) => this.onCommit(days),
  });

  /** The current range, `YYYY-MM-DD/YYYY-MM-DD` (empty while a date is incomplete). */
  get value(): string {
    const { from, to } = this.range;
    return from && to ? `${from}/${to}` : '';
  }

  /** Sets the current range (the `from`/`to` attributes stay the defaults a form reset restores). */
  set value(value: string) {
    this.range.setRange(parseRangeValue(value));
    this.requestUpdate();
  }

  /** The valid range, or `undefined`. */
  get valueAsRange(): DayRange | undefined {
    return this.range.value;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  private get zone(): string {
    return this.displayZone.zone ?? browserTimeZone();
  }

  private get maxRangeDays(): number | undefined {
    const own = this.maxDays;
    if (typeof own === 'number' && Number.isFinite(own) && own > 0) return Math.floor(own);
    return this.dataProvider?.limits?.maxRangeDays;
  }

  /** The attributes' range, defaults filled in. */
  private defaults(): DayRange {
    const month = presetRange('this-month', today(this.zone));
    // An empty attribute means "not set".
    return { from: this.from || month.from, to: this.to || (this.from && isDay(this.from) ? today(this.zone) : month.to) };
  }

  override willUpdate(): void {
    const days = this.defaults();
    const key = `${this.from}|${this.to}|${this.zone}`;
    const value = `${days.from}/${days.to}`;
    const applied = this.applied;
    if (!applied || applied.key !== key || (applied.value !== value && this.value === applied.value)) {
      this.applied = { key, value };
      this.limitKey = this.maxRangeDays;
      this.range.setRange(days);
    } else if (this.limitKey !== this.maxRangeDays) {
      this.limitKey = this.maxRangeDays;
      this.range.validate();
    }
    this.range.disabled = this.disabled || this.formDisabled;
  }

  override updated(): void {
    this.syncForm();
  }

  /** Called by the form: restores the `from`/`to` attributes. */
  formResetCallback(): void {
    this.applied = undefined;
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  private syncForm(): void {
    const value = this.value;
    this.internals.setFormValue(value || null, value);
    const problem = this.range.problem;
    if (problem) {
      const anchor = this.renderRoot.querySelector<HTMLElement>(problem === 'malformed-to' ? '#field-to' : '#field-from') ?? undefined;
      this.internals.setValidity({ customError: true }, dateRangeProblemText(problem, this.text, this.maxRangeDays), anchor);
    } else {
      this.internals.setValidity({});
    }
    this.setCssState('invalid', problem !== null);
  }

  private onCommit(days: DayRange): void {
    // The user's choice is the field's state; the attributes stay the defaults a reset restores.
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent<RangeChangeDetail>('range-change', { detail: { ...days }, bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  override render() {
    return renderDateRange(this.range, this.text, { showLegend: this.showLegend, maxDays: this.maxRangeDays });
  }
}

declare global {
  interface HTMLElementEventMap {
    'range-change': CustomEvent<RangeChangeDetail>;
  }
}
