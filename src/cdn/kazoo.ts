/** `dist/cdn/kazoo.js`: KazooProvider for CDN pages (import alongside `dist/cdn/index.js`). */
export * from '../providers/kazoo/index.js';
