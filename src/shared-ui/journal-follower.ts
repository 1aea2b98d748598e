import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChangeJournal, type ChangeRecord } from '../core/change-journal.js';
import type { AccountDataProvider } from '../core/provider.js';

export interface JournalFollowerHost extends ReactiveControllerHost {
  readonly dataProvider: AccountDataProvider | undefined;
  readonly isConnected: boolean;
}

export interface JournalFollowerOptions {
  /** Every settled change on the provider. */
  heard: (record: ChangeRecord, journal: ChangeJournal) => void;
  /** Heard first for the changes it started (see `ChangeJournal.run`'s `origin`). */
  owner?: object;
  /** The element now follows this journal (on connect, or when its provider changed). */
  followed?: (journal: ChangeJournal) => void;
}

/**
 * Keeps an element subscribed to the change journal of the provider it has now, while it is on
 * the page: subscribes on connect, moves when the provider changes, unsubscribes on disconnect.
 */
export class JournalFollower implements ReactiveController {
  /** The journal followed now, if any. */
  journal: ChangeJournal | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: JournalFollowerHost,
    private readonly options: JournalFollowerOptions,
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

  /** Subscribes to the journal of the host's provider now (cheap when it did already). */
  follow(): void {
    const provider = this.host.dataProvider;
    const journal = provider && this.host.isConnected ? ChangeJournal.for(provider) : undefined;
    if (journal === this.journal) return;
    this.unsubscribe?.();
    this.journal = journal;
    if (!journal) return;
    this.unsubscribe = journal.subscribe((record) => this.options.heard(record, journal), this.options.owner);
    this.options.followed?.(journal);
  }
}
