import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import '../../src/elements/service-plan-panel/define.js';
import '../../src/elements/account-settings/define.js';
import '../../src/elements/call-log-table/define.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.js';
import type { ServicePlanPanel } from '../../src/elements/service-plan-panel/service-plan-panel.js';
import { createDemoProvider, type DemoProvider } from '../../src/providers/demo/index.js';
import { HttpProvider } from '../../src/providers/http/index.js';
import type { AccountDataProvider, RequestOptions, ServicePlan } from '../../src/core/provider.js';
import { ProviderError } from '../../src/core/errors.js';
import { $, recordTexts, textOf, type, waitFor, waitForText } from '../support/dom.js';
import { API_BASE, override, useApi } from '../support/msw.js';
import { pinClock } from '../support/clock.js';
import { PATIENCE_MS, until } from '../support/patience.js';
import { NOW } from './harness.js';

/*
 * Money truth (#16): a purchase the user confirmed outlives the panel, and an answer that did not
 * arrive is "unknown" — never "No users were bought" — until the plan read again settles it. What
 * settles it is said as what the plan shows: "not confirmed" when it is unchanged (the request may
 * still land), the plan's new count when it changed — never a charge, which only the answer says.
 * Through a plain provider and through HttpProvider + the mock REST API.
 */

pinClock(NOW);

const demo = (): DemoProvider => createDemoProvider({ seed: 8, now: NOW, size: 'small' });

async function mount(provider: AccountDataProvider): Promise<ServicePlanPanel> {
  const el = await fixture<ServicePlanPanel>(html`<service-plan-panel .provider=${provider} locale="en-US"></service-plan-panel>`);
  await waitFor(el, '#buy-count');
  return el;
}

/** Types a count, presses Buy and confirms. */
async function buy(el: ServicePlanPanel, count: string): Promise<void> {
  type($<HTMLInputElement>(el, '#buy-count')!, count);
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part~="buy-button"]')!.click();
  await waitFor(el, 'dialog[open]');
  $<HTMLButtonElement>(el, 'dialog [data-confirm]')!.click();
}

const usersOn = async (provider: AccountDataProvider) => (await provider.getServicePlan()).users.quantity;
const statusText = (el: ServicePlanPanel) => ($(el, '[part~="success"]')?.textContent ?? '').trim();

interface Gate {
  provider: AccountDataProvider;
  calls: Array<{ count: number; options: RequestOptions | undefined }>;
  /** Lets the waiting addUsers reach the server, then answers as `answer` says. */
  release(answer: 'ok' | 'drop' | 'drop-before-commit'): Promise<void>;
}

/** A plain provider whose addUsers waits until released; the server is the demo provider. */
function gated(server: DemoProvider): Gate {
  const calls: Gate['calls'] = [];
  let open: ((answer: 'ok' | 'drop' | 'drop-before-commit') => void) | undefined;
  let answered: Promise<unknown> = Promise.resolve();
  const provider: AccountDataProvider = Object.create(server, {
    addUsers: {
      value: (count: number, options?: RequestOptions) => {
        calls.push({ count, options });
        const result = new Promise<ServicePlan>((resolve, reject) => {
          open = (answer) => {
            if (answer === 'drop-before-commit') return reject(new ProviderError('network', 'Could not reach the server.'));
            server.addUsers(count, { idempotencyKey: options?.idempotencyKey }).then((plan) => {
              if (answer === 'ok') resolve(plan);
              else reject(new ProviderError('network', 'Could not reach the server.'));
            }, reject);
          };
        });
        answered = result.catch(() => undefined);
        return result;
      },
    },
  });
  return {
    provider,
    calls,
    async release(answer) {
      await until(() => open !== undefined, 'addUsers was never called');
      open!(answer);
      await answered;
    },
  };
}

