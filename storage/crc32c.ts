// CRC-32C (Castagnoli), the checksum of Kafka record batches (magic 2) and of Weir's own small
// checksummed files. @node-rs/crc32 computes it natively (about 5 GB/s on the CI machine, far
// above a table in JavaScript), so the append path's one full pass over each batch stays cheap.
import { crc32c as nativeCrc32c } from '@node-rs/crc32';

/** The CRC-32C of `bytes` as an unsigned 32-bit integer. */
export function crc32c(bytes: Uint8Array): number {
  return nativeCrc32c(bytes) >>> 0;
}
