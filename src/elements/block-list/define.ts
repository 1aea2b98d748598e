import { defineElement } from '../../core/define.js';
import { BlockList } from './block-list.js';

export { BlockList };
defineElement('block-list', BlockList);

declare global {
  interface HTMLElementTagNameMap {
    'block-list': BlockList;
  }
}
