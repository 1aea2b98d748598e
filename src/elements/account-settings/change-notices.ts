import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChangeJournal, type ChangeRecord } from '../../core/change-journal.js';
import type { AccountDataProvider } from '../../core/provider.js';

export interface ChangeNoticesHost extends ReactiveControllerHost {
  readonly dataProvider: AccountDataProvider | undefined;
  readonly isConnected: boolean;
}

/**
 * What the shell says about a change of users that settled while no Service Plan panel was on
 * screen to say it (the user switched section after confirming a purchase): the section that
 * would have announced it is gone, so the page does, once. A lost answer is left open for the
 * Service Plan panel, which settles it from the plan when it is opened again.
 */
export class ChangeNotices implements ReactiveController {
  private journal: ChangeJournal | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ChangeNoticesHost,
    private readonly announce: (record: ChangeRecord) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.journal = undefined;
  }

  private follow(): void {
    const provider = this.host.dataProvider;
    const journal = provider && this.host.isConnected ? ChangeJournal.for(provider) : undefined;
    if (journal === this.journal) return;
    this.unsubscribe?.();
    this.journal = journal;
    this.unsubscribe = journal?.subscribe((record) => {
      if (record.kind !== 'add-users' && record.kind !== 'remove-users') return;
      // A panel on screen hears it in the same turn; only what is still unsaid is the page's.
      queueMicrotask(() => {
        if (record.announced || this.journal !== journal || record.state === 'pending') return;
        if (record.state !== 'unknown') journal.announced(record);
        this.announce(record);
      });
    });
  }
}
