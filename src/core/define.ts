import { DEV } from './dev.js';

/** The library's version, named in redefinition warnings. */
export const VERSION = '0.1.0';

const versions = new Map<string, string>();

/**
 * Registers `tag` unless it is already defined: then it warns (naming both versions when it
 * knows them) and keeps the existing definition — defining twice never throws.
 * Returns the constructor that ends up registered.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): CustomElementConstructor {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      const other = versions.get(tag) ?? 'another library or version';
      console.warn(
        DEV
          ? `pbx-account-widgets ${VERSION}: <${tag}> is already defined by ${other}; keeping that definition. Use defineAccountWidgets({ prefix }) to register under other names.`
          : `pbx-account-widgets ${VERSION}: <${tag}> is already defined by ${other}`,
      );
    }
    return existing;
  }
  customElements.define(tag, ctor);
  versions.set(tag, `pbx-account-widgets ${VERSION}`);
  return ctor;
}
