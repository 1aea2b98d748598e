import { expect } from '@open-wc/testing';
import { MAX_USERS_PER_CHANGE, parseQuantity, removableUsers, removalProblem } from '../../src/elements/service-plan-panel/quantity.js';
import { check, fc } from './fuzz-config.js';

/*
 * The "Users to buy / to remove" fields (src/elements/service-plan-panel/quantity.ts) accept
 * exactly the strings that are, once trimmed (a pasted "5 " is fine, as documented there),
 * digits — /^[0-9]+$/ once Arabic-Indic, Eastern Arabic and full-width digits read as 0–9 (as
 * in the block form) — with a value from 1 to max. Everything else is refused: signs, decimals,
 * exponents, separators, other scripts' digits, empty, text.
 */

const ASCII_DIGITS = /^[0-9]+$/;
/** The reference reading of other scripts' digits, written out (Arabic-Indic, Eastern Arabic, full-width; full-width plus). */
const toAscii = (raw: string) =>
  [...raw]
    .map((ch) => {
      for (const zero of [0x0660, 0x06f0, 0xff10])
        if (ch.codePointAt(0)! >= zero && ch.codePointAt(0)! <= zero + 9) return String(ch.codePointAt(0)! - zero);
      return ch === '\uff0b' ? '+' : ch;
    })
    .join('');

/** The reference: what should happen to `raw`, computed with BigInt (never a float). */
function expected(raw: string, max: number): { ok: true; value: number } | { ok: false } {
  const text = toAscii(raw).trim();
  if (!ASCII_DIGITS.test(text)) return { ok: false };
  const value = BigInt(text);
  return value >= 1n && value <= BigInt(max) ? { ok: true, value: Number(value) } : { ok: false };
}

const digitString = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 30 });
const whitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff'), maxLength: 3 });
/** Characters that look like, or sit next to, digits. */
const tricky = fc.constantFrom(
  '-',
  '+',
  '.',
  ',',
  'e',
  'E',
  '_',
  "'",
  ' ',
  '0x',
  '0b',
  '0o',
  'Infinity',
  'NaN',
  '١',
  '٣',
  '۵',
  '५',
  '๓',
  '０',
  '５',
  '²',
  '½',
  '⁵',
  '\u200b',
  '\u0000',
);
const nearlyNumbers = fc.oneof(
  fc.tuple(fc.array(fc.oneof(digitString, tricky), { minLength: 1, maxLength: 5 })).map(([parts]) => parts.join('')),
  fc.double().map(String),
  fc.integer().map(String),
  fc.bigInt().map(String),
  fc.integer({ min: 1, max: 10_000 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 1, max: 10_000 }).map((n) => n.toExponential()),
);
const inputs = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(whitespace, digitString, whitespace).map(([a, d, b]) => a + d + b) },
  { weight: 3, arbitrary: nearlyNumbers },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 20_000 }).map(String) },
);
const maxima = fc.oneof(fc.constant(MAX_USERS_PER_CHANGE), fc.integer({ min: 1, max: 1_000_000 }));

describe('fuzz: quantity fields (service-plan-panel)', () => {
  it(`accepts exactly trimmed /^[0-9]+$/ with a value in 1..max (default ${MAX_USERS_PER_CHANGE})`, () => {
    check(
      fc.property(inputs, maxima, (raw, max) => {
        const got = max === MAX_USERS_PER_CHANGE ? parseQuantity(raw) : parseQuantity(raw, max);
        const want = expected(raw, max);
        expect(got.ok, `${JSON.stringify(raw)} (max ${max})`).to.equal(want.ok);
        if (got.ok && want.ok) {
          expect(got.value).to.equal(want.value);
          expect(Number.isSafeInteger(got.value)).to.equal(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a reason for every refusal, matching what is wrong', () => {
    check(
      fc.property(inputs, (raw) => {
        const got = parseQuantity(raw);
        if (got.ok) return;
        const text = toAscii(raw).trim();
        const reason = text === '' ? 'required' : ASCII_DIGITS.test(text) ? 'out-of-range' : 'not-whole';
        expect(got.problem, JSON.stringify(raw)).to.equal(reason);
      }),
      { numRuns: 1000 },
    );
  });

  it('removal: refused exactly when more than the plan, or below the users in use', () => {
    const users = fc.record(
      { quantity: fc.integer({ min: 0, max: 20_000 }), inUse: fc.integer({ min: -5, max: 25_000 }) },
      { requiredKeys: ['quantity'] },
    );
    check(
      fc.property(fc.integer({ min: 1, max: MAX_USERS_PER_CHANGE }), users, (count, plan) => {
        const removable = Math.max(0, plan.quantity - Math.max(0, plan.inUse ?? 0));
        expect(removableUsers(plan)).to.equal(removable);
        const problem = removalProblem(count, plan);
        if (count > plan.quantity) expect(problem).to.equal('more-than-plan');
        else if (count > removable) expect(problem).to.equal('below-in-use');
        else expect(problem).to.equal(undefined);
      }),
    );
  });
});
