/**
 * The demo's vocabulary: accounts, people, destination countries with per-minute rates, media
 * file names and block reasons. Names, addresses and numbers are fictional (reserved ranges
 * such as NANP 555-01xx and Ofcom's drama numbers where they exist).
 */

export interface AccountProfile {
  name: string;
  slug: string;
  timezone: string;
  address: string;
  /** E.164 prefix of the account's own numbers; `didDigits` random digits follow. */
  didPrefix: string;
  didDigits: number;
  /** ISO codes of the countries this business calls most. */
  favourites: readonly string[];
}

export const ACCOUNTS: readonly AccountProfile[] = [
  {
    name: 'Northwind Dental',
    slug: 'northwind',
    timezone: 'America/Chicago',
    address: '418 Lake Shore Dr, Suite 210, Chicago, IL 60611, USA',
    didPrefix: '+131255501',
    didDigits: 2,
    favourites: ['MX', 'IN', 'PH'],
  },
  {
    name: 'Harbor & Pine Legal LLP',
    slug: 'harborpine',
    timezone: 'Europe/London',
    address: "14 Bream's Buildings, London EC4A 1HP, United Kingdom",
    didPrefix: '+442079460',
    didDigits: 3,
    favourites: ['IE', 'NG', 'AE'],
  },
  {
    name: 'Kestrel Engineering GmbH',
    slug: 'kestrel',
    timezone: 'Europe/Berlin',
    address: 'Friedrichstraße 123, 10117 Berlin, Germany',
    didPrefix: '+49302312',
    didDigits: 4,
    favourites: ['PL', 'TR', 'CN'],
  },
  {
    name: 'Sunrise Travel Co.',
    slug: 'sunrisetravel',
    timezone: 'America/Los_Angeles',
    address: '88 Market St, Floor 4, San Francisco, CA 94105, USA',
    didPrefix: '+141555501',
    didDigits: 2,
    favourites: ['JP', 'VN', 'JM'],
  },
  {
    name: 'Maple Leaf Accounting',
    slug: 'mapleleaf',
    timezone: 'America/Toronto',
    address: '200 Bay St, Suite 1800, Toronto, ON M5J 2J2, Canada',
    didPrefix: '+141655501',
    didDigits: 2,
    favourites: ['GB', 'IN', 'PK'],
  },
  {
    name: 'Blue Fern Logistics',
    slug: 'bluefern',
    timezone: 'Australia/Sydney',
    address: 'Level 7, 60 Martin Pl, Sydney NSW 2000, Australia',
    didPrefix: '+6125550',
    didDigits: 4,
    favourites: ['SG', 'CN', 'KR'],
  },
  {
    name: 'Cedar Ridge Veterinary',
    slug: 'cedarridge',
    timezone: 'America/Denver',
    address: '1550 Larimer St, Denver, CO 80202, USA',
    didPrefix: '+130355501',
    didDigits: 2,
    favourites: ['BR', 'CO', 'KE'],
  },
];

export const FIRST_NAMES = [
  'Amara',
  'Jordan',
  'Priya',
  'Mateo',
  'Hannah',
  'Kenji',
  'Olivia',
  'Tunde',
  'Sofia',
  'Liam',
  'Mei',
  'Rafael',
  'Chloe',
  'Arjun',
  'Grace',
  'Noah',
  'Fatima',
  'Lukas',
  'Isabel',
  'Samuel',
] as const;
export const LAST_NAMES = [
  'Okafor',
  'Lee',
  'Sharma',
  'García',
  'Schmidt',
  'Tanaka',
  'Brown',
  'Adeyemi',
  'Rossi',
  'Murphy',
  'Chen',
  'Silva',
  'Dubois',
  'Patel',
  'Nguyen',
  'Walker',
  'Haddad',
  'Novak',
  'Martins',
  'Kowalski',
] as const;
export const CONTACT_ROLES = ['Billing', 'Technical', 'Administrative'] as const;
export const PLAN_NAMES = ['Business Pro', 'Office Essentials', 'Hosted PBX Standard', 'Unified Comms Plus'] as const;
export const USER_PRICES = ['19.99', '24.95', '14.50', '29.00'] as const;
export const DID_PRICES = ['2.50', '1.99', '3.00'] as const;
export const EXTRA_LINES = [
  { label: 'Call recording storage', unitPrice: '4.99' },
  { label: 'Toll-free number', unitPrice: '5.00' },
  { label: 'E911 service', unitPrice: '1.25' },
  { label: 'Fax to email', unitPrice: '3.50' },
  { label: 'Conference bridge', unitPrice: '9.99' },
] as const;

