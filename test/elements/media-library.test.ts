import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/media-library/define.js';
import type { MediaLibrary } from '../../src/elements/media-library/media-library.js';
import { audioExtension, recordingName } from '../../src/elements/media-library/recording-name.js';
import { dayRangeToInstants, presetRange, today } from '../../src/core/dates.js';
import { ProviderError } from '../../src/core/errors.js';
import { formatDate, formatDuration } from '../../src/core/format.js';
import type { Recording, UploadOptions } from '../../src/core/provider.js';
import { createDemoProvider, type DemoProvider, type DemoProviderOptions } from '../../src/providers/demo/index.js';
import { HttpProvider } from '../../src/providers/http/index.js';
import { $, $$, afterRender, button, textOf, type, waitForText } from '../support/dom.js';
import { isDataRow } from '../support/tables.js';
import { captureDownloads, countObjectUrls } from '../support/downloads.js';
import { API_BASE, override, takeSchemaProblems, useApi } from '../support/msw.js';
import { deferred, spyOn } from '../support/spy.js';
import { chooseFile, wavFile } from '../support/files.js';
import { pinClock } from '../support/clock.js';
import { PATIENCE_MS, until } from '../support/patience.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
const ZONE = 'Europe/London';
const DISPLAY = { locale: 'en-US', timeZone: ZONE };

const demo = (options: DemoProviderOptions = {}) => createDemoProvider({ seed: 7, now: NOW, ...options });

interface MountOptions {
  tab?: 'files' | 'recordings';
  from?: string;
  to?: string;
  zone?: string;
  uploadMaxBytes?: number;
}

async function mount(provider: unknown, o: MountOptions = {}) {
  return fixture<MediaLibrary>(html`<media-library
    .provider=${provider}
    locale="en-US"
    time-zone=${o.zone ?? ZONE}
    tab=${o.tab ?? 'files'}
    from=${o.from ?? ''}
    to=${o.to ?? ''}
    upload-max-bytes=${o.uploadMaxBytes ?? 10_000_000}
  ></media-library>`);
}

const panel = (el: MediaLibrary, tab: 'files' | 'recordings') => $(el, `#panel-${tab}`)!;
const rowsIn = (el: MediaLibrary, tab: 'files' | 'recordings') =>
  [...panel(el, tab).querySelectorAll<HTMLElement>('.layer > [role="row"]')].filter(isDataRow);
const cellTexts = (row: Element) =>
  [...row.querySelectorAll('[role="rowheader"], [role="gridcell"]')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
const names = (el: MediaLibrary, tab: 'files' | 'recordings') => rowsIn(el, tab).map((r) => cellTexts(r)[0]!);
const audioOf = (el: MediaLibrary) => $<HTMLAudioElement>(el, 'audio')!;
const toggle = (el: MediaLibrary) => $<HTMLButtonElement>(el, '.player-toggle')!;
const seek = (el: MediaLibrary) => $<HTMLInputElement>(el, '.player-seek')!;
const rowButton = (row: Element, cls: string) => row.querySelector<HTMLButtonElement>(`.${cls}`)!;

async function waitForRows(el: MediaLibrary, tab: 'files' | 'recordings' = 'files', timeout = PATIENCE_MS) {
  await until(() => rowsIn(el, tab).length > 0, `no rows in: ${textOf(el).slice(0, 200)}`, timeout);
}

/** Resolves once the confirmation dialog is open; then answers it. */
async function answerDialog(el: MediaLibrary, confirm: boolean) {
  await until(() => $(el, 'dialog[open]'), 'no dialog');
  $<HTMLButtonElement>(el, confirm ? '[data-confirm]' : '[data-cancel]')!.click();
}

/**
 * A demo provider whose recordings are exactly `items` (newest first, as given): listed in range,
 * deleted for real, and playing the audio of the demo's own first recording.
 */
function withRecordings(items: Recording[], options: DemoProviderOptions = {}): DemoProvider {
  const provider = demo(options);
  const list = items.map((r) => ({ ...r }));
  const audio = provider.getRecordingAudio.bind(provider);
  let sample: Promise<string> | undefined;
  provider.listRecordings = async (q) => {
    const { range } = q;
    const inRange = range ? list.filter((r) => r.startedAt >= range.from && r.startedAt < range.to) : list;
    return { items: inRange.map((r) => ({ ...r })), nextCursor: null, total: inRange.length };
  };
  provider.getRecordingAudio = async (id, o) => {
    if (!list.some((r) => r.id === id)) throw new ProviderError('not-found', `No recording ${id}.`);
    sample ??= createDemoProvider({ seed: 7, now: NOW })
      .listRecordings({ limit: 1 })
      .then((p) => p.items[0]!.id);
    return audio(await sample, o);
  };
  provider.deleteRecording = async (id) => {
    const index = list.findIndex((r) => r.id === id);
    if (index < 0) throw new ProviderError('not-found', `No recording ${id}.`);
    list.splice(index, 1);
  };
  return provider;
}

const KNOWN: Recording = {
  id: 'rec-known',
  from: '1001',
  to: '+442071234567',
  startedAt: '2026-11-27T14:05:33Z',
  durationSeconds: 200,
  contentType: 'audio/wav',
};

/**
 * Makes `HTMLMediaElement#play` refuse, like an autoplay policy without a user gesture (tests
 * never depend on real playback timing); returns the undo.
 */
function refusePlay() {
  const original = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    return Promise.reject(new DOMException('play() can only be initiated by a user gesture.', 'NotAllowedError'));
  };
  return () => {
    HTMLMediaElement.prototype.play = original;
  };
}

