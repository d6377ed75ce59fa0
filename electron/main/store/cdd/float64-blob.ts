import { endianness } from 'node:os';

// Series are stored little-endian whatever the machine (a file is emailed from one laptop to
// another); on a little-endian machine, every one in practice, the bytes are the array's own.
const isLittleEndian = endianness() === 'LE';

/** A float64 array as the bytes of a BLOB. */
export function float64Blob(values: Float64Array): Buffer {
  if (isLittleEndian) return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  const bytes = Buffer.alloc(values.length * 8);
  values.forEach((value, i) => bytes.writeDoubleLE(value, i * 8));
  return bytes;
}

/**
 * `count` values of a BLOB from value `from` (slots outside the BLOB are 0), into `into` at
 * `at`: the part of a stored series that falls in the period read.
 */
export function copyFloat64s(blob: Uint8Array, from: number, count: number, into: Float64Array, at: number): void {
  const available = Math.floor(blob.byteLength / 8);
  const start = Math.max(0, from);
  const end = Math.min(available, from + count);
  if (end <= start) return;
  if (isLittleEndian && (blob.byteOffset + start * 8) % 8 === 0) {
    into.set(new Float64Array(blob.buffer, blob.byteOffset + start * 8, end - start), at + (start - from));
    return;
  }
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  for (let i = start; i < end; i += 1) into[at + (i - from)] = view.getFloat64(i * 8, true);
}
