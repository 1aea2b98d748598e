import { browserTimeZone, isTimeZone, today, type Day } from '../core/dates.js';
import { ProviderTask, type ProviderTaskHost } from '../core/provider-task.js';
import { lookUpTimeZone } from '../core/time-zone.js';

/** `isTimeZone` builds an `Intl.DateTimeFormat` to answer; zone names are few, so remember. */
const zoneNames = new Map<string, boolean>();
/** Whether the browser knows the zone `name` (`isTimeZone`, remembered per name). */
export function knownZone(name: string | undefined): name is string {
  if (!name) return false;
  let known = zoneNames.get(name);
  if (known === undefined) {
    known = isTimeZone(name);
    zoneNames.set(name, known);
  }
  return known;
}

/**
 * The display time zone of a section: the one set on the element or inherited from
 * `<account-settings>` (the first name the browser knows), else the provider's (user →
 * account, asked once per provider), else the browser's. `zone` is `undefined` while the
 * provider's is being asked, so a section never queries a range in the wrong zone.
 * When that look-up fails the browser's zone stands in, and the section's Retry
 * ({@link DisplayZone.retry}) asks again. `today()` is the calendar day in a zone, looked up at
 * most once a minute.
 */
export class DisplayZone {
  private readonly task: ProviderTask<readonly [boolean], string>;
  private memo = { zone: '', day: '', at: 0 };
  /** The last look-up failed: the browser's zone stands in. */
  private incomplete = false;
  private retrying = false;

  constructor(
    private readonly host: ProviderTaskHost,
    /** The zone names set on the element, in priority order. */
    private readonly explicitNames: () => ReadonlyArray<string | undefined>,
  ) {
    this.task = new ProviderTask(host, {
      operation: 'getCurrentUser',
      args: () => [this.explicit !== undefined] as const,
      ready: ([explicit]) => !explicit,
      run: async (provider, _args, { signal }) => {
        const found = await lookUpTimeZone(provider, signal);
        this.incomplete = !found.complete;
        return found.timeZone ?? browserTimeZone();
      },
    });
  }

  /** The zone set on the element or inherited, if the browser knows it. */
  get explicit(): string | undefined {
    return this.explicitNames().find(knownZone);
  }

  /** The display time zone, once known. */
  get zone(): string | undefined {
    return this.explicit ?? this.task.value;
  }

  /** True while a Retry asks for the zone again (the section shows that it is loading). */
  get asking(): boolean {
    return this.retrying;
  }

  /**
   * The section's Retry: when the zone look-up had failed as well, asks for the zone again
   * first (meanwhile `asking` is true), then calls `reload`. `zoneChanged` says the answer
   * differs from the stand-in zone: a section whose query depends on the zone has then queried
   * anew by itself. Data never arrives in the stand-in zone after a Retry.
   */
  async retry(reload: (zoneChanged: boolean) => void): Promise<void> {
    if (!this.incomplete || this.explicit !== undefined) return reload(false);
    const before = this.zone;
    this.retrying = true;
    this.host.requestUpdate();
    try {
      await this.task.run();
    } finally {
      this.retrying = false;
      this.host.requestUpdate();
    }
    reload(this.zone !== before);
  }

  /** Today in `zone`. */
  today(zone: string): Day {
    const now = Date.now();
    const memo = this.memo;
    if (memo.zone !== zone || now - memo.at > 60_000 || now < memo.at) this.memo = { zone, day: today(zone, new Date(now)), at: now };
    return this.memo.day;
  }
}