describe('<media-library>', () => {
  describe('states', () => {
    it('lists the files: name, type, duration or size, upload date', async () => {
      const provider = demo();
      const el = await mount(provider);
      await waitForRows(el);
      const { items } = await provider.listMediaFiles({ limit: 200 });
      const first = items[0]!;
      const cells = cellTexts(rowsIn(el, 'files')[0]!);
      expect(cells.slice(0, 4)).to.deep.equal([
        first.name,
        'WAV audio',
        formatDuration(first.durationSeconds!, 'en-US'),
        formatDate(first.uploadedAt!, DISPLAY),
      ]);
      expect(names(el, 'files')).to.deep.equal(items.map((f) => f.name).slice(0, names(el, 'files').length));
      expect($$(el, '#panel-files [role="columnheader"]').map((h) => h.textContent!.trim())).to.deep.equal([
        'Name',
        'Type',
        'Duration or size',
        'Uploaded',
        'Play',
        'Delete',
      ]);
      expect($(el, '#panel-files [role="grid"]')!.getAttribute('aria-label')).to.equal('Media files');
      await expect(el).to.be.accessible();
    });

    it('shows the size when a file has no duration', async () => {
      const provider = demo();
      provider.listMediaFiles = async () => ({
        items: [{ id: 'm1', name: 'notes.bin', contentType: 'application/octet-stream', sizeBytes: 1_500_000 }],
        nextCursor: null,
      });
      const el = await mount(provider);
      await waitForRows(el);
      const cells = cellTexts(rowsIn(el, 'files')[0]!);
      expect(cells.slice(0, 4)).to.deep.equal(['notes.bin', 'application/octet-stream', '1.5 MB', 'Unknown']);
      // Not audio: nothing to play.
      expect(rowButton(rowsIn(el, 'files')[0]!, 'play-button').getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('tabs', () => {
    it('is a WAI-ARIA tab list driven by the arrow keys; recordings load when first shown', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      const tabs = $$(el, '[role="tab"]');
      expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal(['Files', 'Recordings']);
      expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false']);
      expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1]);
      expect(tabs[0]!.getAttribute('aria-controls')).to.equal('panel-files');
      expect(panel(el, 'files').getAttribute('aria-labelledby')).to.equal('tab-files');
      expect(panel(el, 'recordings').hidden).to.equal(true);
      expect(spy.count('listRecordings')).to.equal(0);

      tabs[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.tab).to.equal('recordings');
      expect(el.getAttribute('tab')).to.equal('recordings');
      expect(el.shadowRoot!.activeElement?.id).to.equal('tab-recordings');
      expect(panel(el, 'files').hidden).to.equal(true);
      expect(panel(el, 'recordings').hidden).to.equal(false);
      await waitForRows(el, 'recordings');
      expect(spy.count('listRecordings')).to.equal(1);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.tab).to.equal('files');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.tab).to.equal('recordings');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.tab).to.equal('files');
      // The files were not asked again.
      expect(spy.count('listMediaFiles')).to.equal(1);
    });

    it('follows the tab attribute', async () => {
      const el = await mount(demo(), { tab: 'recordings' });
      await waitForRows(el, 'recordings');
      expect($(el, '#tab-recordings')!.getAttribute('aria-selected')).to.equal('true');
    });
  });

  describe('files search', () => {
    it('searches by name after a pause, or at once on Enter', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      const input = $<HTMLInputElement>(el, '#search')!;
      expect($(el, 'label[for="search"]')!.textContent!.trim()).to.equal('Search');
      type(input, 'hold');
      await until(() => spy.count('listMediaFiles') === 2, 'no search');
      expect((spy.argsOf('listMediaFiles')[1]![0] as { search?: string }).search).to.equal('hold');
      await until(() => names(el, 'files').length > 0 && names(el, 'files').every((n) => /hold/i.test(n)), names(el, 'files').join());
      input.value = 'greeting';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      input.focus();
      await sendKeys({ press: 'Enter' });
      expect(spy.count('listMediaFiles')).to.equal(3);
      expect(el.search).to.equal('greeting');
      await until(() => names(el, 'files').every((n) => /greeting/i.test(n)));
      type(input, 'zzz no such');
      await waitForText(el, 'No media files match “zzz no such”.');
    });
  });

  describe('recordings', () => {
    it('names each recording [From]_[To]_[Date]_[Time] in the display time zone', async () => {
      expect(recordingName(KNOWN, 'Europe/London')).to.equal('1001_+442071234567_2026-11-27_14-05-33');
      expect(recordingName(KNOWN, 'Pacific/Auckland')).to.equal('1001_+442071234567_2026-11-28_03-05-33');
      expect(recordingName(KNOWN, 'America/Los_Angeles')).to.equal('1001_+442071234567_2026-11-27_06-05-33');
      // Midnight is 00, not 24; digits stay ASCII in any locale.
      expect(recordingName({ ...KNOWN, startedAt: '2026-11-27T00:00:07Z' }, 'UTC')).to.equal('1001_+442071234567_2026-11-27_00-00-07');

      for (const [zone, name] of [
        ['Europe/London', '1001_+442071234567_2026-11-27_14-05-33'],
        ['Pacific/Auckland', '1001_+442071234567_2026-11-28_03-05-33'],
      ] as const) {
        const el = await mount(withRecordings([KNOWN]), { tab: 'recordings', zone, from: '2026-11-20', to: '2026-11-28' });
        await waitForRows(el, 'recordings');
        expect(cellTexts(rowsIn(el, 'recordings')[0]!)[0]).to.equal(name);
        expect(rowButton(rowsIn(el, 'recordings')[0]!, 'download-button').getAttribute('aria-label')).to.equal(`Download ${name}`);
      }
    });

    it('lists the last 30 days by default and filters by the date range', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider, { tab: 'recordings' });
      await waitForRows(el, 'recordings');
      const days = presetRange('last-30-days', today(ZONE));
      expect((spy.argsOf('listRecordings')[0]![0] as { range: unknown }).range).to.deep.equal(dayRangeToInstants(days.from, days.to, ZONE));
      expect($<HTMLInputElement>(el, '#range-from')!.value).to.equal(days.from);
      el.from = '2026-10-01';
      el.to = '2026-10-31';
      await until(() => spy.count('listRecordings') === 2);
      expect((spy.argsOf('listRecordings')[1]![0] as { range: unknown }).range).to.deep.equal(
        dayRangeToInstants('2026-10-01', '2026-10-31', ZONE),
      );
      await until(() => rowsIn(el, 'recordings').length > 0 && !$(el, '#panel-recordings .body.stale'));
      const header = $$(el, '#panel-recordings [role="columnheader"]').map((h) => h.textContent!.trim());
      expect(header).to.deep.equal(['Name', 'Duration', 'Play', 'Download', 'Delete']);
      // A reversed range is refused without a query.
      type($<HTMLInputElement>(el, '#range-from')!, '2026-11-20');
      type($<HTMLInputElement>(el, '#range-to')!, '2026-11-01');
      await waitForText(el, 'From must be on or before To.');
      expect(spy.count('listRecordings')).to.equal(2);
    });

    it('pages through tens of thousands of recordings, rendering only what is visible', async () => {
      const spy = spyOn(demo({ size: { recordings: 20_000 } }));
      const el = await mount(spy.provider, { tab: 'recordings', from: '2026-05-31', to: '2026-11-27' });
      await waitForRows(el, 'recordings');
      const grid = $(el, '#panel-recordings [role="grid"]')!;
      const total = Number(grid.getAttribute('aria-rowcount')) - 1;
      expect(total).to.be.greaterThan(15_000);
      expect($$(el, '#panel-recordings .layer > [role="row"]').length).to.be.lessThan(60);
      expect(spy.count('listRecordings')).to.be.at.most(2);
    });
  });

  describe('playing', () => {
    it('fetches the audio through the provider and plays it from a blob: URL in one accessible player', async () => {
      const spy = spyOn(withRecordings([KNOWN]));
      const el = await mount(spy.provider, { tab: 'recordings', from: '2026-11-20', to: '2026-11-28' });
      await waitForRows(el, 'recordings');
      expect($(el, '.player-body')!.hidden).to.equal(true);
      const play = rowButton(rowsIn(el, 'recordings')[0]!, 'play-button');
      expect(play.getAttribute('aria-label')).to.equal('Play 1001_+442071234567_2026-11-27_14-05-33');
      play.click();
      await until(() => audioOf(el).getAttribute('src')?.startsWith('blob:'), 'no blob: source');
      expect(spy.count('getRecordingAudio')).to.equal(1);
      expect(spy.argsOf('getRecordingAudio')[0]![0]).to.equal('rec-known');
      expect((spy.argsOf('getRecordingAudio')[0]![1] as { signal?: AbortSignal }).signal).to.be.instanceOf(AbortSignal);
      expect(audioOf(el).controls).to.equal(false);
      const group = $(el, '.player-body')!;
      expect(group.hidden).to.equal(false);
      expect(group.getAttribute('role')).to.equal('group');
      expect($(el, '#player-title')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Now playing: 1001_+442071234567_2026-11-27_14-05-33',
      );
      expect(seek(el).getAttribute('aria-label')).to.equal('Seek');
      // The media's own duration replaces the recording's once known (the demo plays 30 s at most).
      await until(() => seek(el).getAttribute('aria-valuetext')!.endsWith(' of 0:30'), 'no duration');
      await expect(el).to.be.accessible();
      // Whatever the browser's autoplay policy did, the button says what it will do.
      const audio = audioOf(el);
      expect(toggle(el).textContent!.trim()).to.equal(audio.paused ? 'Play' : 'Pause');
    });

    it('shows paused when the browser refuses to play without a user gesture', async () => {
      const restore = refusePlay();
      try {
        const el = await mount(withRecordings([KNOWN]), { tab: 'recordings', from: '2026-11-20', to: '2026-11-28' });
        await waitForRows(el, 'recordings');
        rowButton(rowsIn(el, 'recordings')[0]!, 'play-button').click();
        await until(() => audioOf(el).getAttribute('src')?.startsWith('blob:'));
        await el.updateComplete;
        expect(toggle(el).textContent!.trim()).to.equal('Play');
        expect(toggle(el).disabled).to.equal(false);
        expect($(el, '.player-status')!.textContent!.trim()).to.equal('');
        expect(rowButton(rowsIn(el, 'recordings')[0]!, 'play-button').textContent!.trim()).to.equal('Play');
      } finally {
        restore();
      }
    });

    /** Opens the player on a recording (metadata loaded) and leaves it paused. */
    async function pausedPlayer() {
      const el = await mount(withRecordings([KNOWN]), { tab: 'recordings', from: '2026-11-20', to: '2026-11-28' });
      await waitForRows(el, 'recordings');
      rowButton(rowsIn(el, 'recordings')[0]!, 'play-button').click();
      await until(() => !seek(el).disabled && seek(el).max === '30', 'no metadata');
      const audio = audioOf(el);
      const row = () => rowButton(rowsIn(el, 'recordings')[0]!, 'play-button');
      // Pause if the browser started it, so positions do not move under the test.
      if (!audio.paused) {
        toggle(el).click();
        await el.updateComplete;
      }
      return { el, audio, row };
    }

    it('toggles with its button: paused, both buttons say Play', async () => {
      const { el, audio, row } = await pausedPlayer();
      expect(audio.paused).to.equal(true);
      expect(toggle(el).textContent!.trim()).to.equal('Play');
      expect(row().textContent!.trim()).to.equal('Play');
    });

    it('seeks 5 s with ←/→, and to the ends with End and Home', async () => {
      const { el, audio } = await pausedPlayer();
      const start = audio.currentTime;
      expect(start).to.be.below(1);
      seek(el).focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(audio.currentTime).to.be.closeTo(start + 5, 0.01);
      expect(seek(el).getAttribute('aria-valuetext')).to.equal('0:05 of 0:30');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(audio.currentTime).to.be.closeTo(start + 5, 0.01);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      // The seek to the end completes and the audio stays playable (it does not fail to decode).
      await until(() => !audio.seeking, 'the seek to the end never finished');
      await el.updateComplete;
      expect($(el, '.player-status')!.textContent!.trim()).to.equal('');
      expect(audio.currentTime).to.be.closeTo(30, 0.01);
      expect(seek(el).getAttribute('aria-valuetext')).to.equal('0:30 of 0:30');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(audio.currentTime).to.equal(0);
    });

    it('toggles with Space and K from the seek slider', async () => {
      const { el, audio, row } = await pausedPlayer();
      seek(el).focus();
      // Play may be refused by the browser: then it stays paused.
      let asked = 0;
      const original = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        asked++;
        return original.call(this);
      };
      try {
        await sendKeys({ press: ' ' }); // Space: puppeteer's WebDriver BiDi keyboard knows it by its key only
        await el.updateComplete;
        expect(asked).to.equal(1);
        if (!audio.paused) {
          expect(toggle(el).textContent!.trim()).to.equal('Pause');
          expect(row().textContent!.trim()).to.equal('Pause');
          await sendKeys({ press: 'k' });
          await el.updateComplete;
          expect(audio.paused).to.equal(true);
          expect(toggle(el).textContent!.trim()).to.equal('Play');
        } else {
          await sendKeys({ press: 'k' });
          expect(asked).to.equal(2);
        }
      } finally {
        HTMLMediaElement.prototype.play = original;
      }
    });

    it('plays one thing at a time and revokes every object URL it created', async () => {
      const two: Recording[] = [KNOWN, { ...KNOWN, id: 'rec-2', from: '1002', startedAt: '2026-11-26T09:00:00Z' }];
      const urls = countObjectUrls();
      try {
        const spy = spyOn(withRecordings(two));
        const el = await mount(spy.provider, { tab: 'recordings', from: '2026-11-20', to: '2026-11-28' });
        await waitForRows(el, 'recordings');
        const [a, b] = rowsIn(el, 'recordings');
        rowButton(a!, 'play-button').click();
        await until(() => urls.created.length === 1 && audioOf(el).getAttribute('src') === urls.created[0]);
        rowButton(b!, 'play-button').click();
        await until(() => urls.created.length === 2 && audioOf(el).getAttribute('src') === urls.created[1]);
        // Playback moved on: the first URL is gone, only the second lives.
        expect(urls.revoked).to.deep.equal([urls.created[0]]);
        expect(spy.argsOf('getRecordingAudio').map((a) => a[0])).to.deep.equal(['rec-known', 'rec-2']);
        expect($(el, '#player-title')!.textContent).to.include('1002_');
        // Close the player: its URL goes too.
        $<HTMLButtonElement>(el, '.player-close')!.click();
        await el.updateComplete;
        expect(urls.live()).to.deep.equal([]);
        expect(audioOf(el).hasAttribute('src')).to.equal(false);
        expect($(el, '.player-body')!.hidden).to.equal(true);
        // Play again, then the element leaves the page.
        rowButton(rowsIn(el, 'recordings')[0]!, 'play-button').click();
        await until(() => urls.created.length === 3);
        el.remove();
        expect(urls.live()).to.deep.equal([]);
        expect(urls.created.length).to.equal(urls.revoked.length);
      } finally {
        urls.restore();
      }
    });

    it('never makes a URL for audio that arrives after playback moved on', async () => {
      const urls = countObjectUrls();
      try {
        const provider = withRecordings([KNOWN, { ...KNOWN, id: 'rec-2', from: '1002' }]);
        const original = provider.getRecordingAudio.bind(provider);
        const slow = deferred<void>();
        let lateAudio: Promise<Blob> | undefined;
        provider.getRecordingAudio = (id) => {
          const audio = (async () => {
            if (id === 'rec-known') await slow.promise;
            return original(id, {});
          })();
          if (id === 'rec-known') lateAudio = audio;
          return audio;
        };
        const el = await mount(provider, { tab: 'recordings', from: '2026-11-20', to: '2026-11-28' });
        await waitForRows(el, 'recordings');
        const [a, b] = rowsIn(el, 'recordings');
        rowButton(a!, 'play-button').click();
        await waitForText(el, 'Loading audio…');
        rowButton(b!, 'play-button').click();
        await until(() => urls.created.length === 1);
        slow.resolve();
        await lateAudio;
        await afterRender(el);
        expect(urls.created.length).to.equal(1);
        expect($(el, '#player-title')!.textContent).to.include('1002_');
        el.remove();
        expect(urls.live()).to.deep.equal([]);
      } finally {
        urls.restore();
      }
    });

    it('says why when the audio cannot be loaded, and fires provider-error', async () => {
      const provider = withRecordings([KNOWN]);
      provider.failNext('getRecordingAudio', { code: 'forbidden', message: 'Recordings are locked' });
      const el = await mount(provider, { tab: 'recordings', from: '2026-11-20', to: '2026-11-28' });
      await waitForRows(el, 'recordings');
      const failed = oneEvent(el, 'provider-error');
      rowButton(rowsIn(el, 'recordings')[0]!, 'play-button').click();
      const { detail } = await failed;
      expect(detail.operation).to.equal('getRecordingAudio');
      await waitForText(el, 'The audio could not be loaded: Recordings are locked');
      expect(toggle(el).disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('plays media files through getMediaFileAudio, and offers no Play without it', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      rowButton(rowsIn(el, 'files')[0]!, 'play-button').click();
      await until(() => audioOf(el).getAttribute('src')?.startsWith('blob:'));
      expect(spy.count('getMediaFileAudio')).to.equal(1);

      const el2 = await mount(demo({ features: { getMediaFileAudio: false } }));
      await waitForRows(el2);
      expect($(el2, '.play-button')).to.equal(null);
      expect($$(el2, '#panel-files [role="columnheader"]').map((h) => h.textContent!.trim())).to.not.include('Play');
      await expect(el2).to.be.accessible();
    });
  });

  describe('download', () => {
    it('saves the recording under its name plus the extension of its content type', async () => {
      const provider = withRecordings([KNOWN, { ...KNOWN, id: 'rec-mp3', from: '1002' }]);
      const original = provider.getRecordingAudio.bind(provider);
      provider.getRecordingAudio = async (id, o) => {
        const blob = await original('rec-known', o);
        return id === 'rec-mp3' ? new Blob([blob], { type: 'audio/mpeg' }) : blob;
      };
      const spy = spyOn(provider);
      const el = await mount(spy.provider, { tab: 'recordings', from: '2026-11-20', to: '2026-11-28' });
      await waitForRows(el, 'recordings');
      const downloads = captureDownloads();
      try {
        const [a, b] = rowsIn(el, 'recordings');
        rowButton(a!, 'download-button').click();
        await until(() => downloads.files.length === 1);
        rowButton(b!, 'download-button').click();
        await until(() => downloads.files.length === 2);
      } finally {
        downloads.restore();
      }
      expect(downloads.files.map((f) => f.name)).to.deep.equal([
        '1001_+442071234567_2026-11-27_14-05-33.wav',
        '1002_+442071234567_2026-11-27_14-05-33.mp3',
      ]);
      expect(downloads.files[0]!.blob.type).to.equal('audio/wav');
      expect(spy.count('getRecordingAudio')).to.equal(2);
      await waitForText(el, 'Downloaded 1002_+442071234567_2026-11-27_14-05-33.mp3.');
      expect(audioExtension('audio/x-wav')).to.equal('.wav');
      expect(audioExtension('audio/ogg; codecs=opus')).to.equal('.ogg');
      expect(audioExtension('audio/x-speex')).to.equal('.speex');
      expect(audioExtension(undefined)).to.equal('.bin');
    });

    it('says why a download failed', async () => {
      const provider = withRecordings([KNOWN]);
      provider.failNext('getRecordingAudio', { code: 'unavailable', message: 'Storage asleep' });
      const el = await mount(provider, { tab: 'recordings', from: '2026-11-20', to: '2026-11-28' });
      await waitForRows(el, 'recordings');
      const failed = oneEvent(el, 'provider-error');
      rowButton(rowsIn(el, 'recordings')[0]!, 'download-button').click();
      expect((await failed).detail.operation).to.equal('getRecordingAudio');
      await waitForText(el, '1001_+442071234567_2026-11-27_14-05-33 was not downloaded: Storage asleep');
    });
  });

  describe('delete', () => {
    it('asks, deletes once, removes the row and fires recording-deleted', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider, { tab: 'recordings' });
      await waitForRows(el, 'recordings');
      const before = names(el, 'recordings');
      const target = rowButton(rowsIn(el, 'recordings')[1]!, 'delete-button');
      expect(target.getAttribute('aria-label')).to.equal(`Delete ${before[1]}`);
      target.focus();
      target.click();
      await until(() => $(el, 'dialog[open]'));
      expect($(el, 'dialog')!.textContent).to.include(`Delete the recording ${before[1]}?`);
      expect($(el, '[data-confirm]')!.textContent!.trim()).to.equal('Delete');
      await expect(el).to.be.accessible();
      const deleted = oneEvent(el, 'recording-deleted');
      $<HTMLButtonElement>(el, '[data-confirm]')!.click();
      const { detail } = await deleted;
      expect(spy.count('deleteRecording')).to.equal(1);
      const [id, options] = spy.argsOf('deleteRecording')[0] as [string, { idempotencyKey?: string }];
      expect(detail.id).to.equal(id);
      expect(options.idempotencyKey).to.be.a('string');
      await waitForText(el, `${before[1]} was deleted.`);
      await until(
        () => !names(el, 'recordings').includes(before[1]!) && names(el, 'recordings')[1] === before[2],
        names(el, 'recordings').slice(0, 3).join(),
      );
      expect(names(el, 'recordings')[0]).to.equal(before[0]);
      // Focus lands on the row that took the deleted one's place.
      await until(
        () => (el.shadowRoot!.activeElement as HTMLElement | null)?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '3',
      );
    });

    it('does nothing when the confirmation is cancelled', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      const before = names(el, 'files');
      rowButton(rowsIn(el, 'files')[0]!, 'delete-button').click();
      await answerDialog(el, false);
      await el.updateComplete;
      expect(spy.count('deleteMediaFile')).to.equal(0);
      expect(names(el, 'files')).to.deep.equal(before);
    });

    it('keeps the item and says why when the delete is refused; a retry is a new intent with a new key', async () => {
      const provider = demo();
      provider.failNext('deleteMediaFile', { code: 'conflict', message: 'The file is used by an IVR menu' });
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const before = names(el, 'files');
      const failed = oneEvent(el, 'provider-error');
      let fired = 0;
      el.addEventListener('media-deleted', () => fired++);
      rowButton(rowsIn(el, 'files')[0]!, 'delete-button').click();
      await answerDialog(el, true);
      expect((await failed).detail.operation).to.equal('deleteMediaFile');
      await waitForText(el, `${before[0]} was not deleted: The file is used by an IVR menu`);
      expect(names(el, 'files')).to.deep.equal(before);
      expect(fired).to.equal(0);
      // The same action again: same key; now it works.
      const deleted = oneEvent(el, 'media-deleted');
      rowButton(rowsIn(el, 'files')[0]!, 'delete-button').click();
      await answerDialog(el, true);
      await deleted;
      const keys = spy.argsOf('deleteMediaFile').map((a) => (a[1] as { idempotencyKey: string }).idempotencyKey);
      expect(keys).to.have.length(2);
      // A refusal is a definite answer: replaying its key would replay the refusal.
      expect(keys[1]).to.not.equal(keys[0]);
      await until(() => names(el, 'files')[0] === before[1]);
      expect(fired).to.equal(1);
    });

    it('a delete whose library left the page before the answer: the next library on the provider says how it ended, once', async () => {
      for (const ending of ['refused', 'deleted'] as const) {
        const provider = demo();
        const gate = deferred<void>();
        const original = provider.deleteMediaFile.bind(provider);
        provider.deleteMediaFile = async (id, o) => {
          await gate.promise;
          if (ending === 'refused') throw new ProviderError('forbidden', 'Only the owner may delete it.');
          return original(id, o);
        };
        const first = await mount(provider);
        await waitForRows(first);
        const name = names(first, 'files')[0]!;
        rowButton(rowsIn(first, 'files')[0]!, 'delete-button').click();
        await answerDialog(first, true);
        // The user switches section: the library leaves, the delete goes on.
        first.remove();
        gate.resolve();
        const next = await mount(provider);
        const said = ending === 'refused' ? `${name} was not deleted: Only the owner may delete it.` : `${name} was deleted.`;
        await waitForText(next, said);
        if (ending === 'deleted') await until(() => !names(next, 'files').includes(name), 'the row is still there');
        // Said once: a library mounted after that says nothing about it.
        const later = await mount(provider);
        await waitForRows(later);
        await afterRender(later);
        expect(textOf(later)).not.to.include(said);
      }
    });

    it('a delete whose library is still on the page is said there only', async () => {
      const provider = demo();
      provider.failNext('deleteMediaFile', { code: 'forbidden', message: 'Only the owner may delete it.' });
      const el = await mount(provider);
      const other = await mount(provider);
      await waitForRows(el);
      await waitForRows(other);
      const name = names(el, 'files')[0]!;
      rowButton(rowsIn(el, 'files')[0]!, 'delete-button').click();
      await answerDialog(el, true);
      await waitForText(el, `${name} was not deleted:`);
      await afterRender(other);
      expect(textOf(other)).not.to.include(`${name} was not deleted:`);
    });

    it('is busy while in flight: more clicks never delete twice', async () => {
      const provider = demo();
      const gate = deferred<void>();
      const original = provider.deleteMediaFile.bind(provider);
      provider.deleteMediaFile = async (id, o) => {
        await gate.promise;
        return original(id, o);
      };
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      rowButton(rowsIn(el, 'files')[0]!, 'delete-button').click();
      await answerDialog(el, true);
      await until(() => rowButton(rowsIn(el, 'files')[0]!, 'delete-button').getAttribute('aria-disabled') === 'true');
      rowButton(rowsIn(el, 'files')[0]!, 'delete-button').click();
      await el.updateComplete;
      expect($(el, 'dialog[open]')).to.equal(null);
      gate.resolve();
      await waitForText(el, 'was deleted.');
      expect(spy.count('deleteMediaFile')).to.equal(1);
    });

    it('stops the player when the item playing is deleted', async () => {
      const urls = countObjectUrls();
      try {
        const el = await mount(withRecordings([KNOWN]), { tab: 'recordings', from: '2026-11-20', to: '2026-11-28' });
        await waitForRows(el, 'recordings');
        rowButton(rowsIn(el, 'recordings')[0]!, 'play-button').click();
        await until(() => audioOf(el).getAttribute('src')?.startsWith('blob:'));
        rowButton(rowsIn(el, 'recordings')[0]!, 'delete-button').click();
        await answerDialog(el, true);
        await waitForText(el, 'was deleted.');
        await el.updateComplete;
        expect($(el, '.player-body')!.hidden).to.equal(true);
        expect(urls.live()).to.deep.equal([]);
      } finally {
        urls.restore();
      }
    });
  });

  describe('upload', () => {
    it('offers no upload without uploadMediaFile', async () => {
      const el = await mount(demo({ features: { uploadMediaFile: false } }));
      await waitForRows(el);
      expect($(el, '.upload-button')).to.equal(null);
      expect($(el, 'input[type="file"]')).to.equal(null);
    });

    it('checks the file first: not audio, empty or too large gets an error and no provider call', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider, { uploadMaxBytes: 50_000 });
      await waitForRows(el);
      const upload = button(el, 'Upload audio file')!;
      expect(upload).to.exist;
      expect($(el, '#upload-hint')!.textContent).to.equal('WAV, MP3 or other audio, up to 50 kB.');
      chooseFile(el, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
      await waitForText(el, 'notes.txt is not an audio file.');
      expect($(el, '.upload-error')!.getAttribute('role')).to.equal('alert');
      expect(upload.getAttribute('aria-describedby')).to.equal('upload-hint upload-error');
      await expect(el).to.be.accessible();
      chooseFile(el, new File([], 'silence.wav', { type: 'audio/wav' }));
      await waitForText(el, 'silence.wav is empty.');
      chooseFile(el, wavFile('long.wav', 10));
      await waitForText(el, 'long.wav is larger than 50 kB.');
      expect(spy.count('uploadMediaFile')).to.equal(0);
    });

    it('uploads with progress, lists the new file and fires media-uploaded', async () => {
      const provider = demo({ latency: { uploadMediaFile: 400 } });
      // The end of the upload (its last progress step, then the answer) waits until the bar was
      // read midway: on a loaded machine the accessibility check below outlasted the 400 ms.
      const finish = deferred<void>();
      const upload = provider.uploadMediaFile!.bind(provider);
      provider.uploadMediaFile = async (file, o = {}) => {
        const held: Array<[number, number]> = [];
        const onProgress = (loaded: number, total: number) => (loaded < total ? o.onProgress?.(loaded, total) : held.push([loaded, total]));
        const answer = await upload(file, { ...o, onProgress });
        await finish.promise;
        for (const [loaded, total] of held) o.onProgress?.(loaded, total);
        return answer;
      };
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const seen: number[] = [];
      const file = wavFile('Welcome 2027.wav', 2);
      const uploaded = oneEvent(el, 'media-uploaded');
      button(el, 'Upload audio file')!.focus();
      chooseFile(el, file);
      await until(() => $(el, 'progress'));
      await waitForText(el, 'Uploading Welcome 2027.wav…');
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Cancel upload');
      expect($(el, 'progress')!.getAttribute('aria-label')).to.equal('Upload progress');
      await expect(el).to.be.accessible();
      const readBar = () => {
        const bar = $<HTMLProgressElement>(el, 'progress');
        if (bar && !seen.includes(bar.value)) seen.push(bar.value);
        return bar;
      };
      await until(() => readBar() && seen.some((v) => v > 0 && v < file.size), `no progress midway: ${seen.join()}`);
      finish.resolve();
      await until(() => !readBar(), 'the upload never finished');
      const { detail } = await uploaded;
      expect(detail).to.include({ name: 'Welcome 2027.wav', contentType: 'audio/wav', sizeBytes: file.size, durationSeconds: 2 });
      expect(
        seen.some((v) => v > 0 && v < file.size),
        `progress seen: ${seen.join()}`,
      ).to.equal(true);
      const [sent, options] = spy.argsOf('uploadMediaFile')[0] as [File, UploadOptions];
      expect(sent).to.equal(file);
      expect(options.idempotencyKey).to.be.a('string');
      await waitForText(el, 'Welcome 2027.wav was uploaded.');
      await until(() => names(el, 'files').includes('Welcome 2027.wav'));
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Upload audio file');
      // It plays back as uploaded.
      const row = rowsIn(el, 'files').find((r) => cellTexts(r)[0] === 'Welcome 2027.wav')!;
      expect(cellTexts(row)[2]).to.equal('0:02');
      rowButton(row, 'play-button').click();
      await until(() => audioOf(el).getAttribute('src')?.startsWith('blob:'));
      expect((await provider.getMediaFileAudio!(detail.id)).size).to.equal(file.size);
    });

    it('cancels an upload', async () => {
      const spy = spyOn(demo({ latency: { uploadMediaFile: Infinity } }));
      const el = await mount(spy.provider);
      await waitForRows(el);
      chooseFile(el, wavFile('hold.wav'));
      await until(() => button(el, 'Cancel upload'));
      button(el, 'Cancel upload')!.click();
      await waitForText(el, 'Upload cancelled.');
      const [, options] = spy.argsOf('uploadMediaFile')[0] as [File, UploadOptions];
      expect(options.signal!.aborted).to.equal(true);
      expect(button(el, 'Upload audio file')).to.exist;
      expect(spy.count('listMediaFiles')).to.equal(1);
    });

    it('says why the provider refused a file; a retry of a refused upload is a new intent with a new key', async () => {
      const provider = demo();
      provider.failNext('uploadMediaFile', { code: 'forbidden', message: 'Media store is full' });
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const failed = oneEvent(el, 'provider-error');
      chooseFile(el, wavFile('promo.wav'));
      expect((await failed).detail.operation).to.equal('uploadMediaFile');
      await waitForText(el, 'promo.wav was not uploaded: Media store is full');
      const uploaded = oneEvent(el, 'media-uploaded');
      button(el, 'Retry upload')!.click();
      await uploaded;
      const keys = spy.argsOf('uploadMediaFile').map((a) => (a[1] as UploadOptions).idempotencyKey);
      expect(keys).to.have.length(2);
      // Refused: nothing was stored, so the retry is a new intent (a lost answer's retry reuses its key: test/faults/lost-answers).
      expect(keys[1]).to.be.a('string').and.not.equal(keys[0]);
      // The provider's own check (a smaller limit than the element's) is shown as it says.
      const small = demo({ maxUploadBytes: 1000 });
      const el2 = await mount(small);
      await waitForRows(el2);
      chooseFile(el2, wavFile('big.wav', 1));
      await waitForText(el2, 'big.wav was not uploaded: The file is 0');
    });

    it('uploads over HTTP (multipart, progress) and the mock answers as openapi.yaml says', async () => {
      const backend = demo({ maxUploadBytes: 20_000 });
      useApi(backend);
      await takeSchemaProblems();
      const provider = new HttpProvider({
        baseUrl: API_BASE,
        getAuthHeaders: () => ({ Authorization: 'Bearer media' }),
        limits: { maxPageSize: 500 },
      });
      const progress: Array<[number, number]> = [];
      const original = provider.uploadMediaFile.bind(provider);
      provider.uploadMediaFile = (file, o) =>
        original(file, {
          ...o,
          onProgress: (loaded, total) => {
            progress.push([loaded, total]);
            o?.onProgress?.(loaded, total);
          },
        });
      const el = await mount(provider);
      await waitForRows(el);
      const file = wavFile('Over HTTP.wav', 1);
      const uploaded = oneEvent(el, 'media-uploaded');
      chooseFile(el, file);
      const { detail } = await uploaded;
      expect(detail).to.include({ name: 'Over HTTP.wav', contentType: 'audio/wav', sizeBytes: file.size, durationSeconds: 1 });
      expect(progress[0]).to.deep.equal([0, file.size]);
      expect(progress.at(-1)).to.deep.equal([file.size, file.size]);
      await until(() => names(el, 'files').includes('Over HTTP.wav'));
      expect((await backend.listMediaFiles({ search: 'Over HTTP' })).items).to.have.length(1);
      // Refused files come back as validation errors on `file`: 415 not audio, 413 too large.
      const notAudio = await provider.uploadMediaFile(new File(['x'], 'x.txt', { type: 'text/plain' })).catch((e: unknown) => e);
      expect(notAudio).to.include({ code: 'validation', field: 'file', status: 415 });
      chooseFile(el, wavFile('Too long.wav', 2));
      await waitForText(el, 'Too long.wav was not uploaded: The file is 0');
      const problems = await takeSchemaProblems();
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  });

  describe('HttpProvider.uploadMediaFile (transport)', () => {
    const api = `${API_BASE}/media`;
    const stored = { id: 'm-new', name: 'x.wav', contentType: 'audio/wav', sizeBytes: 16044 };

    it('asks for credentials again after a 401, once', async () => {
      useApi(demo());
      let auth = 0;
      const provider = new HttpProvider({ baseUrl: API_BASE, getAuthHeaders: () => ({ Authorization: `Bearer t${++auth}` }) });
      const keys: Array<string | null> = [];
      override(
        http.post(api, ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          return request.headers.get('Authorization') === 'Bearer t1'
            ? HttpResponse.json({ code: 'unauthorized', message: 'Expired' }, { status: 401 })
            : HttpResponse.json(stored, { status: 201 });
        }),
      );
      expect(await provider.uploadMediaFile(wavFile('x.wav'))).to.deep.equal(stored);
      expect(auth).to.equal(2);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string');
      expect(keys[1]).to.equal(keys[0]);
      await takeSchemaProblems();
    });

    it('sends again after a lost connection, with the same Idempotency-Key; an HTTP error is final', async () => {
      useApi(demo());
      const provider = new HttpProvider({ baseUrl: API_BASE, retryDelayMs: 5 });
      const keys: Array<string | null> = [];
      override(
        http.post(api, ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          return keys.length === 1 ? HttpResponse.error() : HttpResponse.json(stored, { status: 201 });
        }),
      );
      expect(await provider.uploadMediaFile(wavFile('x.wav'), { idempotencyKey: 'k-1' })).to.deep.equal(stored);
      expect(keys).to.deep.equal(['k-1', 'k-1']);
      keys.length = 0;
      override(
        http.post(api, ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          return HttpResponse.json({ code: 'unavailable', message: 'Busy' }, { status: 503 });
        }),
      );
      expect(await provider.uploadMediaFile(wavFile('x.wav')).catch((e: unknown) => e)).to.include({
        code: 'unavailable',
        message: 'Busy',
      });
      expect(keys).to.have.length(1);
      await takeSchemaProblems();
    });

    it('reads a 413/415 that is not ours (a proxy page) as a validation error on file', async () => {
      useApi(demo());
      const provider = new HttpProvider({ baseUrl: API_BASE });
      override(
        http.post(
          api,
          () => new HttpResponse('<h1>413 Request Entity Too Large</h1>', { status: 413, headers: { 'Content-Type': 'text/html' } }),
        ),
      );
      expect(await provider.uploadMediaFile(wavFile('x.wav')).catch((e: unknown) => e)).to.include({
        code: 'validation',
        field: 'file',
        status: 413,
      });
      override(http.post(api, () => new HttpResponse(null, { status: 415 })));
      expect(await provider.uploadMediaFile(wavFile('x.wav')).catch((e: unknown) => e)).to.include({
        code: 'validation',
        field: 'file',
        status: 415,
      });
      override(http.post(api, () => HttpResponse.json({ bogus: true }, { status: 201 })));
      const malformed = (await provider.uploadMediaFile(wavFile('x.wav')).catch((e: unknown) => e)) as Error;
      expect(malformed).to.include({ code: 'unknown' });
      expect(malformed.message).to.contain('$.id should be');
      await takeSchemaProblems();
    });

    it('aborts: an aborted signal rejects with an AbortError and stores nothing', async () => {
      const backend = demo();
      useApi(backend);
      const provider = new HttpProvider({ baseUrl: API_BASE });
      const controller = new AbortController();
      let reached = false;
      override(
        http.post(api, async () => {
          reached = true;
          return new Promise<Response>(() => undefined);
        }),
      );
      const pending = provider.uploadMediaFile(wavFile('Never.wav'), { signal: controller.signal });
      await until(() => reached, 'the upload never reached the server');
      controller.abort();
      expect(await pending.catch((e: unknown) => e)).to.have.property('name', 'AbortError');
      const before = new AbortController();
      before.abort();
      expect(await provider.uploadMediaFile(wavFile('Never.wav'), { signal: before.signal }).catch((e: unknown) => e)).to.have.property(
        'name',
        'AbortError',
      );
      expect((await backend.listMediaFiles({ search: 'Never' })).items).to.have.length(0);
      await takeSchemaProblems();
    });

    it('goes through a host-supplied fetch, reporting progress when the file has gone', async () => {
      useApi(demo());
      let fetched = 0;
      const provider = new HttpProvider({
        baseUrl: API_BASE,
        fetch: (input, init) => {
          fetched++;
          return fetch(input, init);
        },
      });
      const progress: Array<[number, number]> = [];
      const file = wavFile('Via fetch.wav');
      const media = await provider.uploadMediaFile(file, { onProgress: (loaded, total) => progress.push([loaded, total]) });
      expect(media).to.include({ name: 'Via fetch.wav', sizeBytes: file.size });
      expect(fetched).to.equal(1);
      expect(progress).to.deep.equal([
        [0, file.size],
        [file.size, file.size],
      ]);
      expect(await takeSchemaProblems()).to.deep.equal([]);
    });
  });

  describe('localization', () => {
    it('speaks German, Spanish and Arabic', async () => {
      for (const [lang, tabs, upload] of [
        ['de', ['Dateien', 'Aufnahmen'], 'Audiodatei hochladen'],
        ['es', ['Archivos', 'Grabaciones'], 'Subir archivo de audio'],
        ['ar', ['الملفات', 'التسجيلات'], 'رفع ملف صوتي'],
      ] as const) {
        const root = await fixture(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
          <media-library .provider=${demo()} time-zone=${ZONE}></media-library>
        </div>`);
        const el = root.querySelector('media-library')!;
        await until(() => $$(el, '[role="tab"]')[0]!.textContent!.trim() === tabs[0], lang);
        expect($$(el, '[role="tab"]').map((t) => t.textContent!.trim())).to.deep.equal([...tabs]);
        await until(() => button(el, upload));
        await waitForRows(el);
        await expect(el).to.be.accessible();
      }
    });
  });
});
