import type { Account, Contact, User } from '../../core/provider.js';
import {
  ACCOUNTS,
  CONTACT_ROLES,
  DID_PRICES,
  EXTRA_LINES,
  FIRST_NAMES,
  LAST_NAMES,
  PLAN_NAMES,
  USER_PRICES,
  type AccountProfile,
} from './catalog.js';
import type { PlanState } from './plan.js';
import { Random } from './random.js';

/** Who the demo account is: picked and filled in from the seed. */
export interface DemoWorld {
  profile: AccountProfile;
  account: Account;
  user: User;
  /** The account's own numbers (E.164). */
  dids: string[];
  /** Extensions of the users in use, `"1001"`…`"1040"`. */
  extensions: string[];
  plan: PlanState;
  /** Starting credit, a decimal string with two decimals. */
  credit: string;
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase();
}

export function createWorld(seed: number, sizes: { users: number; dids: number }): DemoWorld {
  const r = new Random(seed, 1);
  const profile = r.pick(ACCOUNTS);
  const domain = `${profile.slug}.example`;
  const dids = new Set<string>();
  while (dids.size < Math.max(1, sizes.dids) && dids.size < 10 ** profile.didDigits)
    dids.add(profile.didPrefix + r.digits(profile.didDigits));
  const didList = [...dids];

  const person = () => ({ first: r.pick(FIRST_NAMES), last: r.pick(LAST_NAMES) });
  const me = person();
  const username = `${ascii(me.first)}.${ascii(me.last)}`;
  const user: User = {
    id: `user-${(seed % 9000) + 1000}`,
    username,
    firstName: me.first,
    lastName: me.last,
    email: `${username}@${domain}`,
    timezone: profile.timezone,
  };

  const contacts: Contact[] = CONTACT_ROLES.slice(0, r.int(2, 3)).map((role, i) => {
    const p = i === 0 ? me : person();
    return {
      role,
      name: `${p.first} ${p.last}`,
      email: i === 1 && r.chance(0.5) ? `${role.toLowerCase()}@${domain}` : `${ascii(p.first)}.${ascii(p.last)}@${domain}`,
      phone: didList[i % didList.length]!,
      address: profile.address,
    };
  });
  const account: Account = {
    id: `acct-${profile.slug}-${seed.toString(36)}`,
    name: profile.name,
    realm: `${profile.slug}.pbx.example`,
    timezone: profile.timezone,
    contacts,
  };

  const users = Math.max(1, sizes.users);
  const inUse = Math.max(1, users - r.int(0, Math.min(3, users - 1)));
  const extensions = Array.from({ length: Math.min(inUse, 40) }, (_, i) => String(1001 + i));
  const lines = r.shuffle(EXTRA_LINES).slice(0, r.int(1, 2));
  const plan: PlanState = {
    name: r.pick(PLAN_NAMES),
    users,
    inUse,
    userPrice: r.pick(USER_PRICES),
    dids: didList.length,
    didPrice: r.pick(DID_PRICES),
    lines: lines.map((l) => ({ label: l.label, quantity: l.label === 'E911 service' ? didList.length : 1, unitPrice: l.unitPrice })),
  };
  const credit = `${r.int(150, 900)}.${r.digits(2)}`;
  return { profile, account, user, dids: didList, extensions, plan, credit };
}
