import { expect } from '@open-wc/testing';
import { PART_NAMES } from '../src/core/parts.js';

interface Declaration {
  tagName?: string;
  cssParts?: Array<{ name: string }>;
}

/**
 * `<account-settings>` forwards its sections' parts from PART_NAMES: every part a section
 * documents must be in that list, or `account-settings::part(x)` would not reach it.
 */
describe('CSS parts', () => {
  it('every documented part of every section is forwarded by <account-settings>', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: Declaration[] }> };
    const sections = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && d.tagName !== 'account-settings');
    expect(sections.length).to.be.greaterThan(8);
    const missing = sections.flatMap((d) =>
      (d.cssParts ?? [])
        .map((p) => p.name)
        .filter((name) => !(PART_NAMES as readonly string[]).includes(name))
        .map((name) => `${d.tagName}::part(${name})`),
    );
    expect(missing, `add these to src/core/parts.ts: ${missing.join(', ')}`).to.deep.equal([]);
  });

  it('<account-settings> documents every part it forwards, plain and prefixed with the section id', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: Declaration[] }> };
    const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const shell = new Set(decls.find((d) => d.tagName === 'account-settings')!.cssParts!.map((p) => p.name));
    const sections: Array<[string, string]> = [
      ['user', 'user-panel'],
      ['account', 'account-info-panel'],
      ['service-plan', 'service-plan-panel'],
      ['per-minute', 'call-log-table'],
      ['transactions', 'transaction-table'],
      ['bills', 'bill-table'],
      ['media', 'media-library'],
      ['block-list', 'block-list'],
    ];
    const missing = sections.flatMap(([id, tag]) =>
      decls
        .find((d) => d.tagName === tag)!
        .cssParts!.flatMap((p) => [p.name, `${id}__${p.name}`])
        .filter((name) => !shell.has(name)),
    );
    expect(missing).to.deep.equal([]);
    expect(shell.has('user__title')).to.equal(true);
  });
});
