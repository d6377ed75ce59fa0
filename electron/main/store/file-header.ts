import { closeSync, openSync, readSync } from 'node:fs';

/** "PASS" in ASCII: written in the SQLite header so a foreign SQLite file is told apart. */
export const passerellesApplicationId = 0x50415353;

const sqliteMagic = 'SQLite format 3\u0000';

export type FileHeader =
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  | { kind: 'sqlite'; applicationId: number; userVersion: number };

/** Reads the 100-byte SQLite header without opening the database, so a refusal changes nothing. */
export function readFileHeader(path: string): FileHeader {
  const buffer = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, buffer, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read === 0) return { kind: 'empty' };
  if (read < 100 || buffer.toString('latin1', 0, 16) !== sqliteMagic) return { kind: 'not-sqlite' };
  return { kind: 'sqlite', userVersion: buffer.readUInt32BE(60), applicationId: buffer.readUInt32BE(68) };
}
