// Telling a torn tail from corruption when recovery finds a flaw in the active segment
// (recovery.ts). A crash before fsync leaves a prefix of the last write, so a torn tail looks
// like a last batch cut short, or (when the file grew before its data landed) zeros up to the
// end. A flipped bit can imitate a cut-short batch by enlarging a length field; two checks catch
// that: the bytes left form a complete batch under the stored CRC (only the length lied), or a
// sound batch continuing the offsets follows further on (the lie hid it).
import type { DiskFile } from './disk.js';
import { batchField, batchHeaderBytes, lastOffsetOf, readBatchHeader } from './record-batch/header.js';
import { readInt64AsNumber } from './record-batch/byte-codec.js';
import { crc32c } from './crc32c.js';
import type { ScanProblem } from './segment-scan.js';
import { RecordBatchError } from './errors.js';

const searchChunkBytes = 1024 * 1024;

/** Whether the flaw `problem` in a file of `fileBytes` bytes is a torn tail to cut. */
export async function isTornTail(file: DiskFile, problem: ScanProblem, fileBytes: number): Promise<boolean> {
  if (problem.kind !== 'partial') return allZerosFrom(file, problem.position, fileBytes);
  if (fileBytes - problem.position < batchHeaderBytes) return true;
  const header = await file.read(problem.position, batchHeaderBytes);
  let expectedNextOffset: number;
  try {
    expectedNextOffset = lastOffsetOf(readBatchHeader(header, 0)) + 1;
  } catch (error) {
    if (error instanceof RecordBatchError) return false;
    throw error;
  }
  if (await restIsWholeBatch(file, problem.position, fileBytes, header)) return false;
  return !(await soundBatchFollows(file, problem.position + batchHeaderBytes, fileBytes, expectedNextOffset));
}

async function allZerosFrom(file: DiskFile, position: number, endPosition: number): Promise<boolean> {
  for (let start = position; start < endPosition; start += searchChunkBytes) {
    const chunk = await file.read(start, Math.min(searchChunkBytes, endPosition - start));
    if (!chunk.every((byte) => byte === 0)) return false;
  }
  return true;
}

/** The bytes from `position` to the end carry the batch's stored CRC: complete, length corrupt. */
async function restIsWholeBatch(file: DiskFile, position: number, endPosition: number, header: Uint8Array):
  Promise<boolean> {
  if (endPosition - position > 64 * 1024 * 1024) return false;
  const rest = await file.read(position, endPosition - position);
  const storedCrc = new DataView(header.buffer, header.byteOffset, header.byteLength).getUint32(batchField.crc);
  return crc32c(rest.subarray(batchField.attributes)) === storedCrc;
}

/** Whether a batch with magic 2, base offset `offset` and a matching CRC starts after `from`. */
async function soundBatchFollows(file: DiskFile, from: number, endPosition: number, offset: number):
  Promise<boolean> {
  for (let start = from; start + batchHeaderBytes <= endPosition; start += searchChunkBytes) {
    const chunk = await file.read(start, Math.min(searchChunkBytes + batchHeaderBytes, endPosition - start));
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = 0; at + batchHeaderBytes <= chunk.length && at < searchChunkBytes; at += 1) {
      if (chunk[at + batchField.magic] !== 2) continue;
      let candidateOffset: number;
      try {
        candidateOffset = readInt64AsNumber(view, at);
      } catch {
        continue;
      }
      if (candidateOffset !== offset) continue;
      if (await candidateIsSound(file, start + at, endPosition, view.getInt32(at + batchField.batchLength))) return true;
    }
  }
  return false;
}

async function candidateIsSound(file: DiskFile, position: number, endPosition: number, batchLength: number):
  Promise<boolean> {
  const batchBytes = 12 + batchLength;
  if (batchBytes < batchHeaderBytes || position + batchBytes > endPosition) return false;
  const batch = await file.read(position, batchBytes);
  const storedCrc = new DataView(batch.buffer, batch.byteOffset, batch.byteLength).getUint32(batchField.crc);
  return crc32c(batch.subarray(batchField.attributes)) === storedCrc;
}
