import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import '../src/elements/media-library/define.js';
import type { DemoProviderOptions } from '../src/providers/demo/index.js';
import { actWhenReady, losingAnswers, providerFor, httpHandlers, scenarioArgType, type Scenario } from './support/scenarios.js';

interface Args {
  scenario: Scenario;
  tab?: 'files' | 'recordings';
  from?: string;
  to?: string;
  search?: string;
  locale?: string;
  timeZone?: string;
  mediaFiles?: number;
  recordings?: number;
  canUpload?: boolean;
  canPlayFiles?: boolean;
  /** Uploads a file whose answer is lost (stored, then the connection drops): the unknown outcome. */
  lostUpload?: boolean;
}

function provider({ scenario, mediaFiles, recordings, canUpload, canPlayFiles, lostUpload }: Args) {
  const options: DemoProviderOptions = {};
  if (mediaFiles !== undefined || recordings !== undefined) {
    options.size = { ...(mediaFiles === undefined ? {} : { mediaFiles }), ...(recordings === undefined ? {} : { recordings }) };
  }
  options.features = { uploadMediaFile: canUpload !== false, getMediaFileAudio: canPlayFiles !== false };
  const p = providerFor(scenario, options);
  return lostUpload ? losingAnswers(p, 'uploadMediaFile') : p;
}

/** Chooses a small audio file in the upload's file input, as the file picker does. */
const uploadOnce = () =>
  actWhenReady(
    (root) => root.querySelector<HTMLInputElement>('input[type="file"]'),
    (input) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(4096)], 'Night greeting.wav', { type: 'audio/wav' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
  );

const meta: Meta<Args> = {
  title: 'Sections/Media',
  component: 'media-library',
  args: { scenario: 'loaded', tab: 'files', from: '', to: '', search: '', locale: 'en-US', timeZone: 'America/Chicago' },
  argTypes: {
    scenario: scenarioArgType,
    tab: { control: 'inline-radio', options: ['files', 'recordings'] },
    mediaFiles: { control: 'number', description: 'Media files the demo provider generates.' },
    recordings: { control: 'number', description: 'Recordings the demo provider generates over 180 days.' },
    canUpload: { control: 'boolean', description: 'Whether the provider has uploadMediaFile.' },
    canPlayFiles: { control: 'boolean', description: 'Whether the provider has getMediaFileAudio.' },
  },
  render: (args) => html`<media-library
    .provider=${provider(args)}
    tab=${args.tab ?? 'files'}
    from=${args.from ?? ''}
    to=${args.to ?? ''}
    .search=${args.search ?? ''}
    locale=${args.locale ?? 'en-US'}
    time-zone=${args.timeZone ?? 'America/Chicago'}
    ${args.lostUpload ? uploadOnce() : nothing}
  ></media-library>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Files: Story = {};
export const SearchFiles: Story = { args: { search: 'greeting' } };
export const NoMatchingFiles: Story = { args: { search: 'no such file' } };
export const NoFiles: Story = { args: { mediaFiles: 0 } };
export const WithoutUpload: Story = { args: { canUpload: false } };
/** An upload whose answer was lost: said as unconfirmed (not as failed), with Retry upload (same key). */
export const UploadUnconfirmed: Story = { args: { lostUpload: true } };
export const FilesWithoutPlayback: Story = { args: { canPlayFiles: false } };
export const Recordings: Story = { args: { tab: 'recordings' } };
export const RecordingsOfAPeriod: Story = { args: { tab: 'recordings', from: '2026-11-01', to: '2026-11-27' } };
/** The first of the month: the range has no data yet, and the empty state offers the month before in one click. */
export const RecordingsFirstOfTheMonth: Story = { args: { tab: 'recordings', from: '2026-12-01', to: '2026-12-01' } };
/** Fifty thousand recordings over 180 days, all in range: paged and rendered virtually. */
export const ManyRecordings: Story = { args: { tab: 'recordings', recordings: 50_000, from: '2026-05-31', to: '2026-11-27' } };
export const NoRecordings: Story = { args: { tab: 'recordings', from: '2020-01-01', to: '2020-01-31' } };
export const InvalidRange: Story = { args: { tab: 'recordings', from: '2026-11-20', to: '2026-11-01' } };
export const German: Story = { args: { locale: 'de-DE', timeZone: 'Europe/Berlin' } };
export const ArabicRecordings: Story = {
  args: { tab: 'recordings', locale: 'ar-EG', timeZone: 'Africa/Cairo' },
  render: (args) => html`<div dir="rtl">${meta.render!(args, {} as never)}</div>`,
};
export const Loading: Story = { args: { scenario: 'loading' } };
export const ProviderError: Story = { args: { scenario: 'error' } };
export const NoProvider: Story = { args: { scenario: 'no-provider' } };
/** No `time-zone` set and the user's could not be loaded: the times are in the browser's zone, and the section says so (with Retry). */
export const TimeZoneUnavailable: Story = { args: { scenario: 'zone-unavailable', timeZone: '' } };
export const OverHttp: Story = { args: { scenario: 'http' }, parameters: { msw: { handlers: httpHandlers() } } };
export const RecordingsOverHttp: Story = {
  args: { scenario: 'http', tab: 'recordings' },
  parameters: { msw: { handlers: httpHandlers() } },
};
