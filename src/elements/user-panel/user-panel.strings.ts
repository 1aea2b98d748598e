import { commonStrings } from '../../core/strings.js';

/** Default (English) text of `<user-panel>`. Override any entry through `strings`. */
export const userPanelStrings = {
  ...commonStrings,
  title: 'User',
  username: 'User name',
  fullName: 'Full name',
  email: 'Email',
  changePassword: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'Confirm password',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  passwordChanged: 'Your password has been changed.',
  passwordHint: (minLength: number) => `At least ${minLength} characters.`,
  errorCurrentRequired: 'Enter your current password.',
  errorTooShort: (minLength: number) => `Use at least ${minLength} characters.`,
  errorMismatch: 'The passwords do not match.',
  errorTooLong: (maxLength: number) => `Use at most ${maxLength} characters.`,
  errorInvisible: 'Use characters that can be seen, not only spaces or invisible marks.',
  errorControl: 'Remove control characters (such as line breaks) from the password.',
  errorSameAsCurrent: 'Choose a password different from your current one.',
  errorSummary: 'The password was not changed.',
  /** The answer to Save was lost: the password may or may not have been changed. Saving again is safe. */
  passwordUnknown: (reason: string) =>
    `We couldn't confirm whether your password was changed: ${reason} Saving the same passwords again is safe: the change will not be made twice.`,
};

export type UserPanelStrings = typeof userPanelStrings;
