import { ProviderError } from '../../core/errors.js';
import type { Account, Contact, PasswordChange, PasswordPolicy, RequestOptions, User } from '../../core/provider.js';
import type { KazooContext } from './context.js';
import { isObject } from './envelope.js';
import { clean, Reader } from './json.js';
import { path } from './transport.js';

/**
 * The signed-in user (`/accounts/{A}/users/{U}`) and the account (`/accounts/{A}`).
 *
 * Kazoo has no password policy and does not check the current password when a password is
 * changed (`PATCH` of the user document), so the policy says `requireCurrentPassword: false`
 * and only the minimum length (an option, default 8) is checked — here, before Kazoo is asked.
 */

export function userFromDoc(doc: Reader, fallbackId: string): User {
  const id = doc.string('id') || fallbackId;
  return clean({
    id,
    username: doc.string('username') || doc.string('email') || id,
    firstName: doc.string('first_name') || undefined,
    lastName: doc.string('last_name') || undefined,
    email: doc.string('email') || undefined,
    timezone: doc.timeZone('timezone'),
  });
}

export async function getCurrentUser(ctx: KazooContext, o: RequestOptions = {}): Promise<User> {
  const route = `${ctx.accountPath}${path`/users/${ctx.userId}`}`;
  const envelope = await ctx.transport.json({ method: 'GET', path: route, signal: o.signal });
  return userFromDoc(Reader.of(envelope.data, `GET ${route}`), ctx.userId);
}

export function getPasswordPolicy(ctx: KazooContext): PasswordPolicy {
  return { minLength: ctx.passwordMinLength, requireCurrentPassword: false };
}

export async function changePassword(ctx: KazooContext, input: PasswordChange, o: RequestOptions = {}): Promise<void> {
  const next = input?.newPassword;
  if (typeof next !== 'string' || next.length < ctx.passwordMinLength) {
    throw new ProviderError('validation', `The new password must have at least ${ctx.passwordMinLength} characters.`, {
      field: 'newPassword',
    });
  }
  // `currentPassword`, if given, is not sent: Kazoo has nothing to check it against.
  await ctx.transport.json({
    method: 'PATCH',
    path: `${ctx.accountPath}${path`/users/${ctx.userId}`}`,
    body: { data: { password: next } },
    signal: o.signal,
  });
}

const ROLE_ORDER = ['billing', 'technical'];

function addressOf(c: Reader): string | undefined {
  const regionLine = [c.string('region'), c.string('postal_code')].filter(Boolean).join(' ');
  const parts = [c.string('street_address'), c.string('extended_address'), c.string('locality'), regionLine, c.string('country')];
  const text = parts.filter((p) => p && p.trim()).join(', ');
  return text || undefined;
}

/**
 * `contact` (not in Kazoo's schema, but where portals keep it: `contact.billing`,
 * `contact.technical`, any other role) as contacts, billing and technical first.
 */
function contactsOf(doc: Reader): Contact[] {
  const contact = doc.object('contact');
  if (!contact) return [];
  const roles = Object.keys(contact.value).sort((a, b) => {
    const ia = ROLE_ORDER.indexOf(a);
    const ib = ROLE_ORDER.indexOf(b);
    return (ia < 0 ? ROLE_ORDER.length : ia) - (ib < 0 ? ROLE_ORDER.length : ib);
  });
  const out: Contact[] = [];
  for (const role of roles) {
    if (!isObject(contact.value[role])) continue;
    const c = contact.object(role)!;
    const entry = clean({
      role: role.charAt(0).toUpperCase() + role.slice(1).replaceAll('_', ' '),
      name: c.string('name') || undefined,
      email: c.string('email') || undefined,
      phone: c.string('number') || c.string('phone') || undefined,
      address: addressOf(c),
    });
    if (Object.keys(entry).length > 1) out.push(entry);
  }
  return out;
}

export async function getAccount(ctx: KazooContext, o: RequestOptions = {}): Promise<Account> {
  const doc = await ctx.freshAccount(o.signal);
  return clean({
    id: doc.string('id') || ctx.accountId,
    name: doc.string('name') || ctx.accountId,
    realm: doc.string('realm') ?? '',
    timezone: doc.timeZone('timezone'),
    contacts: contactsOf(doc),
  });
}
