/**
 * Every CSS part name the elements use. Composite elements forward all of them from their
 * children (`exportparts`), both as they are (`account-settings::part(button)` reaches every
 * button) and prefixed with the section (`account-settings::part(user__title)`).
 * A test checks this list against the parts documented in `custom-elements.json`.
 */
export const PART_NAMES = [
  'base',
  'title',
  'details',
  'button',
  'name',
  'menu',
  'item',
  'loading',
  'error',
  'error-message',
  'retry-button',
  'empty',
  'no-provider',
  'not-supported',
  'dialog',
  'dialog-title',
  'dialog-message',
  'dialog-actions',
  'dialog-cancel',
  'dialog-confirm',
  'form',
  'field',
  'input',
  'field-error',
  'form-error',
  'save-button',
  'cancel-button',
  'change-password-button',
  'success',
  'contacts',
  'contact',
  'table',
  'total',
  'credit',
  'quote',
  'buy-button',
  'remove-button',
] as const;

/** The `exportparts` value that forwards every part, plain and as `prefix__part`. */
export function exportPartsFor(prefix: string, names: readonly string[] = PART_NAMES): string {
  return names.map((p) => `${p}, ${p}:${prefix}__${p}`).join(', ');
}
