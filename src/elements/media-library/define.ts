import { defineElement } from '../../core/define.js';
import { MediaLibrary } from './media-library.js';

export { MediaLibrary };
defineElement('media-library', MediaLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'media-library': MediaLibrary;
  }
}
