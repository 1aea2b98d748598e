import { expect } from '@open-wc/testing';
import {
  compactPhoneNumber,
  countryCallingCode,
  formatPhoneNumber,
  isE164,
  isExtension,
  MAX_PHONE_INPUT_LENGTH,
  parsePhoneInput,
  type PhoneProblem,
} from '../../src/core/phone.js';

const problemOf = (text: string): PhoneProblem | undefined => {
  const result = parsePhoneInput(text);
  return result.ok ? undefined : result.problem;
};

describe('phone', () => {
  describe('parsePhoneInput', () => {
    it('accepts E.164 numbers and normalizes the ways people write them', () => {
      const cases: Array<[string, string]> = [
        ['+442071234567', '+442071234567'],
        ['+44 20 7123 4567', '+442071234567'],
        ['  +44-20-7123-4567  ', '+442071234567'],
        ['+1 (312) 555-0142', '+13125550142'],
        ['+1.312.555.0142', '+13125550142'],
        ['+49 30/12345678', '+493012345678'],
        ['+44 (0)20 7123 4567', '+442071234567'],
        ['+44(0)2071234567', '+442071234567'],
        ['+33\u00a01\u00a023\u00a045\u00a067\u00a089', '+33123456789'],
        ['+12345678', '+12345678'],
        ['+123456789012345', '+123456789012345'],
        ['[+61] 2 1234 5678', '+61212345678'],
        ['＋９７１ ５０ １２３ ４５６７', '+971501234567'],
        ['+٩٧١٥٠١٢٣٤٥٦٧', '+971501234567'],
        ['\u2066+44 20 7123 4567\u2069', '+442071234567'],
      ];
      for (const [input, number] of cases) {
        expect(parsePhoneInput(input), input).to.deep.equal({ ok: true, kind: 'e164', number });
      }
    });

    it('accepts extensions of 2 to 6 digits', () => {
      expect(parsePhoneInput('1001')).to.deep.equal({ ok: true, kind: 'extension', number: '1001' });
      expect(parsePhoneInput('12')).to.deep.equal({ ok: true, kind: 'extension', number: '12' });
      expect(parsePhoneInput(' 123-456 ')).to.deep.equal({ ok: true, kind: 'extension', number: '123456' });
    });

    it('says what is wrong with anything else', () => {
      const cases: Array<[string, PhoneProblem]> = [
        ['', 'empty'],
        ['   ', 'empty'],
        ['()- .', 'empty'],
        ['abc', 'characters'],
        ['+44 20 7123 4567 ext 12', 'characters'],
        ['44+2071234567', 'characters'],
        ['++442071234567', 'characters'],
        ['+44 20 7123 4567;', 'characters'],
        ['<script>', 'characters'],
        ['1e9', 'characters'],
        ['*67', 'characters'],
        ['+', 'characters'],
        ['+0442071234567', 'country-code'],
        ['+1234567', 'length'],
        ['+1234567890123456', 'length'],
        ['1', 'extension'],
        ['1234567', 'extension'],
        ['02071234567', 'extension'],
        ['0044 20 7123 4567', 'extension'],
        ['9'.repeat(MAX_PHONE_INPUT_LENGTH + 1), 'characters'],
      ];
      for (const [input, problem] of cases) expect(problemOf(input), JSON.stringify(input)).to.equal(problem);
    });
  });

  it('compacts without judging', () => {
    expect(compactPhoneNumber(' +44 (0) 20-7123.4567 ')).to.equal('+442071234567');
    expect(compactPhoneNumber('ab 12')).to.equal('ab12');
  });

  it('recognises the normal forms', () => {
    expect(isE164('+442071234567')).to.equal(true);
    expect(isE164('+44 20 7123 4567')).to.equal(false);
    expect(isE164('+1234567')).to.equal(false);
    expect(isExtension('1001')).to.equal(true);
    expect(isExtension('1234567')).to.equal(false);
  });

  it('splits off the country calling code', () => {
    expect(countryCallingCode('+13125550142')).to.equal('1');
    expect(countryCallingCode('+74951234567')).to.equal('7');
    expect(countryCallingCode('+442071234567')).to.equal('44');
    expect(countryCallingCode('+4930123456')).to.equal('49');
    expect(countryCallingCode('+35312345678')).to.equal('353');
    expect(countryCallingCode('+971501234567')).to.equal('971');
    expect(countryCallingCode('+2348031234567')).to.equal('234');
  });

  it('groups numbers for reading the way each country writes them', () => {
    const cases: Array<[string, string]> = [
      ['+13125550142', '+1 312 555 0142'],
      ['+442071234567', '+44 20 7123 4567'],
      ['+441614960000', '+44 161 496 0000'],
      ['+447700900123', '+44 7700 900123'],
      ['+493012345678', '+49 30 12345678'],
      ['+4915123456789', '+49 151 23456789'],
      ['+33123456789', '+33 1 23 45 67 89'],
      ['+34912345678', '+34 912 345 678'],
      ['+31612345678', '+31 6 12345678'],
      ['+31201234567', '+31 20 123 4567'],
      ['+61412345678', '+61 412 345 678'],
      ['+61212345678', '+61 2 1234 5678'],
      ['+81312345678', '+81 3 1234 5678'],
      ['+819012345678', '+81 90 1234 5678'],
      ['+8613800138000', '+86 138 0013 8000'],
      ['+919876543210', '+91 98765 43210'],
      ['+525512345678', '+52 55 1234 5678'],
      ['+5511912345678', '+55 11 91234 5678'],
      ['+74951234567', '+7 495 123 45 67'],
      ['+971501234567', '+971 50 123 4567'],
      ['+6561234567', '+65 6123 4567'],
    ];
    for (const [number, shown] of cases) expect(formatPhoneNumber(number), number).to.equal(shown);
  });

  it('falls back to groups of three and four, and leaves other forms alone', () => {
    expect(formatPhoneNumber('+2348031234567')).to.equal('+234 803 123 4567');
    expect(formatPhoneNumber('+35312345678')).to.equal('+353 1234 5678');
    expect(formatPhoneNumber('+390612345678')).to.equal('+39 061 234 5678');
    expect(formatPhoneNumber('+4412345')).to.equal('+4412345');
    expect(formatPhoneNumber('1001')).to.equal('1001');
    expect(formatPhoneNumber('anonymous')).to.equal('anonymous');
  });

  it('keeps every digit, in order, for any valid number', () => {
    for (let length = 8; length <= 15; length++) {
      for (const lead of ['1', '20', '44', '49', '86', '971', '353', '7']) {
        const number = `+${(lead + '123456789012345').slice(0, length)}`;
        const shown = formatPhoneNumber(number);
        expect(shown.replace(/ /g, ''), number).to.equal(number);
        expect(shown, number).to.match(/^\+\d+( \d+)+$/);
      }
    }
  });
});
