import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ProviderError, type ProviderErrorLike } from '../../src/core/errors.js';
import { AudioPlayerController, type AudioSource } from '../../src/shared-ui/audio-player/audio-player-controller.js';
import { renderAudioPlayer } from '../../src/shared-ui/audio-player/audio-player-template.js';
import { audioPlayerStrings } from '../../src/shared-ui/audio-player/audio-player.strings.js';
import { audioPlayerStyles } from '../../src/shared-ui/audio-player/audio-player.styles.js';
import { baseStyles } from '../../src/shared-ui/styles.js';
import { deferred } from '../support/spy.js';
import { wavFile } from '../support/files.js';

/** A minimal element hosting one player, as a section element does. */
class PlayerHost extends LitElement {
  static override styles = [...baseStyles, audioPlayerStyles];
  readonly errors: Array<{ error: ProviderErrorLike; key: string }> = [];
  readonly player = new AudioPlayerController(this, { onError: (error, source) => this.errors.push({ error, key: source.key }) });
  override render() {
    return renderAudioPlayer(this.player, audioPlayerStrings, { locale: 'en-US' });
  }
}
customElements.define('test-audio-player-host', PlayerHost);

/** A source whose loads are counted and whose signals are kept. */
function source(key: string, seconds = 20, title = `Title ${key}`) {
  const signals: AbortSignal[] = [];
  const s: AudioSource & { signals: AbortSignal[] } = {
    key,
    title,
    duration: 99,
    signals,
    load: async (signal) => {
      signals.push(signal);
      return wavFile('silence.wav', seconds);
    },
  };
  return s;
}

