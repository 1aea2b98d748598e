/**
 * pbx-account-widgets: the public API, free of side effects — importing it registers no element,
 * so `ProviderError`, `HttpProvider` and the other utilities cost only what they use. Register
 * with `pbx-account-widgets/<element>` (one element), `pbx-account-widgets/all` (every element),
 * or {@link defineAccountWidgets} (every element, optionally under a `prefix`).
 *
 * @packageDocumentation
 */
export * from './api.js';
export { createDemoProvider } from './providers/demo/index.js';
export type { DemoProvider, DemoProviderOptions, DemoFailure, DemoMethod } from './providers/demo/index.js';
export { HttpProvider } from './providers/http/index.js';
export { KazooProvider } from './providers/kazoo/index.js';
export type { KazooProviderOptions, KazooTokenSupplier } from './providers/kazoo/index.js';
export type { HttpProviderOptions, AuthHeaderSupplier } from './providers/http/index.js';
