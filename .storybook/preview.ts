import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { initialize, mswLoader } from 'msw-storybook-addon';
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);
initialize({ onUnhandledRequest: 'bypass', quiet: true });

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
