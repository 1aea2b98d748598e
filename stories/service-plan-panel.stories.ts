import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/elements/service-plan-panel/define.js';
import { addMoney, sumMoney } from '../src/core/money.js';
import { ProviderError } from '../src/core/errors.js';
import type { AccountDataProvider, ServicePlan } from '../src/core/provider.js';
import type { DemoProviderOptions } from '../src/providers/demo/index.js';
import { providerFor, httpHandlers, scenarioArgType, type Scenario } from './support/scenarios.js';

interface Args {
  scenario: Scenario;
  locale?: string;
  /** ISO 4217 currency of the demo account. */
  currency?: string;
  /** Starting credit, a decimal string. */
  credit?: string;
  /** Users on the plan. */
  users?: number;
  /** Typed into "Users to buy" once the plan shows, as a user would. */
  buy?: string;
  /** The provider has no `quoteAddUsers`: the cost is count × cost per user. */
  noQuote?: boolean;
  /** `quoteAddUsers` never answers. */
  quoteHangs?: boolean;
  /** A plan without phone numbers. */
  noDids?: boolean;
  /** Press Buy once the cost of `buy` shows. */
  pressBuy?: boolean;
  /**
   * The purchase's answer is lost (the connection drops), and confirmed as soon as asked:
   * `before` the server bought anything, or `after` it did. Implies `pressBuy`.
   */
  lostAnswer?: 'before' | 'after';
  /** The width of the box around the panel, in px (a phone gives a section about 289). */
  width?: number;
}

/** The plan without DIDs (nor the E911 line, which is charged per DID), totals recomputed exactly. */
function withoutDids(plan: ServicePlan): ServicePlan {
  const { currency } = plan.monthlyTotal;
  const otherLines = (plan.otherLines ?? []).filter((line) => line.label !== 'E911 service');
  const dids = { ...plan.dids, quantity: 0, total: { amount: '0.00', currency } };
  const monthlyTotal = addMoney(
    plan.users.total,
    sumMoney(
      otherLines.map((l) => l.total),
      currency,
    ),
  );
  return { ...plan, dids, otherLines, monthlyTotal };
}

function provider(args: Args): AccountDataProvider | undefined {
  const options: DemoProviderOptions = {
    ...(args.currency ? { currency: args.currency } : {}),
    ...(args.credit ? { credit: args.credit } : {}),
    ...(args.users ? { size: { users: args.users } } : {}),
    ...(args.noQuote ? { features: { quoteAddUsers: false } } : {}),
    ...(args.quoteHangs ? { latency: { quoteAddUsers: Infinity } } : {}),
  };
  const p = providerFor(args.scenario, options);
  if (p && args.lostAnswer) loseAnswers(p, args.lostAnswer);
  if (p && args.noDids) {
    for (const method of ['getServicePlan', 'addUsers', 'removeUsers'] as const) {
      const original = p[method].bind(p) as (...a: unknown[]) => Promise<ServicePlan>;
      (p as unknown as Record<string, unknown>)[method] = async (...a: unknown[]) => withoutDids(await original(...a));
    }
  }
  return p;
}

/**
 * Makes the purchase's answer get lost, after or before the server bought. The story's changes
 * go to their own journal, emptied first: an unsettled purchase of another visit to the story
 * would otherwise be announced again.
 */
function loseAnswers(p: AccountDataProvider, when: 'before' | 'after') {
  const journalId = `story-lost-answer-${when}`;
  sessionStorage.removeItem(`pbx-account-widgets:changes:${journalId}`);
  Object.defineProperty(p, 'journalId', { value: journalId });
  const addUsers = p.addUsers.bind(p);
  p.addUsers = async (count, options) => {
    if (when === 'after') await addUsers(count, options);
    throw new ProviderError('network', 'Could not reach the server.');
  };
}

