import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';

// Accounts that name a machine's role, not a person: the import log says nothing rather than « par root ».
const technicalAccounts = new Set(['root', 'admin', 'administrator', 'administrateur', 'user', 'utilisateur', 'guest', 'invite', 'invité', 'node']);

/** The full name the system holds for the account (the GECOS field on Linux: « Marie Dupont,,, »), or ''. */
export function fullNameOf(passwd: string, uid: number): string {
  for (const line of passwd.split('\n')) {
    const [, , id, , gecos = ''] = line.split(':');
    if (Number(id) === uid) return (gecos.split(',')[0] ?? '').trim();
  }
  return '';
}

/** A person's name for the log, from what the system gives: the full name, else a non-technical account name, else ''. */
export function personName(fullName: string, accountName: string): string {
  if (fullName.trim() !== '' && !technicalAccounts.has(fullName.trim().toLowerCase())) return fullName.trim();
  const account = accountName.trim();
  return technicalAccounts.has(account.toLowerCase()) ? '' : account;
}

/**
 * Who imported, for the import logs (« importé par Marie Dupont »): the person's name when the
 * system knows it, never a technical account such as « root ». '' when it cannot tell: the log then says nothing.
 */
export function systemUserName(): string {
  let account: string;
  let uid = -1;
  try {
    const info = userInfo();
    account = info.username;
    uid = info.uid;
  } catch {
    account = process.env.USER ?? process.env.USERNAME ?? '';
  }
  let fullName = '';
  if (process.platform === 'linux' && uid >= 0) {
    try {
      fullName = fullNameOf(readFileSync('/etc/passwd', 'utf8'), uid);
    } catch {
      // No passwd file (a container): the account name is all there is.
    }
  }
  return personName(fullName, account);
}
