import { property } from 'lit/decorators.js';
import { PawElement } from '../../core/base-element.js';
import type { RangePreset } from '../../core/dates.js';
import type { StringsTable } from '../../core/strings.js';
import type { ListRange } from './list-section.js';

/**
 * The base of a section filtered by a range of calendar days in the display time zone: its
 * `from` and `to` attributes (both inclusive; unset, the section's default range, which its
 * description names) and the {@link ListRange} its {@link ListSection} reads them through.
 */
export abstract class RangeSection<S extends StringsTable> extends PawElement<S> {
  /** First day of the range, `YYYY-MM-DD` (inclusive). Unset or empty: the first day of the section's default range. */
  @property({ reflect: true })
  from: string | undefined;

  /**
   * Last day of the range, `YYYY-MM-DD` (inclusive). Unset or empty: today (or the default range's
   * last day when `from` is unset too). A range counted from today moves with the calendar while
   * the page stays open (past midnight, "This month" is the new day's month).
   */
  @property({ reflect: true })
  to: string | undefined;

  /** The range for this element's list: `preset` fills in what `from` / `to` leave unset; a range the user chooses sets them. */
  protected rangeOf(preset: RangePreset, presets?: readonly RangePreset[]): ListRange {
    return {
      preset,
      presets,
      days: () => ({ from: this.from, to: this.to }),
      commit: (days) => {
        this.from = days.from;
        this.to = days.to;
      },
    };
  }
}
