import type { ProviderErrorLike } from '../../core/errors.js';
import type { PasswordPolicy } from '../../core/provider.js';

/** Used when the provider has no `getPasswordPolicy`. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, requireCurrentPassword: false };

export type PasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';
export type PasswordProblem = 'required' | 'too-short' | 'mismatch' | 'same-as-current';

export interface PasswordChangeInput {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** What is wrong with the form, field by field; empty when the provider may be called. */
export function checkPasswordChange(input: PasswordChangeInput, policy: PasswordPolicy): Partial<Record<PasswordField, PasswordProblem>> {
  const problems: Partial<Record<PasswordField, PasswordProblem>> = {};
  if (policy.requireCurrentPassword && input.currentPassword === '') problems.currentPassword = 'required';
  // Count code points, not UTF-16 units: "🔒🔒🔒🔒" is four characters to the user.
  if ([...input.newPassword].length < Math.max(1, policy.minLength)) problems.newPassword = 'too-short';
  else if (policy.requireCurrentPassword && input.newPassword === input.currentPassword) problems.newPassword = 'same-as-current';
  if (input.confirmPassword !== input.newPassword) problems.confirmPassword = 'mismatch';
  return problems;
}

const FIELD_ALIASES: Record<string, PasswordField> = {
  currentpassword: 'currentPassword',
  current_password: 'currentPassword',
  current: 'currentPassword',
  newpassword: 'newPassword',
  new_password: 'newPassword',
  password: 'newPassword',
};

/** The form field a provider's `validation` error is about, if any. */
export function fieldOfProviderError(error: ProviderErrorLike): PasswordField | undefined {
  if (error.code !== 'validation' || !error.field) return undefined;
  const key = error.field.toLowerCase();
  return Object.hasOwn(FIELD_ALIASES, key) ? FIELD_ALIASES[key] : undefined;
}
