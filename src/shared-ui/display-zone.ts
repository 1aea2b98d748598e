import { addDays, browserTimeZone, isTimeZone, startOfDayInstant, today, type Day } from '../core/dates.js';
import { ProviderTask, type ProviderTaskHost } from '../core/provider-task.js';
import type { ReactiveController } from 'lit';
import type { AccountDataProvider } from '../core/provider.js';
import { lookUpTimeZone, onTimeZoneFound } from '../core/time-zone.js';
import { now } from '../core/clock.js';

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

/** What the provider's look-up gave, and for which provider. */
interface Derived {
  provider: AccountDataProvider;
  zone: string;
  /** False when a request failed: `zone` is a stand-in (the account's, or the browser's). */
  complete: boolean;
}

/**
 * The display time zone of a section: the one set on the element or inherited from
 * `<account-settings>` (the first name the browser knows), else the provider's (user →
 * account, asked once per provider), else the browser's. `zone` is `undefined` while the
 * provider's is being asked (also after a change of provider), so a section never queries a
 * range in the wrong zone.
 *
 * When the user's zone cannot be loaded, the account's or the browser's stands in
 * (`standIn`, which the section shows with `renderZoneNotice`). The zone is asked again by a
 * Retry ({@link DisplayZone.retry}), when the section comes back to the page, and as soon as
 * any other section on the same provider gets it. `today()` is the calendar day in a zone,
 * looked up at most once a minute.
 */
export class DisplayZone implements ReactiveController {
  private readonly task: ProviderTask<readonly [boolean], Derived>;
  /** Today in a zone, and the instants `[from, to)` it lasts: asked again only once the clock leaves them. */
  private memo = { zone: '', day: '', from: 0, to: 0 };
  /** Retries under way; only the latest one reloads. */
  private retries = 0;
  private retrying = false;
  /** A Retry's reload that waits for the element to come back to the page. */
  private onReturn: (() => void) | undefined;
  /** The look-up was under way when the element left: its task resumes it on return. */
  private resumes = false;
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
        const derived: Derived = { provider, zone: found.timeZone ?? browserTimeZone(), complete: found.complete };
        this.watch(derived);
        return derived;
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after a failed look-up: ask again (unless the interrupted run resumes).
    if (this.incomplete && !this.resumes) void this.task.run();
    this.resumes = false;
    const finish = this.onReturn;
    this.onReturn = undefined;
    if (finish) void this.task.settled().then(() => (this.host.isConnected ? finish() : (this.onReturn = finish)));
  }

  hostDisconnected(): void {
    this.resumes = this.task.pending;
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** The zone set on the element or inherited, if the browser knows it. */
  get explicit(): string | undefined {
    return this.explicitNames().find(knownZone);
  }

  /** The display time zone, once known. */
  get zone(): string | undefined {
    return this.explicit ?? this.derived?.zone;
  }

  /**
   * The zone standing in for the user's, which could not be loaded (the section says so, see
   * `renderZoneNotice`); `undefined` when the zone is the right one.
   */
  get standIn(): string | undefined {
    return this.incomplete ? this.derived?.zone : undefined;
  }

  /** True while a Retry asks for the zone again (the section shows that it is loading). */
  get asking(): boolean {
    return this.retrying;
  }

  /**
   * The section's Retry: when the zone look-up had failed as well, asks for the zone again
   * first (meanwhile `asking` is true), then calls `reload` — at once, or when the element is
   * back on the page; not when a newer Retry took over. `zoneChanged` says the answer differs
   * from the stand-in: a section whose query depends on the zone has then queried anew by
   * itself. When the look-up fails again, the data loads in the stand-in zone, as at first.
   */
  async retry(reload: (zoneChanged: boolean) => void): Promise<void> {
    if (!this.incomplete) return reload(false);
    const attempt = ++this.retries;
    const before = this.zone;
    this.setRetrying(true);
    try {
      await this.task.run();
      await this.task.settled();
    } catch (error) {
      this.setRetrying(false);
      throw error;
    }
    if (attempt !== this.retries) return;
    const finish = () => {
      this.setRetrying(false);
      reload(this.zone !== before);
    };
    // Still `asking` while away: the section shows it is loading, not its old error.
    if (this.host.isConnected) finish();
    else this.onReturn = finish;
  }

  /** Today in `zone`. */
  today(zone: string): Day {
    const at = now();
    const memo = this.memo;
    if (memo.zone !== zone || at < memo.from || at >= memo.to) {
      const day = today(zone, new Date(at));
      this.memo = { zone, day, from: Date.parse(startOfDayInstant(day, zone)), to: Date.parse(startOfDayInstant(addDays(day, 1), zone)) };
    }
    return this.memo.day;
  }

  private setRetrying(retrying: boolean): void {
    this.retrying = retrying;
    this.host.requestUpdate();
  }

  /** The provider's answer, if it is for the provider the element has now. */
  private get derived(): Derived | undefined {
    const derived = this.task.value;
    return derived && derived.provider === this.host.dataProvider ? derived : undefined;
  }

  /** The zone in use is a stand-in: no explicit one, and the provider's look-up failed. */
  private get incomplete(): boolean {
    const derived = this.derived;
    return this.explicit === undefined && derived !== undefined && !derived.complete;
  }

  /** After a failed look-up, takes the zone as soon as another section's look-up gets it. */
  private watch(derived: Derived): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
    if (derived.complete || !this.host.isConnected) return;
    const provider = derived.provider;
    this.stopWatching = onTimeZoneFound(provider, () => {
      this.stopWatching = undefined;
      if (this.host.dataProvider === provider) void this.task.run();
    });
  }
}
