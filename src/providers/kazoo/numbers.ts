/**
 * Phone numbers: the international-call rule, E.164 countries, block-list input.
 *
 * A dialled number is **international** when
 * 1. it matches Kazoo's `international` classifier, `^(011\d*)$|^(00\d*)$` (an international
 *    access code was dialled), or
 * 2. it is E.164 (`+` and digits) and its country is not the account's home country (within
 *    the North American Numbering Plan the country comes from the area code, so a US account
 *    calling Canada or Jamaica is international, calling Puerto Rico is not).
 * Numbers in a national format (no `+`, `011` or `00`) are domestic. Rule 2 is what Kazoo's own
 * E.164 normalisation would see after it rewrites a dialled `011…`/`00…` to `+…`.
 */

/** ITU-T E.164 country calling codes → ISO 3166-1 alpha-2 (NANP `1` and `7` are refined below). */
const CALLING_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  (
    '1 US,7 RU,20 EG,27 ZA,30 GR,31 NL,32 BE,33 FR,34 ES,36 HU,39 IT,40 RO,41 CH,43 AT,44 GB,45 DK,46 SE,47 NO,48 PL,49 DE,' +
    '51 PE,52 MX,53 CU,54 AR,55 BR,56 CL,57 CO,58 VE,60 MY,61 AU,62 ID,63 PH,64 NZ,65 SG,66 TH,81 JP,82 KR,84 VN,86 CN,' +
    '90 TR,91 IN,92 PK,93 AF,94 LK,95 MM,98 IR,211 SS,212 MA,213 DZ,216 TN,218 LY,220 GM,221 SN,222 MR,223 ML,224 GN,' +
    '225 CI,226 BF,227 NE,228 TG,229 BJ,230 MU,231 LR,232 SL,233 GH,234 NG,235 TD,236 CF,237 CM,238 CV,239 ST,240 GQ,' +
    '241 GA,242 CG,243 CD,244 AO,245 GW,246 IO,248 SC,249 SD,250 RW,251 ET,252 SO,253 DJ,254 KE,255 TZ,256 UG,257 BI,' +
    '258 MZ,260 ZM,261 MG,262 RE,263 ZW,264 NA,265 MW,266 LS,267 BW,268 SZ,269 KM,290 SH,291 ER,297 AW,298 FO,299 GL,' +
    '350 GI,351 PT,352 LU,353 IE,354 IS,355 AL,356 MT,357 CY,358 FI,359 BG,370 LT,371 LV,372 EE,373 MD,374 AM,375 BY,' +
    '376 AD,377 MC,378 SM,380 UA,381 RS,382 ME,383 XK,385 HR,386 SI,387 BA,389 MK,420 CZ,421 SK,423 LI,500 FK,501 BZ,' +
    '502 GT,503 SV,504 HN,505 NI,506 CR,507 PA,508 PM,509 HT,590 GP,591 BO,592 GY,593 EC,594 GF,595 PY,596 MQ,597 SR,' +
    '598 UY,599 CW,670 TL,672 NF,673 BN,674 NR,675 PG,676 TO,677 SB,678 VU,679 FJ,680 PW,681 WF,682 CK,683 NU,685 WS,' +
    '686 KI,687 NC,688 TV,689 PF,690 TK,691 FM,692 MH,850 KP,852 HK,853 MO,855 KH,856 LA,880 BD,886 TW,960 MV,961 LB,' +
    '962 JO,963 SY,964 IQ,965 KW,966 SA,967 YE,968 OM,970 PS,971 AE,972 IL,973 BH,974 QA,975 BT,976 MN,977 NP,992 TJ,' +
    '993 TM,994 AZ,995 GE,996 KG,998 UZ'
  )
    .split(',')
    .map((pair) => pair.split(' ') as [string, string]),
);

/** NANP area codes outside the United States (Canada, the Caribbean, US territories). */
const NANP_AREAS: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {};
  const canada =
    '204 226 236 249 250 257 263 273 289 306 343 354 365 367 368 382 387 403 416 418 428 431 437 438 450 460 468 474 506 ' +
    '514 519 548 579 581 584 587 600 604 613 639 647 672 683 705 709 742 753 778 780 782 807 819 825 867 873 879 902 905 942';
  for (const area of canada.split(' ')) out[area] = 'CA';
  const others =
    '242 BS,246 BB,264 AI,268 AG,284 VG,340 VI,345 KY,441 BM,473 GD,649 TC,658 JM,876 JM,664 MS,670 MP,671 GU,684 AS,' +
    '721 SX,758 LC,767 DM,784 VC,787 PR,939 PR,809 DO,829 DO,849 DO,868 TT,869 KN';
  for (const pair of others.split(',')) {
    const [area, iso] = pair.split(' ') as [string, string];
    out[area] = iso;
  }
  return out;
})();

