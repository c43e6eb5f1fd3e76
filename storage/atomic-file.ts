// Small files replaced atomically: the Raft quorum-state file (epoch, voted-for, leader; KIP-595)
// and the log's own checkpoints. A reader sees either the old contents or the new, never a mix,
// across any crash: write a temporary file, fsync it, rename it over the target, fsync the
// directory (the rename is durable only then; storage/disk.ts, durability model).
//
// The checksummed variant frames the contents so that a flipped bit is reported as corruption
// instead of being parsed: magic "WEIR" (4 bytes), format version (1), length (int32),
// CRC-32C of the contents (uint32), then the contents.
import assert from 'node:assert/strict';
import type { Disk } from './disk.js';
import { crc32c } from './crc32c.js';
import { CorruptionError } from './errors.js';
import { parentOf } from './paths.js';

/** Suffix of the temporary file beside the target; recovery may delete leftovers. */
export const temporaryFileSuffix = '.tmp';

/**
 * Replaces the file at `path` with `contents` atomically and durably: on return the new
 * contents survive a crash; if the call is interrupted, the old contents remain.
 */
export async function writeAtomicFile(disk: Disk, path: string, contents: Uint8Array): Promise<void> {
  const temporaryPath = path + temporaryFileSuffix;
  const file = await disk.open(temporaryPath, { create: true });
  try {
    await file.truncate(0);
    await file.write(0, contents);
    await file.sync();
  } finally {
    await file.close();
  }
  await disk.rename(temporaryPath, path);
  await disk.syncDirectory(parentOf(path));
}

/** The whole contents of the file at `path`, or undefined if it does not exist. */
export async function readWholeFile(disk: Disk, path: string): Promise<Uint8Array | undefined> {
  if (!(await disk.exists(path))) return undefined;
  const file = await disk.open(path, { create: false });
  try {
    const size = await file.size();
    const contents = await file.read(0, size);
    assert.equal(contents.length, size, 'a whole-file read returns every byte');
    return contents;
  } finally {
    await file.close();
  }
}

/** Reads a file written by `writeAtomicFile`; undefined if it was never written. */
export async function readAtomicFile(disk: Disk, path: string): Promise<Uint8Array | undefined> {
  return readWholeFile(disk, path);
}

const checksummedMagic = [0x57, 0x45, 0x49, 0x52]; // "WEIR"
const checksummedVersion = 1;
const checksummedHeaderBytes = 13;

/** Frames `contents` with magic, version, length and CRC-32C (see the file comment). */
export function frameChecksummed(contents: Uint8Array): Uint8Array {
  const framed = new Uint8Array(checksummedHeaderBytes + contents.length);
  const view = new DataView(framed.buffer);
  framed.set(checksummedMagic, 0);
  view.setUint8(4, checksummedVersion);
  view.setInt32(5, contents.length);
  view.setUint32(9, crc32c(contents));
  framed.set(contents, checksummedHeaderBytes);
  return framed;
}

/** Checks and strips the frame of `frameChecksummed`; throws CorruptionError naming `path`. */
export function unframeChecksummed(framed: Uint8Array, path: string): Uint8Array {
  const corrupt = (what: string, position: number): CorruptionError =>
    new CorruptionError(`Cannot read "${path}": ${what} at byte ${position}`, path, position,
      'bad-checksummed-file');
  if (framed.length < checksummedHeaderBytes) throw corrupt('file shorter than its header', framed.length);
  const view = new DataView(framed.buffer, framed.byteOffset, framed.byteLength);
  for (let index = 0; index < checksummedMagic.length; index += 1) {
    if (framed[index] !== checksummedMagic[index]) throw corrupt('bad magic', index);
  }
  if (view.getUint8(4) !== checksummedVersion) throw corrupt('unknown format version', 4);
  const length = view.getInt32(5);
  if (length !== framed.length - checksummedHeaderBytes) throw corrupt('length mismatch', 5);
  const contents = framed.subarray(checksummedHeaderBytes);
  if (crc32c(contents) !== view.getUint32(9)) throw corrupt('CRC mismatch', 9);
  return contents;
}

/** `writeAtomicFile` of `contents` framed with a checksum. */
export async function writeChecksummedFile(disk: Disk, path: string, contents: Uint8Array): Promise<void> {
  await writeAtomicFile(disk, path, frameChecksummed(contents));
}

/**
 * Reads a file written by `writeChecksummedFile`: undefined if absent, CorruptionError if any
 * byte of it changed.
 */
export async function readChecksummedFile(disk: Disk, path: string): Promise<Uint8Array | undefined> {
  const framed = await readWholeFile(disk, path);
  return framed === undefined ? undefined : unframeChecksummed(framed, path);
}
