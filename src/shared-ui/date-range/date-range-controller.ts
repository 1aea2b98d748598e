import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  addDays,
  addMonths,
  checkDayRange,
  dayRangeToInstants,
  presetRange,
  startOfMonth,
  type Day,
  type DayRange,
  type DayRangeProblem,
  type RangePreset,
} from '../../core/dates.js';
import type { DateRange } from '../../core/provider.js';
import { DayWatch } from './day-watch.js';

export interface DateRangeOptions {
  /** Today in the display time zone (the presets count from it). */
  today: () => Day;
  /** The provider's `limits.maxRangeDays`, if any. */
  maxRangeDays: () => number | undefined;
  /** The user chose a valid range (typed dates, or a preset). Not called for `setRange()`. */
  onCommit: (range: DayRange) => void;
  /** Presets offered, in order (default: this month, last month, last 7, 30, 90 days). */
  presets?: readonly RangePreset[];
  /** Typed dates are applied this long after the last edit (ms, default 400), or on Enter. */
  commitDelay?: number;
  /** Prefix of the ids inside the host's shadow root (default `range`). */
  idPrefix?: string;
}

export const DEFAULT_PRESETS: readonly RangePreset[] = ['this-month', 'last-month', 'last-7-days', 'last-30-days', 'last-90-days'];

/**
 * The state and behaviour of a date-range field — two calendar days, both inclusive, plus
 * presets — for any element (see `date-range-template.ts` for its markup and
 * `<date-range-field>` for the public, form-associated element). Days are `YYYY-MM-DD` in the
 * display time zone; turning them into instants is the caller's job (`dayRangeToInstants`).
 *
 * A range set from outside (`setRange`) is checked at once; one the user types is checked and
 * applied shortly after the last keystroke (or on Enter), a preset at once. A malformed,
 * reversed or too long range sets `problem` (shown inline) and is never committed. No DOM
 * events: the host gets `onCommit` and decides what to announce.
 */
export class DateRangeController implements ReactiveController {
  /** The From field's value (`''` while incomplete). */
  from = '';
  /** The To field's value (`''` while incomplete). */
  to = '';
  /** Why the range cannot be used, or `null`. */
  problem: DayRangeProblem | null = null;
  disabled = false;

  readonly idPrefix: string;
  readonly presets: readonly RangePreset[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What `showDays` last showed, and the instants it gave. */
  private shown: { key: string; instants: DateRange | undefined } = { key: '', instants: undefined };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DateRangeOptions,
  ) {
    this.idPrefix = options.idPrefix ?? 'range';
    this.presets = options.presets ?? DEFAULT_PRESETS;
    host.addController(this);
    // Renders the host again when the day turns (a range counted from today moves with it).
    new DayWatch(host, options.today);
  }

  /** The range when valid. */
  get value(): DayRange | undefined {
    return this.problem === null && this.from && this.to ? { from: this.from, to: this.to } : undefined;
  }

  /** The preset the current days match, if any. */
  get preset(): RangePreset | undefined {
    const today = this.options.today();
    return this.presets.find((p) => {
      const r = presetRange(p, today);
      return r.from === this.from && r.to === this.to;
    });
  }

  hostDisconnected(): void {
    this.cancelPending();
  }

  /** Sets the days from outside (attributes, a form reset) and checks them; never commits. */
  setRange(range: Partial<DayRange>): void {
    this.cancelPending();
    this.from = range.from ?? '';
    this.to = range.to ?? '';
    this.validate();
  }

  /**
   * For a section filtered by this range: shows `days` (its attributes' range, defaults filled
   * in) and returns their half-open instants in `zone` while valid, else `undefined`. Hosts call
   * it on every update (every scroll step): it does work only when the days, the zone or the
   * limit changed, and otherwise returns the same object, so a query can compare by identity.
   */
  showDays(days: DayRange, zone: string): DateRange | undefined {
    const key = `${days.from}|${days.to}|${zone}|${this.options.maxRangeDays() ?? ''}`;
    if (key !== this.shown.key) {
      this.setRange(days);
      this.shown = { key, instants: this.problem === null ? dayRangeToInstants(days.from, days.to, zone) : undefined };
    }
    return this.shown.instants;
  }

  /** Checks the days again (e.g. the provider's limit changed). */
  validate(): DayRangeProblem | null {
    this.problem = checkDayRange({ from: this.from, to: this.to }, this.options.maxRangeDays());
    return this.problem;
  }

  /**
   * The whole calendar month before the one the From day is in, while the range is valid: what
   * an empty range offers next (on the 1st, "This month" has hardly begun; one click shows the
   * month before).
   */
  get earlierMonth(): DayRange | undefined {
    const range = this.value;
    if (!range) return undefined;
    const from = addMonths(startOfMonth(range.from), -1);
    return { from, to: addDays(startOfMonth(range.from), -1) };
  }

  /** Shows {@link earlierMonth}, as if the user typed it. */
  showEarlierMonth(): void {
    const month = this.earlierMonth;
    if (!month) return;
    this.from = month.from;
    this.to = month.to;
    this.commit();
  }

  /** Applies a preset, as if the user chose it. */
  applyPreset(preset: RangePreset): void {
    const range = presetRange(preset, this.options.today());
    this.from = range.from;
    this.to = range.to;
    this.commit();
  }

  /** The user edited a field: apply it after the commit delay. */
  edit(field: 'from' | 'to', value: string, badInput = false): void {
    this[field] = badInput ? '' : value;
    this.cancelPending();
    this.timer = setTimeout(() => this.commit(), this.options.commitDelay ?? 400);
    this.host.requestUpdate();
  }

  /** Checks the typed days now and applies them when valid. */
  commit(): void {
    this.cancelPending();
    const problem = this.validate();
    this.host.requestUpdate();
    if (problem === null) this.options.onCommit({ from: this.from, to: this.to });
  }

  /** Whether `field` is part of the problem. */
  isInvalid(field: 'from' | 'to'): boolean {
    switch (this.problem) {
      case 'malformed-from':
        return field === 'from';
      case 'malformed-to':
        return field === 'to';
      case 'reversed':
      case 'too-long':
        return true;
      default:
        return false;
    }
  }

  private cancelPending(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
