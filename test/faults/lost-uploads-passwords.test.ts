import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from '../support/patience.js';
import { http, HttpResponse } from 'msw';
import '../../src/elements/media-library/define.js';
import '../../src/elements/user-panel/define.js';
import type { MediaLibrary } from '../../src/elements/media-library/media-library.js';
import type { UserPanel } from '../../src/elements/user-panel/user-panel.js';
import { createDemoProvider, type DemoProvider } from '../../src/providers/demo/index.js';
import { HttpProvider } from '../../src/providers/http/index.js';
import type { AccountDataProvider, UploadOptions } from '../../src/core/provider.js';
import { $, button, textOf, type, waitFor, waitForText } from '../support/dom.js';
import { chooseFile, wavFile } from '../support/files.js';
import { API_BASE, override, useApi } from '../support/msw.js';
import { gate, loseAnswers } from '../support/spy.js';
import { pinClock } from '../support/clock.js';
import { NOW } from './harness.js';

/*
 * Upload and change password go through the same change flow as the row actions (#15, #16): one
 * idempotency key per intent, reused by a retry; an answer that did not arrive is "unknown" —
 * never "not uploaded" / "not changed"; a change already sent is not aborted when the element leaves.
 */

pinClock(NOW);

const demo = (): DemoProvider => createDemoProvider({ seed: 9, now: NOW, size: 'small' });
const UNCONFIRMED = "We couldn't confirm";

async function library(provider: AccountDataProvider): Promise<MediaLibrary> {
  const el = await fixture<MediaLibrary>(html`<media-library .provider=${provider} locale="en-US" time-zone="UTC"></media-library>`);
  await waitFor(el, '.upload-button', 10_000);
  return el;
}

const stored = async (server: DemoProvider, name: string) =>
  (await server.listMediaFiles({ search: name })).items.filter((f) => f.name === name).length;
const uploadStatus = (el: MediaLibrary) => ($(el, '[part~="upload-status"]')?.textContent ?? '').trim();

async function userPanel(provider: AccountDataProvider): Promise<UserPanel> {
  const el = await fixture<UserPanel>(html`<user-panel .provider=${provider} locale="en-US"></user-panel>`);
  await waitFor(el, '.change-password', 10_000);
  button(el, 'Change password')!.click();
  await waitFor(el, 'form');
  return el;
}

/** Fills the form with the demo's current password and `next`, and presses Save. */
function savePassword(el: UserPanel, next: string): void {
  type($<HTMLInputElement>(el, '#currentPassword')!, 'demo-password');
  type($<HTMLInputElement>(el, '#newPassword')!, next);
  type($<HTMLInputElement>(el, '#confirmPassword')!, next);
  button(el, 'Save')!.click();
}

