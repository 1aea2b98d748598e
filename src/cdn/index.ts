/**
 * `dist/cdn/index.js`: the CDN entry — every element registered under its default name and the
 * public API, Lit included, code-split: translations load only for a page's locale, and each
 * provider is its own module (`dist/cdn/http.js`, `demo.js`, `kazoo.js`) that a page imports only
 * when it uses it.
 *
 * @packageDocumentation
 */
import { defineAccountWidgets } from '../define-all.js';

export * from '../api.js';

defineAccountWidgets();
