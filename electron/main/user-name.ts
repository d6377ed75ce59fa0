import { userInfo } from 'node:os';

/**
 * The name of the computer account the app runs under, for the import logs ("importé par").
 * '' when the system cannot tell (a container without a user entry): the log then says nothing.
 */
export function systemUserName(): string {
  try {
    return userInfo().username.trim();
  } catch {
    return (process.env.USER ?? process.env.USERNAME ?? '').trim();
  }
}
