import type { ProviderErrorLike } from '../../core/errors.js';
import type { PasswordPolicy } from '../../core/provider.js';

/** Used when the provider has no `getPasswordPolicy`. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, requireCurrentPassword: false };

export type PasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';
export type PasswordProblem = 'required' | 'too-short' | 'too-long' | 'invisible' | 'control' | 'mismatch' | 'same-as-current';

/**
 * The longest password accepted, in characters. NIST SP 800-63B asks to allow at least 64;
 * beyond this nothing is gained and a megabyte "password" is only a load on the server.
 */
export const MAX_PASSWORD_LENGTH = 1024;

/** Control characters (NUL, line breaks, C1…): no keyboard types them and backends truncate at them. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
/** Characters that show nothing: blanks, zero-width and other default-ignorable marks, format characters. */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\u2800\u3164\uffa0]/gu;

/** What is wrong with one password on its own (length bounds, invisible or control characters), if anything. */
function passwordProblem(password: string, minLength: number): PasswordProblem | undefined {
  // Bound the work first: a million-character paste is refused without walking it.
  if (password.length > MAX_PASSWORD_LENGTH * 2 || [...password].length > MAX_PASSWORD_LENGTH) return 'too-long';
  if (CONTROL.test(password)) return 'control';
  // Count code points, not UTF-16 units: "🔒🔒🔒🔒" is four characters to the user.
  if ([...password].length < Math.max(1, minLength)) return 'too-short';
  if (password.replace(INVISIBLE, '') === '') return 'invisible';
  return undefined;
}

export interface PasswordChangeInput {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** What is wrong with the form, field by field; empty when the provider may be called. */
export function checkPasswordChange(input: PasswordChangeInput, policy: PasswordPolicy): Partial<Record<PasswordField, PasswordProblem>> {
  const problems: Partial<Record<PasswordField, PasswordProblem>> = {};
  if (policy.requireCurrentPassword && input.currentPassword === '') problems.currentPassword = 'required';
  else if (input.currentPassword.length > MAX_PASSWORD_LENGTH * 2 || [...input.currentPassword].length > MAX_PASSWORD_LENGTH)
    problems.currentPassword = 'too-long';
  const problem = passwordProblem(input.newPassword, policy.minLength);
  if (problem) problems.newPassword = problem;
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
