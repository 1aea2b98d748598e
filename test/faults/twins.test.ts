import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../support/patience.js';
import '../../src/elements/media-library/define.js';
import '../../src/elements/call-log-table/define.js';
import '../../src/elements/block-list/define.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import type { AccountDataProvider } from '../../src/core/provider.js';
import { $ } from '../support/dom.js';
import { cellTexts, dataRows } from '../support/tables.js';
import { pinClock } from '../support/clock.js';
import { NOW } from './harness.js';

/*
 * Stale twins (#16): every element showing data that a change touches refreshes, whichever
 * element on the same provider made the change — standalone elements, no shell, no host code.
 */

pinClock(NOW);

const fileNames = (el: HTMLElement) =>
  [...$(el, '#panel-files')!.querySelectorAll('.layer > [role="row"]')]
    .filter((r) => r.querySelector('[role="rowheader"]:not(.placeholder)'))
    .map((r) => cellTexts(r)[0]!);

async function library(provider: AccountDataProvider): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(
    html`<media-library .provider=${provider} locale="en-US" time-zone="Europe/London" tab="files"></media-library>`,
  );
  await until(() => fileNames(el).length > 0, 'no files');
  return el;
}

describe('faults: twins on one provider stay true', function () {
  this.timeout(20_000);
  beforeEach(() => sessionStorage.clear());

  it('a file deleted in one media library leaves the other', async () => {
    const provider = createDemoProvider({ seed: 7, now: NOW, size: 'small' });
    const one = await library(provider);
    const two = await library(provider);
    const victim = fileNames(one)[0]!;
    expect(fileNames(two)).to.include(victim);
    const row = [...$(one, '#panel-files')!.querySelectorAll('.layer > [role="row"]')].find((r) => cellTexts(r)[0] === victim)!;
    row.querySelector<HTMLButtonElement>('.delete-button')!.click();
    await until(() => $(one, 'dialog[open]'), 'no dialog');
    $<HTMLButtonElement>(one, '[data-confirm]')!.click();
    await until(() => !fileNames(one).includes(victim), 'not deleted here');
    await until(() => !fileNames(two).includes(victim), 'the twin still lists the deleted file');
  });

  it('a number blocked from the call log appears in a block list on the same provider', async () => {
    const provider = createDemoProvider({ seed: 7, now: NOW, size: 'small' });
    const log = await fixture<HTMLElement>(
      html`<call-log-table .provider=${provider} locale="en-US" time-zone="Europe/London" from="2026-11-01" to="2026-11-27"></call-log-table>`,
    );
    const list = await fixture<HTMLElement>(html`<block-list .provider=${provider} locale="en-US" time-zone="Europe/London"></block-list>`);
    await until(() => dataRows(log).length > 0 && dataRows(list).length > 0, 'no rows');
    const before = dataRows(list).length;
    const button = $(log, '.block-button[aria-disabled="false"]') as HTMLButtonElement;
    button.click();
    await until(() => $(log, 'dialog[open]'), 'no dialog');
    $<HTMLButtonElement>(log, '[data-confirm]')!.click();
    await until(() => dataRows(list).length === before + 1, 'the block list did not refresh');
  });
});
