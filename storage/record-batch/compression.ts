// Compression codecs of record batches (attribute bits 0-2). The log stores compressed batches
// exactly as they arrive; decompression is needed only to validate or look inside records
// (timestamp lookups, compaction). Libraries: node:zlib for gzip, snappyjs (raw blocks; Java
// clients wrap them in xerial framing, which is unwrapped here), lz4js (the LZ4 frame format,
// as Kafka uses since KIP-57), fzstd (zstd, decompression only: nothing in Node 20 or the
// installed packages compresses zstd, so Weir cannot produce zstd batches).
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { compress as lz4Compress, decompress as lz4Decompress } from 'lz4js';
import { compress as snappyCompress, uncompress as snappyUncompress } from 'snappyjs';
import { decompress as zstdDecompress } from 'fzstd';
import { RecordBatchError } from '../errors.js';
import { concatenate } from '../paths.js';
import type { CompressionType } from './header.js';

/** Output bound for one batch's records after decompression (a guard against bombs). */
export const decompressedBytesMax = 256 * 1024 * 1024;

/** Magic of snappy-java's stream framing: "\x82SNAPPY\0", then version and compatible version. */
const xerialMagic = [0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00];
const xerialHeaderBytes = 16;

function hasXerialHeader(bytes: Uint8Array): boolean {
  if (bytes.length < xerialHeaderBytes) return false;
  return xerialMagic.every((byte, index) => bytes[index] === byte);
}

/** Unwraps snappy-java framing: after the header, chunks of int32 length then a raw block. */
function uncompressXerial(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let position = xerialHeaderBytes;
  while (position < bytes.length) {
    if (position + 4 > bytes.length) throw new Error(`truncated xerial chunk length at byte ${position}`);
    const length = view.getInt32(position);
    position += 4;
    if (length < 0 || position + length > bytes.length) throw new Error(`bad xerial chunk at byte ${position}`);
    const chunk = snappyUncompress(bytes.subarray(position, position + length), decompressedBytesMax - total);
    chunks.push(chunk);
    total += chunk.length;
    position += length;
  }
  return concatenate(chunks);
}

/** Wraps raw snappy in snappy-java framing, as the Java client sends it (for tests and interop). */
export function snappyCompressXerial(data: Uint8Array): Uint8Array {
  const block = snappyCompress(data);
  const framed = new Uint8Array(xerialHeaderBytes + 4 + block.length);
  const view = new DataView(framed.buffer);
  framed.set(xerialMagic, 0);
  view.setInt32(8, 1);
  view.setInt32(12, 1);
  view.setInt32(16, block.length);
  framed.set(block, 20);
  return framed;
}

/** Decompresses the records blob of a batch; throws RecordBatchError on malformed input. */
export function decompress(compression: CompressionType, data: Uint8Array): Uint8Array {
  try {
    const output = decompressUnchecked(compression, data);
    // Plain Uint8Array views (not Buffers) whatever the library returned, so records compare equal.
    return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
  } catch (error) {
    if (error instanceof RecordBatchError) throw error;
    throw new RecordBatchError(`Cannot decompress ${compression} records: ${String(error)}`, 'CORRUPT_MESSAGE', 0);
  }
}

function decompressUnchecked(compression: CompressionType, data: Uint8Array): Uint8Array {
  switch (compression) {
    case 'none': return data;
    case 'gzip': return gunzipSync(data, { maxOutputLength: decompressedBytesMax });
    case 'snappy': return hasXerialHeader(data) ? uncompressXerial(data) : snappyUncompress(data, decompressedBytesMax);
    case 'lz4': return lz4Decompress(data);
    case 'zstd': return zstdDecompress(data);
    default: {
      const unexpected: never = compression;
      assert.fail(`unknown compression ${String(unexpected)}`);
    }
  }
}

/**
 * Compresses a records blob. zstd is refused with UNSUPPORTED_COMPRESSION_TYPE (no encoder is
 * available); snappy is written raw, which every client reads.
 */
export function compress(compression: CompressionType, data: Uint8Array): Uint8Array {
  switch (compression) {
    case 'none': return data;
    case 'gzip': {
      const output = gzipSync(data);
      return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
    }
    case 'snappy': return snappyCompress(data);
    case 'lz4': return lz4Compress(data);
    case 'zstd':
      throw new RecordBatchError('Cannot compress with zstd: no encoder available', 'UNSUPPORTED_COMPRESSION_TYPE', 0);
    default: {
      const unexpected: never = compression;
      assert.fail(`unknown compression ${String(unexpected)}`);
    }
  }
}
