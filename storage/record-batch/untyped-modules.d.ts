// Type declarations for the two compression libraries that ship without them (snappyjs, lz4js),
// limited to the functions storage/record-batch/compression.ts calls.

declare module 'snappyjs' {
  /** Compresses `input` as one raw Snappy block (no framing). */
  export function compress(input: Uint8Array): Uint8Array;
  /** Decompresses one raw Snappy block; throws past `maxLength` bytes of output. */
  export function uncompress(input: Uint8Array, maxLength?: number): Uint8Array;
}

declare module 'lz4js' {
  /** Compresses `input` as an LZ4 frame. */
  export function compress(input: Uint8Array, maxSize?: number): Uint8Array;
  /** Decompresses an LZ4 frame. */
  export function decompress(input: Uint8Array, maxSize?: number): Uint8Array;
}