describe('faults: lost answers and changes that outlive the panel', function () {
  this.timeout(20_000);
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('commit-then-remove: the purchase goes on without the panel, and the next panel announces it', async () => {
    const server = demo();
    const before = await usersOn(server);
    const gate = gated(server);
    const el = await mount(gate.provider);
    await buy(el, '3');
    await until(() => gate.calls.length === 1, 'no purchase');
    el.remove();
    expect(gate.calls[0]!.options?.signal, 'the purchase must not carry the panel’s abort signal').to.equal(undefined);
    await gate.release('ok');
    expect(await usersOn(server)).to.equal(before + 3);

    const back = await fixture<ServicePlanPanel>(html`<div></div>`);
    const added: CustomEvent[] = [];
    back.addEventListener('users-added', (e) => added.push(e as CustomEvent));
    const panel = document.createElement('service-plan-panel') as ServicePlanPanel;
    panel.setAttribute('locale', 'en-US');
    panel.provider = gate.provider;
    back.append(panel);
    await waitForText(panel, `Bought 3 users for`);
    expect(statusText(panel)).to.match(new RegExp(`Users on the plan: ${before + 3}\\.`));
    await until(() => added.length === 1, 'no users-added from the panel that came back');
    expect(added[0]!.detail.count).to.equal(3);
    expect(added[0]!.detail.plan.users.quantity).to.equal(before + 3);
    // Said once: a third panel does not announce it again.
    const third = await mount(gate.provider);
    await third.updateComplete;
    expect(statusText(third)).to.equal('');
  });

  it('commit-then-leave: the user switches section while buying; the page says it and fires users-added', async () => {
    const server = demo();
    const before = await usersOn(server);
    const gate = gated(server);
    const shell = await fixture<AccountSettings>(
      html`<account-settings .provider=${gate.provider} locale="en-US" section="service-plan"></account-settings>`,
    );
    const added: CustomEvent[] = [];
    shell.addEventListener('users-added', (e) => added.push(e as CustomEvent));
    await until(() => shell.sectionElement?.shadowRoot?.querySelector('#buy-count'), 'no Service Plan');
    await buy(shell.sectionElement as ServicePlanPanel, '3');
    await until(() => gate.calls.length === 1, 'no purchase');
    shell.section = 'per-minute';
    await shell.updateComplete;
    expect(shell.sectionElement?.localName).to.equal('call-log-table');
    await gate.release('ok');
    await until(() => added.length === 1, 'no users-added after leaving the section');
    expect(added[0]!.detail.plan.users.quantity).to.equal(before + 3);
    await waitForText(shell, 'Users bought: 3. The Service Plan shows the new plan.');
    // Back on Service Plan: the new plan, and no second announcement.
    shell.section = 'service-plan';
    await shell.updateComplete;
    const panel = shell.sectionElement as ServicePlanPanel;
    await until(() => textOf(panel).includes(String(before + 3)), 'the plan is stale');
    expect(statusText(panel)).to.equal('');
    expect(added.length).to.equal(1);
  });

  it('commit-then-drop: "couldn’t confirm — checking…", then settled from the plan, without a charge', async () => {
    const server = demo();
    const before = await usersOn(server);
    const gate = gated(server);
    const el = await mount(gate.provider);
    const added: CustomEvent[] = [];
    const errors: CustomEvent[] = [];
    el.addEventListener('users-added', (e) => added.push(e as CustomEvent));
    el.addEventListener('provider-error', (e) => errors.push(e as CustomEvent));
    const recording = recordTexts(el);
    const seen = recording.texts;
    await buy(el, '2');
    await gate.release('drop');
    await waitForText(el, `The plan now shows ${before + 2} users, 2 more than before your purchase.`);
    recording.stop();
    expect(
      seen.some((t) => t.includes('Bought 2 users for')),
      'a charge was said that no answer gave',
    ).to.equal(false);
    expect(seen.some((t) => t.includes("We couldn't confirm whether 2 users were bought — checking…"))).to.equal(true);
    expect(
      seen.some((t) => t.includes('No users were bought')),
      'a lost answer was called a failure',
    ).to.equal(false);
    expect(added.length).to.equal(1);
    expect(added[0]!.detail.cost, 'users-added names no charge').to.equal(undefined);
    expect(errors.length).to.equal(0);
    expect(textOf(el)).to.include(String(before + 2));
  });

  it('a lost answer with the plan unchanged: "not confirmed", never "No users were bought"; the same count again reuses the key', async () => {
    const server = demo();
    const before = await usersOn(server);
    const gate = gated(server);
    const el = await mount(gate.provider);
    await buy(el, '4');
    await gate.release('drop-before-commit');
    await waitForText(el, `The plan still shows ${before} users.`);
    expect(textOf(el)).to.include('The purchase was not confirmed.');
    expect(textOf(el)).to.include('To try again, buy 4 users again: the same purchase is sent, not a new one.');
    expect(textOf(el)).not.to.include('No users were bought');
    expect(await usersOn(server)).to.equal(before);
    await buy(el, '4');
    await until(() => gate.calls.length === 2, 'no second purchase');
    // The server might still take the first request up late: the retry carries the same key.
    expect(gate.calls[1]!.options?.idempotencyKey).to.equal(gate.calls[0]!.options?.idempotencyKey);
    await gate.release('ok');
    await waitForText(el, 'Bought 4 users for');
    expect(await usersOn(server)).to.equal(before + 4);
  });

  it('an unknown outcome is kept for the session: a reloaded page checks it and a retry reuses its key', async () => {
    const server = demo();
    const before = await usersOn(server);
    const gate = gated(server);
    const el = await mount(gate.provider);
    await buy(el, '5');
    await until(() => gate.calls.length === 1, 'no purchase');
    const key = gate.calls[0]!.options!.idempotencyKey!;
    expect(sessionStorage.getItem('pbx-account-widgets:changes:default')).to.include(key);
    // "Reload": a new provider object (a new journal) on the same session; the old request never answers.
    el.remove();
    const after = gated(server);
    const panel = await mount(after.provider);
    // It says it is checking, reads the plan, and settles: the plan shows the users before.
    await waitForText(panel, `The plan still shows ${before} users.`);
    await buy(panel, '5');
    await until(() => after.calls.length === 1, 'no retry');
    expect(after.calls[0]!.options?.idempotencyKey).to.equal(key);
    await after.release('ok');
    await waitForText(panel, 'Bought 5 users for');
  });

  it('twins: a second panel on the same provider shows the new plan without a reload', async () => {
    const server = demo();
    const before = await usersOn(server);
    const one = await mount(server);
    const two = await mount(server);
    await buy(one, '1');
    await waitForText(one, 'Bought 1 user for');
    await until(
      () => textOf(two).includes(`Users ${before + 1}`) || $(two, 'tbody td')?.textContent?.trim() === String(before + 1),
      `the twin still shows ${before}`,
    );
  });

  describe('through HttpProvider and the mock API', () => {
    /** The mock API buys the users for real, then answers the purchase with `answer()` (or never). */
    const commitThen = (server: DemoProvider, answer: () => Promise<Response> | Response) =>
      override(
        http.post(`${API_BASE}/service-plan/users`, async ({ request }) => {
          const body = (await request.json()) as { count: number };
          await server.addUsers(body.count, { idempotencyKey: request.headers.get('Idempotency-Key') ?? undefined });
          return answer();
        }),
      );

    it('commit-then-timeout: the server bought the users, the answer timed out: unknown, then bought', async function () {
      // The provider's timeout must leave the server time to commit, and the plan reads (the
      // panel's first, the check after the timeout) time to answer, on a loaded machine too: with
      // 400 ms the purchase sometimes timed out before the mock API had bought the users. 5 s is
      // far beyond any healthy answer; only the purchase's answer, which never comes, reaches it.
      const timeoutMs = 5000;
      this.timeout(timeoutMs + 3 * PATIENCE_MS);
      const server = demo();
      const before = await usersOn(server);
      useApi(server);
      commitThen(server, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      });
      const provider = new HttpProvider({ baseUrl: API_BASE, timeoutMs, retries: 0 });
      const el = await mount(provider);
      // "Checking…" shows only until the plan read answers (about 100 ms): recorded, not polled for.
      const recording = recordTexts(el);
      const unknown = "We couldn't confirm whether 3 users were bought — checking…";
      await buy(el, '3');
      await until(() => recording.texts.some((t) => t.includes(unknown)), `"${unknown}" never appeared`, timeoutMs + PATIENCE_MS);
      await waitForText(el, `The plan now shows ${before + 3} users, 3 more than before your purchase.`);
      recording.stop();
      expect(await usersOn(server)).to.equal(before + 3);
      expect(textOf(el)).not.to.include('No users were bought');
    });

    it('commit-then-drop: the connection drops after the server bought: never said as failed', async () => {
      const server = demo();
      const before = await usersOn(server);
      useApi(server);
      commitThen(server, () => HttpResponse.error());
      const el = await mount(new HttpProvider({ baseUrl: API_BASE, retries: 0 }));
      await buy(el, '2');
      await waitForText(el, `The plan now shows ${before + 2} users, 2 more than before your purchase.`);
      expect(await usersOn(server)).to.equal(before + 2);
      expect(textOf(el)).not.to.include('No users were bought');
    });
  });
});
