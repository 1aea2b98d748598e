import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { until } from '../support/patience.js';
import * as stories from '../../stories/service-plan-panel.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('service-plan-panel', stories as never);

describe('stories: Sections/Service Plan, the states they claim', () => {
  it('InsufficientCreditAfterBuy shows the alert once, in place of the warning', async () => {
    const args = { scenario: 'loaded', ...stories.InsufficientCreditAfterBuy.args } as const;
    // The story's own render, as Storybook calls it (it reads only the args).
    const el = await fixture<HTMLElement>(stories.default.render!(args, {} as never) as TemplateResult);
    const alert = () => el.shadowRoot!.querySelector('[part~="form-error"]')?.textContent?.replace(/\s+/g, ' ').trim();
    await until(() => alert(), 'Buy was not pressed, or said nothing');
    expect(alert()).to.match(/^Not enough credit\. This costs \$\S+ and the available credit is \$25\.00\.$/);
    expect(el.shadowRoot!.querySelector('.quote-warning')).to.equal(null);
  });

  const mountStory = async (story: { args?: object }) =>
    fixture<HTMLElement>(stories.default.render!({ scenario: 'loaded', ...story.args } as never, {} as never) as TemplateResult);
  const text = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  it('LostAnswerPlanUnchanged says "not confirmed", not "No users were bought"', async () => {
    const el = await mountStory(stories.LostAnswerPlanUnchanged);
    await until(() => text(el, '[part~="form-error"]'), 'no message');
    expect(text(el, '[part~="form-error"]')).to.match(
      /^The purchase was not confirmed\. .*The plan still shows \d+ users\. To try again, buy 2 users again/,
    );
  });

  it('LostAnswerSettledFromPlan says what the plan shows, naming no charge', async () => {
    const el = await mountStory(stories.LostAnswerSettledFromPlan);
    await until(() => text(el, '[part~="success"]'), 'no message');
    expect(text(el, '[part~="success"]')).to.match(/^The plan now shows \d+ users, 2 more than before your purchase\.$/);
  });

  it('OnAPhone shows three columns', async () => {
    const el = await mountStory(stories.OnAPhone);
    await until(() => el.shadowRoot!.querySelector('[part~="table"]'), 'no plan');
    const shown = [...el.shadowRoot!.querySelectorAll('thead th')].filter((c) => c.getClientRects().length > 0);
    expect(shown.map((c) => c.textContent!.trim())).to.deep.equal(['Item', 'Quantity', 'Monthly charge']);
  });
});