describe('faults: lost answers to uploads and password changes', function () {
  this.timeout(20_000);
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  describe('upload', () => {
    it('commit-then-drop: said as unknown (not as failed), the files are read again, and Retry reuses the key', async () => {
      const server = demo();
      const lost = loseAnswers(server, 'uploadMediaFile');
      const el = await library(server);
      const errors: Event[] = [];
      el.addEventListener('provider-error', (e) => errors.push(e));
      chooseFile(el, wavFile('Night greeting.wav'));
      await waitForText(el, `${UNCONFIRMED} the change to Night greeting.wav: Could not reach the server.`, 5000);
      expect(uploadStatus(el)).not.to.include('was not uploaded');
      expect(errors.length, 'a lost answer was reported as a provider error').to.equal(0);
      // The server did store it, and the list read again shows it.
      expect(await stored(server, 'Night greeting.wav')).to.equal(1);
      await until(
        () => textOf(el).includes('Night greeting.wav') && $(el, '.layer')?.textContent?.includes('Night greeting.wav'),
        'the files were not read again',
      );
      const uploaded = oneEvent(el, 'media-uploaded');
      button(el, 'Retry upload')!.click();
      await uploaded;
      await waitForText(el, 'Night greeting.wav was uploaded.');
      expect(lost.calls).to.have.length(2);
      expect(lost.calls[1]!.options?.idempotencyKey).to.be.a('string').and.equal(lost.calls[0]!.options?.idempotencyKey);
      expect(await stored(server, 'Night greeting.wav'), 'the retry stored the file twice').to.equal(1);
    });

    it('commit-then-remove: an upload already sent is not aborted when the element leaves', async () => {
      const server = demo();
      const held = gate(server, 'uploadMediaFile');
      const el = await library(server);
      chooseFile(el, wavFile('Hold music.wav'));
      await until(() => held.pending.length === 1, 'no upload');
      el.remove();
      const options = held.pending[0]!.args[1] as UploadOptions;
      expect(options.signal?.aborted ?? false, 'the upload was aborted when the element left').to.equal(false);
      await held.pass(0);
      expect(await stored(server, 'Hold music.wav')).to.equal(1);
    });

    it('a cancelled upload chosen again reuses its key (the server may have kept it)', async () => {
      const server = demo();
      const held = gate(server, 'uploadMediaFile');
      const el = await library(server);
      const file = wavFile('Menu.wav');
      chooseFile(el, file);
      await until(() => button(el, 'Cancel upload'), 'no Cancel upload');
      button(el, 'Cancel upload')!.click();
      await waitForText(el, 'Upload cancelled.');
      held.restore();
      const uploaded = oneEvent(el, 'media-uploaded');
      const keys: Array<string | undefined> = [(held.pending[0]!.args[1] as UploadOptions).idempotencyKey];
      const original = server.uploadMediaFile!.bind(server);
      server.uploadMediaFile = (f, o) => {
        keys.push(o?.idempotencyKey);
        return original(f, o);
      };
      chooseFile(el, file);
      await uploaded;
      expect(keys[1]).to.be.a('string').and.equal(keys[0]);
    });

    it('through HttpProvider: the server stores the file and the connection drops: unknown, never "not uploaded"', async () => {
      const server = demo();
      useApi(server);
      override(
        http.post(`${API_BASE}/media`, async ({ request }) => {
          const file = (await request.formData()).get('file') as File;
          await server.uploadMediaFile!(file, { idempotencyKey: request.headers.get('Idempotency-Key') ?? undefined });
          return HttpResponse.error();
        }),
      );
      const el = await library(new HttpProvider({ baseUrl: API_BASE, retries: 0 }));
      chooseFile(el, wavFile('Over the wire.wav'));
      await waitForText(el, `${UNCONFIRMED} the change to Over the wire.wav`, 5000);
      expect(uploadStatus(el)).not.to.include('was not uploaded');
      expect(await stored(server, 'Over the wire.wav')).to.equal(1);
    });
  });

  describe('change password', () => {
    it('commit-then-drop: said as unknown (not "not changed"); saving the same form again reuses the key and succeeds', async () => {
      const server = demo();
      const lost = loseAnswers(server, 'changePassword');
      const el = await userPanel(server);
      const errors: Event[] = [];
      el.addEventListener('provider-error', (e) => errors.push(e));
      savePassword(el, 'a-long-new-secret');
      await waitForText(el, `${UNCONFIRMED} whether your password was changed: Could not reach the server.`, 5000);
      expect(textOf(el)).not.to.include('The password was not changed.');
      expect($(el, '[part~="form-error"]')!.getAttribute('role')).to.equal('alert');
      expect(errors.length).to.equal(0);
      const changed = oneEvent(el, 'password-changed');
      button(el, 'Save')!.click();
      await changed;
      await waitForText(el, 'Your password has been changed.');
      expect(lost.calls).to.have.length(2);
      expect(lost.calls[1]!.options?.idempotencyKey).to.be.a('string').and.equal(lost.calls[0]!.options?.idempotencyKey);
    });

    it('a field edited after a lost answer makes a new intent with a new key', async () => {
      const server = demo();
      const lost = loseAnswers(server, 'changePassword', 2);
      const el = await userPanel(server);
      savePassword(el, 'a-long-new-secret');
      await waitForText(el, UNCONFIRMED, 5000);
      type($<HTMLInputElement>(el, '#newPassword')!, 'another-long-secret');
      type($<HTMLInputElement>(el, '#confirmPassword')!, 'another-long-secret');
      button(el, 'Save')!.click();
      await until(() => lost.calls.length === 2, 'no second change');
      expect(lost.calls[1]!.options?.idempotencyKey).to.be.a('string').and.not.equal(lost.calls[0]!.options?.idempotencyKey);
    });

    it('commit-then-remove: a submitted change is not aborted when the panel leaves; nothing secret is kept in sessionStorage', async () => {
      const server = demo();
      const held = gate(server, 'changePassword');
      const el = await userPanel(server);
      savePassword(el, 'a-long-new-secret');
      await until(() => held.pending.length === 1, 'no change sent');
      expect(JSON.stringify(sessionStorage)).not.to.include('a-long-new-secret');
      expect(JSON.stringify(sessionStorage)).not.to.include('demo-password');
      el.remove();
      expect(held.pending[0]!.signal, 'the change carries the panel’s abort signal').to.equal(undefined);
      await held.pass(0);
      // Changed on the server: the old password no longer works.
      held.restore();
      const again = await server
        .changePassword({ currentPassword: 'demo-password', newPassword: 'a-third-secret' })
        .catch((e: unknown) => e);
      expect(again).to.include({ code: 'validation' });
    });
  });
});
