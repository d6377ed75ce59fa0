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

/** Integers as the bytes of a BLOB (int32). */
export function int32Blob(values: readonly number[]): Buffer {
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((value, i) => bytes.writeInt32LE(value, i * 4));
  return bytes;
}

/** The float64 values of a BLOB: a view on its bytes when they are aligned, else a copy. */
export function float64sOf(blob: Uint8Array): Float64Array {
  const count = Math.floor(blob.byteLength / 8);
  if (isLittleEndian && blob.byteOffset % 8 === 0) return new Float64Array(blob.buffer, blob.byteOffset, count);
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  return Float64Array.from({ length: count }, (_, i) => view.getFloat64(i * 8, true));
}

/** The int32 values of a BLOB. */
export function int32sOf(blob: Uint8Array): number[] {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  return Array.from({ length: Math.floor(blob.byteLength / 4) }, (_, i) => view.getInt32(i * 4, true));
}
