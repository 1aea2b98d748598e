import type { ChangeRecord } from '../../core/change-journal.js';
import { JournalFollower, type JournalFollowerHost } from '../../shared-ui/journal-follower.js';

/**
 * What the shell says about a change of users that settled while no Service Plan panel was on
 * screen to say it (the user switched section after confirming a purchase): the section that
 * would have announced it is gone, so the page does, once. A lost answer is left open for the
 * Service Plan panel, which settles it from the plan when it is opened again.
 */
export class ChangeNotices {
  private readonly follower: JournalFollower;

  constructor(host: JournalFollowerHost, announce: (record: ChangeRecord) => void) {
    this.follower = new JournalFollower(host, {
      heard: (record, journal) => {
        if (record.kind !== 'add-users' && record.kind !== 'remove-users') return;
        // A panel on screen hears it in the same turn; only what is still unsaid is the page's.
        queueMicrotask(() => {
          if (record.announced || this.follower.journal !== journal || record.state === 'pending') return;
          if (record.state !== 'unknown') journal.announced(record);
          announce(record);
        });
      },
    });
  }
}
