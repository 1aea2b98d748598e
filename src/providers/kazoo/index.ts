/**
 * `pbx-account-widgets/kazoo`: the data provider for the 2600Hz Kazoo crossbar API.
 *
 * @packageDocumentation
 */
export { KazooProvider, type KazooProviderOptions } from './kazoo-provider.js';
export type { KazooTokenSupplier } from './transport.js';