export interface Country {
  name: string;
  iso: string;
  dial: string;
  /** Leading digits of national numbers; one is picked, then random digits up to `length`. */
  prefixes: readonly string[];
  /** National significant number length. */
  length: number;
  /** Per-minute rate with four decimals. */
  rate: string;
  /** Relative share of calls. */
  weight: number;
}

const c = (name: string, iso: string, dial: string, prefixes: string[], length: number, rate: string, weight: number): Country => ({
  name,
  iso,
  dial,
  prefixes,
  length,
  rate,
  weight,
});

export const COUNTRIES: readonly Country[] = [
  c('United Kingdom', 'GB', '44', ['20', '121', '161', '7700', '7911'], 10, '0.0150', 12),
  c('Germany', 'DE', '49', ['30', '89', '40', '151', '170'], 11, '0.0190', 8),
  c('France', 'FR', '33', ['1', '6', '7', '4'], 9, '0.0210', 6),
  c('India', 'IN', '91', ['98', '99', '80', '22'], 10, '0.0125', 12),
  c('Mexico', 'MX', '52', ['55', '33', '81'], 10, '0.0290', 10),
  c('Philippines', 'PH', '63', ['917', '918', '2'], 10, '0.1450', 7),
  c('Nigeria', 'NG', '234', ['803', '805', '1'], 10, '0.1890', 4),
  c('Brazil', 'BR', '55', ['119', '219', '31'], 11, '0.0440', 5),
  c('Japan', 'JP', '81', ['3', '6', '90', '80'], 10, '0.0560', 5),
  c('China', 'CN', '86', ['138', '139', '186'], 11, '0.0150', 5),
  c('Australia', 'AU', '61', ['2', '3', '4'], 9, '0.0350', 4),
  c('Canada', 'CA', '1', ['416', '604', '514'], 10, '0.0100', 6),
  c('Spain', 'ES', '34', ['91', '93', '6'], 9, '0.0220', 4),
  c('Italy', 'IT', '39', ['06', '02', '3'], 10, '0.0230', 4),
  c('Netherlands', 'NL', '31', ['20', '6'], 9, '0.0240', 3),
  c('Poland', 'PL', '48', ['22', '5', '6'], 9, '0.0310', 3),
  c('Ireland', 'IE', '353', ['1', '8'], 9, '0.0260', 3),
  c('South Africa', 'ZA', '27', ['21', '11', '8'], 9, '0.0790', 2),
  c('Kenya', 'KE', '254', ['7', '20'], 9, '0.1120', 2),
  c('Egypt', 'EG', '20', ['10', '2'], 10, '0.1680', 2),
  c('Pakistan', 'PK', '92', ['3', '21'], 10, '0.0950', 3),
  c('Bangladesh', 'BD', '880', ['17', '2'], 10, '0.0640', 2),
  c('Vietnam', 'VN', '84', ['9', '28'], 9, '0.1030', 2),
  c('South Korea', 'KR', '82', ['10', '2'], 10, '0.0380', 2),
  c('Colombia', 'CO', '57', ['3', '60'], 10, '0.0480', 2),
  c('Argentina', 'AR', '54', ['11', '351'], 10, '0.0520', 2),
  c('Israel', 'IL', '972', ['5', '3'], 9, '0.0330', 2),
  c('United Arab Emirates', 'AE', '971', ['5', '4'], 9, '0.2290', 2),
  c('Singapore', 'SG', '65', ['6', '8', '9'], 8, '0.0180', 2),
  c('Sweden', 'SE', '46', ['8', '7'], 9, '0.0270', 2),
  c('Jamaica', 'JM', '1', ['876'], 10, '0.2150', 1),
  c('Ghana', 'GH', '233', ['24', '30'], 9, '0.1950', 1),
  c('Turkey', 'TR', '90', ['5', '212'], 10, '0.0690', 2),
];

export const MEDIA_NAMES = [
  'Main greeting',
  'After-hours greeting',
  'Holiday closure',
  'Hold music - Smooth jazz',
  'Hold music - Acoustic',
  'IVR - Welcome menu',
  'IVR - Press 1 for sales',
  'IVR - Press 2 for support',
  'IVR - Invalid option',
  'Voicemail greeting - Reception',
  'Queue position announcement',
  'Call recording notice',
  'Weather closure',
  'Lunch break message',
  'Voicemail greeting - Billing',
  'Transfer chime',
] as const;

export const BLOCK_REASONS = ['Blocked from call log', 'Spam caller', 'Robocall', 'Repeated hang-ups', 'Blocked by admin'] as const;
