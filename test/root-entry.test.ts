import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS } from './support/tags.js';

/**
 * The root entry is side-effect free (the cherry-pick model): importing it registers no element;
 * `all.ts` (`pbx-account-widgets/all`, the CDN bundle's entry) registers every element.
 * This file runs in its own page, so nothing else has registered the tags before.
 */
const TAGS = ELEMENT_TAGS;

describe('root entry (src/index.ts)', () => {
  it('exports the API and registers no element', async () => {
    const root = await import('../src/index.js');
    expect(root.ProviderError).to.be.a('function');
    expect(root.HttpProvider).to.be.a('function');
    expect(Object.keys(root.ELEMENTS)).to.have.members(TAGS);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('all.ts registers every element under its default name', async () => {
    const all = await import('../src/all.js');
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(all.ELEMENTS[tag as keyof typeof all.ELEMENTS]);
  });
});
