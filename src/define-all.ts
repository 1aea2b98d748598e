import { defineElement } from './core/define.js';
import { ELEMENTS } from './elements/registry.js';

export interface DefineOptions {
  /**
   * Registers every element as `<prefix-…>` (e.g. `acme` → `<acme-block-list>`), for pages that
   * already use one of the default names. Composite elements then render their children under
   * the same prefix. Lower-case letters, digits and dashes; must start with a letter.
   */
  prefix?: string;
}

/**
 * Defines every element (under `prefix-` when given). Defining a tag that already exists warns
 * and keeps the existing definition; it never throws. Returns the tag names used.
 */
export function defineAccountWidgets(options: DefineOptions = {}): string[] {
  const prefix = options.prefix?.trim().toLowerCase();
  if (prefix !== undefined && prefix !== '' && !/^[a-z][a-z0-9-]*$/.test(prefix)) {
    throw new TypeError(
      `Invalid custom-element prefix ${JSON.stringify(options.prefix)}: use lower-case letters, digits and dashes, starting with a letter.`,
    );
  }
  return Object.entries(ELEMENTS).map(([tag, element]) => {
    const name = prefix ? `${prefix}-${tag}` : tag;
    const ctor = element as unknown as CustomElementConstructor;
    // A constructor can be registered once: a prefixed name gets its own subclass.
    defineElement(name, prefix ? class extends ctor {} : ctor);
    return name;
  });
}
