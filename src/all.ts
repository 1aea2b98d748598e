/**
 * `pbx-account-widgets/all`: the public API of the root entry, and every element registered
 * under its default name on import. The root entry (`pbx-account-widgets`) registers nothing;
 * import this module, or `pbx-account-widgets/<element>` for one element, to register.
 *
 * @packageDocumentation
 */
import { defineAccountWidgets } from './define-all.js';

export * from './index.js';

defineAccountWidgets();
