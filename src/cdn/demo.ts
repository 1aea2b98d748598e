/** `dist/cdn/demo.js`: the demo provider for CDN pages (import alongside `dist/cdn/index.js`). */
export * from '../providers/demo/index.js';
