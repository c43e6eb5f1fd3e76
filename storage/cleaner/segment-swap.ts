// Replacing a sealed segment by its cleaned copy so that a crash at any point leaves either the
// old segment or the new one, whole, and never both (Kafka's LogCleaner.replaceSegments and the
// swap-file recovery of its LogLoader):
//
// 1. The cleaner writes the copy as `<base>.log.cleaned` and fsyncs it.
// 2. It removes the old segment's index files, renames the copy to `<base>.log.swap` and fsyncs
//    the directory. That sync is the commit point: before it, recovery deletes the `.cleaned`
//    file and the old segment stays; after it, recovery completes the swap.
// 3. It renames `<base>.log.swap` over `<base>.log` (an atomic replace, disk.ts) and fsyncs the
//    directory, then writes the new segment's index files.
//
// Recovery (`completeInterruptedSwaps`, run first at open) removes every `.cleaned` file and, for
// every `<base>.log.swap`, removes `<base>.index` and `<base>.timeindex` (they may describe the
// old file) and renames the swap over `<base>.log`. The copy keeps the old segment's name, so the
// swap replaces exactly one segment: Weir cleans segment by segment (Kafka also merges small
// neighbours into one, which would need the replaced range recorded). Open handles follow a
// rename on both disks (a POSIX descriptor; SimFile), so the cleaned segment keeps its handle.
import assert from 'node:assert/strict';
import type { Disk } from '../disk.js';
import { Segment, parseSegmentFileName, segmentFileName } from '../segment.js';
import type { SegmentIndexOptions } from '../segment.js';

/** Suffix of a cleaned copy being written (step 1). */
export const cleanedSuffix = '.cleaned';
/** Suffix of a cleaned copy committed to replace its segment (step 2). */
export const swapSuffix = '.swap';

/** Where the cleaned copy of the segment at `baseOffset` is written. */
export function cleanedPathOf(directory: string, baseOffset: number): string {
  return `${directory}/${segmentFileName(baseOffset, 'log')}${cleanedSuffix}`;
}

/** Creates an empty `.cleaned` file for a copy of the segment at `baseOffset`. */
export async function openCleanedSegment(disk: Disk, directory: string, baseOffset: number,
  options: SegmentIndexOptions): Promise<Segment> {
  const file = await disk.open(cleanedPathOf(directory, baseOffset), { create: true });
  if ((await file.size()) !== 0) await file.truncate(0);
  return new Segment(disk, directory, baseOffset, file, options);
}

/** Closes and removes a cleaned copy that will not be swapped in (an aborted cleaning). */
export async function discardCleanedSegment(disk: Disk, cleaned: Segment): Promise<void> {
  await cleaned.close();
  await disk.remove(cleanedPathOf(cleaned.directory, cleaned.baseOffset));
}

/**
 * Swaps `cleaned` in for `old` (steps 1 to 3 above). On return `old` is closed and `cleaned`
 * is the segment `<base>.log`, durable with its indexes. A crash anywhere leaves one of the two.
 */
export async function swapInCleanedSegment(disk: Disk, old: Segment, cleaned: Segment): Promise<void> {
  assert.equal(old.baseOffset, cleaned.baseOffset, 'a cleaned copy keeps its segment\'s base offset');
  assert.ok(cleaned.endOffset <= old.endOffset, 'a cleaned copy holds no offset its segment did not');
  const directory = old.directory;
  const logPath = old.pathOf('log');
  const swapPath = `${logPath}${swapSuffix}`;
  await cleaned.sync();
  await disk.remove(old.pathOf('index'));
  await disk.remove(old.pathOf('timeindex'));
  await disk.rename(cleanedPathOf(directory, old.baseOffset), swapPath);
  await disk.syncDirectory(directory);
  await old.close();
  await disk.rename(swapPath, logPath);
  await disk.syncDirectory(directory);
  await cleaned.writeIndexes();
}

/**
 * Recovery's first step (see the file comment): undoes unfinished cleanings and completes
 * committed swaps among `names` (the directory's files). Returns the names it removed or renamed.
 */
export async function completeInterruptedSwaps(disk: Disk, directory: string, names: readonly string[]):
  Promise<string[]> {
  const touched: string[] = [];
  for (const name of names) {
    if (name.endsWith(cleanedSuffix)) {
      await disk.remove(`${directory}/${name}`);
      touched.push(name);
      continue;
    }
    if (!name.endsWith(swapSuffix)) continue;
    const segmentName = name.slice(0, -swapSuffix.length);
    const parsed = parseSegmentFileName(segmentName);
    if (parsed === undefined || parsed.kind !== 'log') continue;
    await disk.remove(`${directory}/${segmentFileName(parsed.baseOffset, 'index')}`);
    await disk.remove(`${directory}/${segmentFileName(parsed.baseOffset, 'timeindex')}`);
    await disk.rename(`${directory}/${name}`, `${directory}/${segmentName}`);
    touched.push(name);
  }
  if (touched.length > 0) await disk.syncDirectory(directory);
  return touched;
}