const NANP_AREAS_COUNTRIES = new Set(Object.values(NANP_AREAS));

/** Territories whose numbers count as domestic for an account in the keyed country. */
const DOMESTIC_WITH: Readonly<Record<string, readonly string[]>> = { US: ['PR', 'VI', 'GU', 'AS', 'MP'] };

const E164 = /^\+[1-9]\d{6,14}$/;
const INTERNATIONAL_CLASSIFIER = /^(011\d*)$|^(00\d*)$/;

/** True for a `+` number with 7–15 digits. */
export function isE164(number: string): boolean {
  return E164.test(number);
}

/** The ISO 3166-1 alpha-2 country of an E.164 number, when its calling code is known. */
export function countryOfE164(number: string): string | undefined {
  if (!isE164(number)) return undefined;
  const digits = number.slice(1);
  if (digits.startsWith('1')) return NANP_AREAS[digits.slice(1, 4)] ?? 'US';
  if (digits.startsWith('7')) return digits[1] === '6' || digits[1] === '7' ? 'KZ' : 'RU';
  return CALLING_CODES[digits.slice(0, 3)] ?? CALLING_CODES[digits.slice(0, 2)];
}

/** The calling code of an ISO country (`GB` → `44`), when known. */
export function callingCodeOf(country: string): string | undefined {
  if (NANP_AREAS_COUNTRIES.has(country) || country === 'US') return '1';
  if (country === 'KZ') return '7';
  return Object.keys(CALLING_CODES).find((code) => CALLING_CODES[code] === country);
}

/** Whether `country` counts as domestic for an account whose home country is `home`. */
export function isDomesticCountry(country: string | undefined, home: string): boolean {
  if (country === undefined) return false;
  return country === home || (DOMESTIC_WITH[home]?.includes(country) ?? false);
}

/** Only digits and a leading `+` (`+1 (202) 555-0100` → `+12025550100`). */
export function compactNumber(text: string): string {
  const trimmed = text.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

export interface DialledNumber {
  /** What to show: E.164 when the dialled form could be rewritten to it, else as dialled. */
  display: string;
  international: boolean;
  /** ISO 3166-1 alpha-2 of the destination, when known. */
  countryCode?: string;
}

/**
 * Applies the international rule to a dialled number for an account in `home` (ISO alpha-2).
 * `011…` (from a NANP country) and `00…` are rewritten to `+…` for display and for finding the
 * destination country.
 */
export function classifyDialled(dialled: string, home: string): DialledNumber {
  const compact = compactNumber(dialled);
  if (INTERNATIONAL_CLASSIFIER.test(compact)) {
    const access = callingCodeOf(home) === '1' && compact.startsWith('011') ? 3 : home === 'AU' && compact.startsWith('0011') ? 4 : 2;
    const e164 = `+${compact.slice(access)}`;
    const countryCode = countryOfE164(e164);
    return { display: isE164(e164) ? e164 : dialled, international: true, ...(countryCode ? { countryCode } : {}) };
  }
  if (isE164(compact)) {
    const countryCode = countryOfE164(compact);
    return { display: compact, international: !isDomesticCountry(countryCode, home), ...(countryCode ? { countryCode } : {}) };
  }
  return { display: dialled, international: false };
}

/** A country given as ISO alpha-2 (`"gb"`) or an English short name Kazoo portals store (`"United Kingdom"`), as ISO. */
export function isoCountry(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  const byName: Record<string, string> = {
    'united states': 'US',
    usa: 'US',
    'united states of america': 'US',
    canada: 'CA',
    'united kingdom': 'GB',
    uk: 'GB',
    'great britain': 'GB',
    germany: 'DE',
    france: 'FR',
    australia: 'AU',
    ireland: 'IE',
    'new zealand': 'NZ',
    india: 'IN',
  };
  return byName[text.toLowerCase()];
}

const EXTENSION = /^\d{2,8}$/;

/** A number to block: E.164 (`+…`) or an extension, without spaces and punctuation; else `null`. */
export function normalizeBlockNumber(number: unknown): string | null {
  if (typeof number !== 'string') return null;
  const compact = number.trim().replace(/[\s().-]/g, '');
  return E164.test(compact) || EXTENSION.test(compact) ? compact : null;
}
