import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Day } from '../../core/dates.js';

/** How often a connected host asks whether the day turned (ms). */
const EVERY = 30_000;

/**
 * Renders the host again when "today" turns to another day while it is on the page, so a range
 * counted from today (a default preset, an open-ended "from") follows the calendar: a page left
 * open over midnight shows the new day's rows, and on the 1st "This month" is the new month, not
 * the old one under its name. Asked every 30 s (a timer is late after a computer slept, so not
 * one timer set for midnight), and at once when the page is shown again or the host comes back.
 */
export class DayWatch implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private day: Day | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Today in the display time zone. */
    private readonly today: () => Day,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page (another section was shown meanwhile): at once, if the day turned.
    this.check();
    this.timer = setInterval(this.check, EVERY);
    document.addEventListener('visibilitychange', this.check);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.check);
  }

  hostUpdated(): void {
    this.day = this.today();
  }

  private readonly check = () => {
    if (this.day !== undefined && this.today() !== this.day) this.host.requestUpdate();
  };
}
