/**
 * `pbx-account-widgets/all`: the public API of the root entry, and every element registered
 * under its default name on import. The root entry (`pbx-account-widgets`) registers nothing;
 * import this module, or `pbx-account-widgets/<element>` for one element, to register.
 *
 * @packageDocumentation
 */
import { defineAccountWidgets } from './define-all.js';
import type { ELEMENTS } from './elements/registry.js';

export * from './index.js';

defineAccountWidgets();

type DefaultTags = { [Tag in keyof typeof ELEMENTS]: InstanceType<(typeof ELEMENTS)[Tag]> };

declare global {
  /** The default tags this module registers, typed (`querySelector('account-settings')` is an `AccountSettings`). */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends DefaultTags {}
}
