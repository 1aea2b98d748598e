import { expect } from '@open-wc/testing';
import type { ProviderErrorCode } from '../../src/core/errors.js';
import { PROVIDER_ERROR_CODES } from '../../src/core/errors.js';
import { checkPasswordChange, fieldOfProviderError } from '../../src/elements/user-panel/password-rules.js';
import { check, fc } from './fuzz-config.js';

/*
 * src/elements/user-panel/password-rules.ts: the form's checks before the provider is called.
 * Length counts code points ("🔒🔒🔒🔒" is four characters); each field's problem depends on that
 * field's rule only; an empty result means the provider may be called.
 */

const password = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('🔒', 'é', 'e\u0301', 'a', ' ', '\ud800'), maxLength: 12 }),
);
const policy = fc.record({ minLength: fc.integer({ min: 0, max: 24 }), requireCurrentPassword: fc.boolean() });
/** Forms where the confirmation usually matches (the interesting case), sometimes not. */
const form = fc.tuple(password, password, password, fc.boolean()).map(([currentPassword, newPassword, other, same]) => ({
  currentPassword,
  newPassword,
  confirmPassword: same ? newPassword : other,
}));

const codePoints = (s: string) => [...s].length;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const visible = (s: string) => s.replace(/[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\u2800\u3164\uffa0]/gu, '') !== '';
/** The new password's own problem: control characters, too short, nothing visible. */
const ownProblem = (s: string, minLength: number) =>
  CONTROL.test(s) ? 'control' : codePoints(s) < Math.max(1, minLength) ? 'too-short' : !visible(s) ? 'invisible' : undefined;

describe('fuzz: password rules (user-panel)', () => {
  it('reports each field exactly when its rule is broken', () => {
    check(
      fc.property(form, policy, (input, p) => {
        const problems = checkPasswordChange(input, p);
        const own = ownProblem(input.newPassword, p.minLength);
        const same = p.requireCurrentPassword && input.newPassword === input.currentPassword;
        expect(problems.currentPassword).to.equal(p.requireCurrentPassword && input.currentPassword === '' ? 'required' : undefined);
        expect(problems.newPassword).to.equal(own ?? (same ? 'same-as-current' : undefined));
        expect(problems.confirmPassword).to.equal(input.confirmPassword !== input.newPassword ? 'mismatch' : undefined);
        expect(Object.keys(problems).every((k) => ['currentPassword', 'newPassword', 'confirmPassword'].includes(k))).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('lets the provider be called exactly when every rule holds', () => {
    check(
      fc.property(form, policy, (input, p) => {
        const ok =
          (!p.requireCurrentPassword || input.currentPassword !== '') &&
          ownProblem(input.newPassword, p.minLength) === undefined &&
          !(p.requireCurrentPassword && input.newPassword === input.currentPassword) &&
          input.confirmPassword === input.newPassword;
        expect(Object.keys(checkPasswordChange(input, p)).length === 0).to.equal(ok);
      }),
      { numRuns: 1000 },
    );
  });

  it('never asks for a password shorter than one character, whatever the policy says', () => {
    check(
      fc.property(fc.integer({ min: -10, max: 0 }), fc.boolean(), (minLength, requireCurrentPassword) => {
        const problems = checkPasswordChange(
          { currentPassword: 'x', newPassword: '', confirmPassword: '' },
          { minLength, requireCurrentPassword },
        );
        expect(problems.newPassword).to.equal('too-short');
      }),
    );
  });

  it('refuses passwords over 1,024 characters, only invisible characters, or control characters (NIST 800-63B: 64 allowed)', () => {
    const policy = { minLength: 8, requireCurrentPassword: false };
    const problem = (newPassword: string) =>
      checkPasswordChange({ currentPassword: '', newPassword, confirmPassword: newPassword }, policy).newPassword;
    expect(problem('x'.repeat(64))).to.equal(undefined);
    expect(problem('🔒'.repeat(1024))).to.equal(undefined);
    expect(problem('x'.repeat(1025))).to.equal('too-long');
    const start = performance.now();
    expect(problem('x'.repeat(1_000_000))).to.equal('too-long');
    expect(performance.now() - start).to.be.below(50);
    expect(problem('\u200b'.repeat(8))).to.equal('invisible');
    expect(problem('\u200b\u200c\u200d\u2060\ufeff\u00ad\u3000 ')).to.equal('invisible');
    expect(problem('good-pass\u0000word')).to.equal('control');
    expect(problem('line\nbreak-pass')).to.equal('control');
    expect(problem('correct horse battery')).to.equal(undefined);
    expect(
      checkPasswordChange(
        { currentPassword: 'y'.repeat(2000), newPassword: 'a-fine-password', confirmPassword: 'a-fine-password' },
        { minLength: 8, requireCurrentPassword: true },
      ).currentPassword,
    ).to.equal('too-long');
  });

  describe("maps a provider's validation error to a form field", () => {
    const ALIASES: Record<string, string> = {
      currentpassword: 'currentPassword',
      current_password: 'currentPassword',
      current: 'currentPassword',
      newpassword: 'newPassword',
      new_password: 'newPassword',
      password: 'newPassword',
    };
    const aliasInAnyCase = fc
      .tuple(fc.constantFrom(...Object.keys(ALIASES)), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }))
      .map(([alias, upper]) => [...alias].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
    const field = fc.oneof(
      aliasInAnyCase,
      fc.string({ maxLength: 20 }),
      fc.constantFrom('email', 'PASSWORD', 'newPassword', 'confirm', ...Object.getOwnPropertyNames(Object.prototype)),
    );
    const code = fc.constantFrom(...PROVIDER_ERROR_CODES) as fc.Arbitrary<ProviderErrorCode>;

    it('returns a known field or undefined, and only for `validation`', () => {
      check(
        fc.property(code, fc.option(field, { nil: undefined }), fc.string(), (c, f, message) => {
          const result = fieldOfProviderError({ code: c, message, ...(f === undefined ? {} : { field: f }) });
          const want = c === 'validation' && f && Object.hasOwn(ALIASES, f.toLowerCase()) ? ALIASES[f.toLowerCase()] : undefined;
          expect(result, `${c} ${JSON.stringify(f)}`).to.equal(want);
        }),
        { numRuns: 1000 },
      );
    });

    // Object.prototype's names are not fields (a plain object lookup would return its members).
    it('fieldOfProviderError: Object.prototype names are not fields', () => {
      check(
        fc.property(fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)), (f) => {
          expect(fieldOfProviderError({ code: 'validation', message: 'Bad', field: f }), f).to.equal(undefined);
        }),
      );
    });
  });
});
