// Walking the batches of a segment file from a byte position: the one loop that recovery,
// offset lookups, reads by timestamp and truncation share. It reads the file in chunks, checks
// each batch's frame (and, when asked, its CRC) and stops at the first problem, reporting where
// and what, so that the caller decides whether it is a torn tail or corruption.
import assert from 'node:assert/strict';
import type { DiskFile } from './disk.js';
import {
  batchCrcMatches, batchHeaderBytes, checkBatchFrame, readBatchHeader,
} from './record-batch/header.js';
import type { RecordBatchHeader } from './record-batch/header.js';
import { RecordBatchError } from './errors.js';

/** Bytes read per disk call while scanning; a larger batch is read whole. */
const scanChunkBytes = 1024 * 1024;

/** A batch met by a scan. `bytes` holds the whole batch when the scan reads bodies. */
export interface ScannedBatch {
  readonly position: number;
  readonly batchBytes: number;
  readonly header: RecordBatchHeader;
  readonly bytes: Uint8Array | undefined;
}

/**
 * Why a scan stopped early. 'partial': the batch (or its header) runs past the end; 'frame':
 * bad magic, length or header field; 'crc': the checksum does not match; 'offset': the batch
 * does not continue the offsets before it.
 */
export interface ScanProblem {
  readonly position: number;
  readonly kind: 'partial' | 'frame' | 'crc' | 'offset';
  readonly detail: string;
  /** The batch's declared size, when its frame could be read. */
  readonly batchBytes: number | undefined;
}

export interface ScanOptions {
  /** Read each batch's bytes (and check its CRC when `verifyCrc`). */
  readonly readBodies: boolean;
  readonly verifyCrc: boolean;
  /** Bytes per disk read; default 1 MiB. Header-only lookups use less. */
  readonly chunkBytes?: number;
}

/** What `visit` answers: keep going, or stop after this batch. */
export type ScanVerdict = 'continue' | 'stop';

/**
 * Scans batches from `fromPosition` up to `endPosition` (exclusive), calling `visit` for each
 * sound one. Returns where it stopped and, if it stopped on a bad batch, the problem.
 */
export async function scanBatches(
  file: DiskFile,
  range: { fromPosition: number; endPosition: number },
  options: ScanOptions,
  visit: (batch: ScannedBatch) => ScanVerdict,
): Promise<{ position: number; problem: ScanProblem | undefined }> {
  const { endPosition } = range;
  let position = range.fromPosition;
  let buffer: Uint8Array = new Uint8Array(0);
  let bufferStart = position;
  const ensure = async (length: number): Promise<number> => {
    if (position - bufferStart + length <= buffer.length) return position - bufferStart;
    const wanted = Math.min(Math.max(length, options.chunkBytes ?? scanChunkBytes), endPosition - position);
    buffer = await file.read(position, wanted);
    bufferStart = position;
    return 0;
  };
  while (position < endPosition) {
    if (endPosition - position < batchHeaderBytes) {
      return { position, problem: partial(position, `${endPosition - position} bytes left, header needs 61`) };
    }
    let at = await ensure(batchHeaderBytes);
    if (buffer.length - at < batchHeaderBytes) {
      return { position, problem: partial(position, 'file shorter than expected') };
    }
    const framed = frameAt(buffer.subarray(at, at + batchHeaderBytes), position, endPosition);
    if ('problem' in framed) return { position, problem: framed.problem };
    const { header, batchBytes } = framed;
    let bytes: Uint8Array | undefined;
    if (options.readBodies) {
      at = await ensure(batchBytes);
      if (buffer.length - at < batchBytes) return { position, problem: partial(position, 'batch cut short') };
      bytes = buffer.subarray(at, at + batchBytes);
      if (options.verifyCrc && !batchCrcMatches(bytes, 0, batchBytes)) {
        return { position, problem: { position, kind: 'crc', detail: 'CRC mismatch', batchBytes } };
      }
    }
    const verdict = visit({ position, batchBytes, header, bytes });
    position += batchBytes;
    if (verdict === 'stop') break;
  }
  assert.ok(position <= endPosition, 'a scan never passes its end');
  return { position, problem: undefined };
}

function partial(position: number, detail: string): ScanProblem {
  return { position, kind: 'partial', detail, batchBytes: undefined };
}

/** Checks the frame of the header in `headerBytes` (a batch at `position` in the file). */
function frameAt(headerBytes: Uint8Array, position: number, endPosition: number):
  { header: RecordBatchHeader; batchBytes: number } | { problem: ScanProblem } {
  const view = new DataView(headerBytes.buffer, headerBytes.byteOffset, headerBytes.byteLength);
  const declaredBytes = 12 + view.getInt32(8);
  try {
    // Unbounded length first: a batch that runs past the end is a partial one (maybe torn),
    // which the caller must tell apart from a malformed header.
    const batchBytes = checkBatchFrame(headerBytes, 0, Number.MAX_SAFE_INTEGER);
    const header = readBatchHeader(headerBytes, 0);
    if (position + batchBytes > endPosition) {
      return { problem: { position, kind: 'partial', detail: `batch of ${batchBytes} bytes runs past the end`,
        batchBytes } };
    }
    return { header, batchBytes };
  } catch (error) {
    if (!(error instanceof RecordBatchError)) throw error;
    return { problem: { position, kind: 'frame', detail: error.message,
      batchBytes: declaredBytes >= batchHeaderBytes ? declaredBytes : undefined } };
  }
}