const $ = <E extends Element = HTMLElement>(el: PlayerHost, selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
const audio = (el: PlayerHost) => $<HTMLAudioElement>(el, 'audio');
const toggle = (el: PlayerHost) => $<HTMLButtonElement>(el, '.player-toggle');
const slider = (el: PlayerHost) => $<HTMLInputElement>(el, '.player-seek');

async function mount(): Promise<PlayerHost> {
  return fixture<PlayerHost>(html`<test-audio-player-host></test-audio-player-host>`);
}

/** Plays `s` and waits until its audio is in the element with its metadata read. */
async function load(el: PlayerHost, s: AudioSource, seconds: number) {
  void el.player.play(s);
  await waitUntil(() => audio(el).getAttribute('src')?.startsWith('blob:') && el.player.duration === seconds, 'audio never loaded');
  // Positions must not move under the test: stop playback the browser may have started.
  el.player.pause();
  await el.updateComplete;
}

/** Counts object URLs made and revoked while installed. */
function countObjectUrls() {
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const created: string[] = [];
  const revoked: string[] = [];
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create(blob);
    created.push(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    revoke(url);
  };
  return {
    created,
    revoked,
    restore() {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
    },
  };
}

describe('audio player (shared-ui)', () => {
  it('is hidden while idle, with its status line already in place', async () => {
    const el = await mount();
    expect($(el, '.player-body').hidden).to.equal(true);
    expect($(el, '.player-status').getAttribute('role')).to.equal('status');
    expect(audio(el).controls).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('loads through the source, plays from a blob: URL, and shows time as "m:ss of m:ss"', async () => {
    const el = await mount();
    const s = source('a', 20, 'Greeting');
    const gate = deferred<void>();
    const load = s.load;
    s.load = async (signal) => {
      await gate.promise;
      return load(signal);
    };
    void el.player.play(s);
    await el.updateComplete;
    expect(el.player.status).to.equal('loading');
    expect($(el, '.player-status').textContent!.trim()).to.equal('Loading audio…');
    expect(toggle(el).disabled).to.equal(true);
    // Until the audio says otherwise, the source's duration.
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('0:00 of 1:39');
    gate.resolve();
    await waitUntil(() => audio(el).getAttribute('src')?.startsWith('blob:'));
    expect(s.signals).to.have.length(1);
    expect($(el, '.player-body').getAttribute('role')).to.equal('group');
    expect($(el, '.player-body').getAttribute('aria-labelledby')).to.equal('player-title');
    expect($(el, '#player-title').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Now playing: Greeting');
    await waitUntil(() => el.player.duration === 20, 'no metadata');
    await el.updateComplete;
    expect(slider(el).max).to.equal('20');
    expect(slider(el).getAttribute('aria-label')).to.equal('Seek');
    expect(slider(el).getAttribute('aria-valuetext')).to.match(/^0:0\d of 0:20$/);
    expect($(el, '.player-time').textContent).to.equal(slider(el).getAttribute('aria-valuetext'));
    expect($(el, '.player-time').getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('labels its button by what it will do, following the media', async () => {
    const el = await mount();
    await load(el, source('a', 8), 8);
    expect(toggle(el).textContent!.trim()).to.equal('Play');
    // The element plays: fire what a playing media element fires.
    Object.defineProperty(audio(el), 'paused', { configurable: true, get: () => false });
    audio(el).dispatchEvent(new Event('play'));
    await el.updateComplete;
    expect(el.player.playing).to.equal(true);
    expect(toggle(el).textContent!.trim()).to.equal('Pause');
    delete (audio(el) as { paused?: boolean }).paused;
    audio(el).dispatchEvent(new Event('pause'));
    await el.updateComplete;
    expect(toggle(el).textContent!.trim()).to.equal('Play');
  });

  it('stays paused, without an error, when the browser refuses to play', async () => {
    const original = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('No user gesture', 'NotAllowedError'));
    try {
      const el = await mount();
      await el.player.play(source('a', 4));
      await el.updateComplete;
      expect(el.player.status).to.equal('ready');
      expect(el.player.playing).to.equal(false);
      expect(toggle(el).textContent!.trim()).to.equal('Play');
      expect($(el, '.player-status').textContent!.trim()).to.equal('');
      expect(el.errors).to.deep.equal([]);
    } finally {
      HTMLMediaElement.prototype.play = original;
    }
  });

  it('says so when the browser cannot play the audio at all', async () => {
    const el = await mount();
    const s = source('bad');
    // A WAVE header (it passes the content check) over bytes no browser can decode.
    s.load = async () => new Blob(['RIFF\0\0\0\0WAVEnot audio at all'], { type: 'audio/wav' });
    const urls = countObjectUrls();
    try {
      void el.player.play(s);
      await waitUntil(() => el.player.status === 'error', 'no media error');
      await el.updateComplete;
      expect($(el, '.player-status').textContent!.trim()).to.equal('This audio cannot be played in this browser.');
      expect(urls.revoked).to.deep.equal(urls.created);
    } finally {
      urls.restore();
    }
  });

  it('reports a failed load through onError, and an aborted one not at all', async () => {
    const el = await mount();
    const failing = source('x');
    failing.load = async () => {
      throw new ProviderError('forbidden', 'Not yours');
    };
    await el.player.play(failing);
    await el.updateComplete;
    expect(el.player.status).to.equal('error');
    expect($(el, '.player-status').textContent!.trim()).to.equal('The audio could not be loaded: Not yours');
    expect(el.errors.map((e) => [e.key, e.error.code])).to.deep.equal([['x', 'forbidden']]);
    const aborting = source('y');
    aborting.load = async () => {
      throw new DOMException('Gone', 'AbortError');
    };
    await el.player.play(aborting);
    expect(el.errors).to.have.length(1);
    expect(el.player.status).to.equal('idle');
  });

  it('aborts a load that another overtakes, and never makes a URL of its late audio', async () => {
    const el = await mount();
    const urls = countObjectUrls();
    try {
      const slow = source('slow');
      const gate = deferred<void>();
      const load = slow.load;
      slow.load = async (signal) => {
        await gate.promise;
        return load(signal);
      };
      void el.player.play(slow);
      await el.updateComplete;
      const fast = source('fast');
      await el.player.play(fast);
      expect(slow.signals[0]?.aborted ?? true).to.equal(true);
      gate.resolve();
      await new Promise((r) => setTimeout(r, 20));
      expect(urls.created).to.have.length(1);
      expect(el.player.source?.key).to.equal('fast');
    } finally {
      urls.restore();
    }
  });

  it('revokes the URL when playback moves on, on close, and when the host leaves', async () => {
    const el = await mount();
    const urls = countObjectUrls();
    try {
      await el.player.play(source('a'));
      await el.player.play(source('b'));
      expect(urls.created).to.have.length(2);
      expect(urls.revoked).to.deep.equal([urls.created[0]]);
      $<HTMLButtonElement>(el, '.player-close').click();
      await el.updateComplete;
      expect(urls.revoked).to.deep.equal(urls.created);
      expect(audio(el).hasAttribute('src')).to.equal(false);
      expect($(el, '.player-body').hidden).to.equal(true);
      await el.player.play(source('c'));
      el.remove();
      expect(urls.revoked).to.deep.equal(urls.created);
      expect(el.player.status).to.equal('idle');
    } finally {
      urls.restore();
    }
  });

  it('toggles when the same source is played again, and does nothing while it loads', async () => {
    const el = await mount();
    const s = source('a', 4);
    await load(el, s, 4);
    let plays = 0;
    const original = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      plays++;
      return original.call(this);
    };
    try {
      await el.player.play(s);
      expect(plays).to.equal(1);
      expect(s.signals).to.have.length(1);
    } finally {
      HTMLMediaElement.prototype.play = original;
    }
  });

  it('pauses the other players on the page when one starts', async () => {
    const [a, b] = [await mount(), await mount()];
    await load(a, source('a', 4), 4);
    await load(b, source('b', 4), 4);
    // `a` plays (as far as its player can tell) until it is paused.
    let paused = 0;
    Object.defineProperty(audio(a), 'paused', { configurable: true, get: () => paused > 0 });
    audio(a).pause = () => {
      paused++;
    };
    await b.player.resume();
    expect(paused).to.equal(1);
  });

  it('has the keyboard of a media player: Space/K toggle, ←/→ ∓5 s (mirrored in RTL), Home/End', async () => {
    const el = await mount();
    await load(el, source('a', 20), 20);
    const media = audio(el);
    media.currentTime = 0;
    let toggles = 0;
    const original = el.player.toggle.bind(el.player);
    el.player.toggle = async () => {
      toggles++;
    };
    try {
      slider(el).focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(media.currentTime).to.be.closeTo(5, 0.01);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowUp' });
      expect(media.currentTime).to.be.closeTo(15, 0.01);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowDown' });
      expect(media.currentTime).to.be.closeTo(5, 0.01);
      await el.updateComplete;
      expect(slider(el).getAttribute('aria-valuetext')).to.equal('0:05 of 0:20');
      await sendKeys({ press: 'End' });
      expect(media.currentTime).to.be.closeTo(20, 0.01);
      await sendKeys({ press: 'ArrowRight' });
      expect(media.currentTime).to.be.closeTo(20, 0.01);
      await sendKeys({ press: 'Home' });
      expect(media.currentTime).to.equal(0);
      await sendKeys({ press: 'ArrowLeft' });
      expect(media.currentTime).to.equal(0);
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'k' });
      expect(toggles).to.equal(2);
      // On the button, Space is the button's own click (one toggle, not two).
      toggle(el).focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(toggles).to.equal(3);
      // Right to left: → goes back.
      el.dir = 'rtl';
      media.currentTime = 10;
      el.player.currentTime = 10;
      slider(el).focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(media.currentTime).to.be.closeTo(5, 0.01);
    } finally {
      el.player.toggle = original;
    }
  });

  it('seeks with the slider and keeps its input events inside the host', async () => {
    const el = await mount();
    await load(el, source('a', 20), 20);
    let leaked = 0;
    el.addEventListener('input', () => leaked++);
    const input = slider(el);
    input.value = '12.5';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(audio(el).currentTime).to.be.closeTo(12.5, 0.01);
    expect(input.getAttribute('aria-valuetext')).to.equal('0:12 of 0:20');
    expect(leaked).to.equal(0);
  });
});