/** Calls `act` with the element's shadow root once `selector` matches in it (for up to 5 s). */
function once(el: Element, selector: string, act: (root: ShadowRoot) => void) {
  const started = performance.now();
  const attempt = () => {
    const root = el.shadowRoot;
    if (root?.querySelector(selector)) act(root);
    else if (performance.now() - started < 5000) setTimeout(attempt, 16);
  };
  attempt();
}

/**
 * Types `count` into "Users to buy" as soon as the field exists (stories show the live cost),
 * with `pressBuy` presses Buy once that cost shows, and with `confirm` confirms the purchase.
 */
function typeIntoBuyField(count: string | undefined, pressBuy = false, confirm = false) {
  let done = false;
  return ref((el) => {
    if (!el || !count || done) return;
    done = true;
    once(el, '#buy-count', (root) => {
      const input = root.querySelector<HTMLInputElement>('#buy-count')!;
      input.value = count;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      if (!pressBuy) return;
      once(el, '[part~="quote"] dl', (r) => {
        r.querySelector<HTMLButtonElement>('[part~="buy-button"]')!.click();
        if (confirm) once(el, 'dialog[open] [data-confirm]', (d) => d.querySelector<HTMLButtonElement>('dialog [data-confirm]')!.click());
      });
    });
  });
}

const meta: Meta<Args> = {
  title: 'Sections/Service Plan',
  component: 'service-plan-panel',
  args: { scenario: 'loaded' },
  argTypes: {
    scenario: scenarioArgType,
    locale: { control: 'text' },
    currency: { control: 'text' },
    credit: { control: 'text' },
    users: { control: 'number' },
    buy: { control: 'text' },
  },
  render: (args) => html`<service-plan-panel
    style=${args.width ? `display: block; inline-size: ${args.width}px` : ''}
    .provider=${provider(args)}
    locale=${args.locale ?? 'en-US'}
    ${typeIntoBuyField(args.buy, args.pressBuy || args.lostAnswer !== undefined, args.lostAnswer !== undefined)}
  ></service-plan-panel>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The plan, with the prorated quote of the demo provider once a count is typed. */
export const Normal: Story = {};
export const BuyingWithQuote: Story = { args: { buy: '3' } };
/** Little credit left: the cost fits, the credit after it is small. */
export const LowCredit: Story = { args: { credit: '25.00', buy: '1', noQuote: true } };
/** The cost is more than the credit: Buy refuses without calling the provider. */
export const InsufficientCredit: Story = { args: { credit: '25.00', buy: '5', noQuote: true } };
/** Buy pressed anyway: the form's alert says it once, in place of the cost's warning. */
export const InsufficientCreditAfterBuy: Story = { args: { credit: '25.00', buy: '5', noQuote: true, pressBuy: true } };
export const QuoteLoading: Story = { args: { buy: '3', quoteHangs: true } };
export const Loading: Story = { args: { scenario: 'loading' } };
export const ProviderFailure: Story = { args: { scenario: 'error' } };
export const NoProvider: Story = { args: { scenario: 'no-provider' } };
export const NoDids: Story = { args: { noDids: true } };
export const LargePlan: Story = { args: { users: 480, credit: '25000.00', buy: '120', noQuote: true } };
export const EuroInGerman: Story = { args: { currency: 'EUR', locale: 'de-DE', buy: '7', noQuote: true } };
export const OverHttp: Story = { args: { scenario: 'http' }, parameters: { msw: { handlers: httpHandlers() } } };
/**
 * A purchase whose answer was lost, and the plan read again shows no change: "not confirmed" (the
 * request may still land), and how to retry it as the same purchase.
 */
export const LostAnswerPlanUnchanged: Story = { args: { buy: '2', noQuote: true, lostAnswer: 'before' } };
/** The server bought, the answer was lost: the plan read again shows the new count, and no charge is named. */
export const LostAnswerSettledFromPlan: Story = { args: { buy: '2', noQuote: true, lostAnswer: 'after' } };
/** A 360 px phone's section (289 px): three columns, the price of one beside each count. */
export const OnAPhone: Story = { args: { width: 289 } };
