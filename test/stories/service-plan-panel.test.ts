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
});
