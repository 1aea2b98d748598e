import { newIdempotencyKey } from '../../core/idempotency-key.js';
import type { PasswordChange } from '../../core/provider.js';
import { ChangeFlow, type ChangeFlowHost, type ChangeOutcome, type ChangeStatus } from '../../shared-ui/change-flow.js';

/**
 * **Change password** through the shared change flow: the change the user submitted runs to its
 * end even when the panel leaves the page (no abort), once per submission, and its outcome is
 * `done`, `failed` (the provider refused: nothing changed) or `unknown` (the answer was lost).
 *
 * The intent is the form as filled in, never the password itself: nothing secret reaches the
 * change journal or `sessionStorage`. Submitting the same form again after a lost answer is the
 * same intent and reuses its idempotency key; editing a field makes a new one.
 */
export class PasswordChangeAction {
  /** Names the form as filled in now (random: no password material). */
  private subject = newIdempotencyKey();
  private readonly flow: ChangeFlow;

  constructor(private readonly host: ChangeFlowHost) {
    this.flow = new ChangeFlow(host);
  }

  /** The last outcome, for the panel's `role="status"` line. */
  get status(): ChangeStatus | undefined {
    return this.flow.status;
  }

  /** A submitted change is running (from this panel or another on the provider with this form). */
  get saving(): boolean {
    return this.flow.isRunning('change-password', this.subject);
  }

  /** Says an outcome on the panel's status line (`undefined` clears it). */
  say(status: ChangeStatus | undefined): void {
    this.flow.say(status);
  }

  /** The user changed a field: a later Save is a new intent (a new key). */
  edited(): void {
    if (!this.saving) this.subject = newIdempotencyKey();
  }

  /** Sends the change once; resolves with its outcome (`ignored`: no provider, or already running). */
  async submit(change: PasswordChange): Promise<ChangeOutcome<void>> {
    const outcome = await this.flow.run({
      intent: { kind: 'change-password', subject: this.subject },
      call: (provider, options) => provider.changePassword(change, options),
    });
    // Settled: the next submission is a new intent, unless this one's outcome is unknown.
    if (outcome.state !== 'unknown' && outcome.state !== 'ignored') this.subject = newIdempotencyKey();
    this.host.requestUpdate();
    return outcome;
  }
}
