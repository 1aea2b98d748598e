import { browserTimeZone, isTimeZone, today, type Day } from '../core/dates.js';
import { ProviderTask, type ProviderTaskHost } from '../core/provider-task.js';
import type { ReactiveController } from 'lit';
import type { AccountDataProvider } from '../core/provider.js';
import { lookUpTimeZone, onTimeZoneFound } from '../core/time-zone.js';

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
 *
 * When that look-up fails the browser's zone stands in. The zone is asked again by the
 * section's Retry ({@link DisplayZone.retry}), when the section comes back to the page, and as
 * soon as any other section on the same provider gets it. `today()` is the calendar day in a
 * zone, looked up at most once a minute.
 */
export class DisplayZone implements ReactiveController {
  private readonly task: ProviderTask<readonly [boolean], string>;
  private memo = { zone: '', day: '', at: 0 };
  /** The last look-up failed: the browser's zone stands in. */
  private incomplete = false;
  /** Retries under way; only the latest one reloads. */
  private retries = 0;
  private retrying = false;
  private stopWatching: (() => void) | undefined;

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
        this.watch(provider);
        return found.timeZone ?? browserTimeZone();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after a failed look-up: ask again.
    if (this.incomplete && !this.stopWatching && this.host.dataProvider) void this.task.run();
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** The zone set on the element or inherited, if the browser knows it. */
  get explicit(): string | undefined {
    return this.explicitNames().find(knownZone);
  }

  /** The display time zone, once known. */
  get zone(): string | undefined {
    return this.explicit ?? this.task.value;
  }

  /**
   * The zone standing in for the provider's, which could not be loaded (the section says so,
   * see `renderZoneNotice`); `undefined` when the zone is the right one or is being asked again.
   */
  get standIn(): string | undefined {
    return this.incomplete && this.explicit === undefined && !this.retrying ? this.task.value : undefined;
  }

  /** True while a Retry asks for the zone again (the section shows that it is loading). */
  get asking(): boolean {
    return this.retrying;
  }

  /**
   * The section's Retry: when the zone look-up had failed as well, asks for the zone again
   * first (meanwhile `asking` is true), then calls `reload` — unless the element left the page
   * or a newer Retry took over. `zoneChanged` says the answer differs from the stand-in zone: a
   * section whose query depends on the zone has then queried anew by itself. When the zone
   * look-up fails again, the data loads in the stand-in zone, as on the first load.
   */
  async retry(reload: (zoneChanged: boolean) => void): Promise<void> {
    if (!this.incomplete || this.explicit !== undefined) return reload(false);
    const attempt = ++this.retries;
    const before = this.zone;
    this.retrying = true;
    this.host.requestUpdate();
    try {
      await this.task.run();
      await this.task.settled();
    } finally {
      if (attempt === this.retries) {
        this.retrying = false;
        this.host.requestUpdate();
      }
    }
    if (attempt === this.retries && this.host.isConnected) reload(this.zone !== before);
  }

  /** Today in `zone`. */
  today(zone: string): Day {
    const now = Date.now();
    const memo = this.memo;
    if (memo.zone !== zone || now - memo.at > 60_000 || now < memo.at) this.memo = { zone, day: today(zone, new Date(now)), at: now };
    return this.memo.day;
  }

  /** After a failed look-up, takes the zone as soon as another section's look-up gets it. */
  private watch(provider: AccountDataProvider): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
    if (!this.incomplete || !this.host.isConnected) return;
    this.stopWatching = onTimeZoneFound(provider, () => {
      this.stopWatching = undefined;
      if (this.host.dataProvider === provider) void this.task.run();
    });
  }
}
