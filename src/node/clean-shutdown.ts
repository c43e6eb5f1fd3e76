// The clean-shutdown mark (Kafka's `.kafka_cleanshutdown`): a broker that stopped cleanly leaves,
// in each log directory, the broker epoch it stopped with. At the next start it reads the mark
// and removes it, and registers naming that epoch as its previous broker epoch, so the controller
// lets it replace its old registration at once instead of refusing it as a duplicate until the
// old session times out. A crash leaves no mark; the broker then waits out its old session, as
// Kafka's does, because nothing tells the controller that the old incarnation is gone.
import type { Disk } from '../runtime/seam.js';
import { readWholeFile, writeAtomicFile } from '../../storage/mod.js';

export const CLEAN_SHUTDOWN_FILE = '.weir_cleanshutdown';

/** Writes the mark into every directory. Call only after the logs are flushed and closed. */
export async function markCleanShutdown(disk: Disk, directories: readonly string[], brokerEpoch: bigint): Promise<void> {
  const text = JSON.stringify({ version: 0, brokerEpoch: brokerEpoch.toString() });
  for (const directory of new Set(directories)) {
    await writeAtomicFile(disk, `${directory}/${CLEAN_SHUTDOWN_FILE}`, new TextEncoder().encode(text));
  }
}

/**
 * The broker epoch the marks name, or -1 when a directory has none or they disagree (a crash, or
 * directories from different runs). Removes the marks: a later crash must not find them.
 */
export async function takeCleanShutdownEpoch(disk: Disk, directories: readonly string[]): Promise<bigint> {
  const epochs = new Set<string>();
  let missing = false;
  for (const directory of new Set(directories)) {
    const path = `${directory}/${CLEAN_SHUTDOWN_FILE}`;
    const bytes = await readWholeFile(disk, path);
    if (bytes === undefined) {
      missing = true;
      continue;
    }
    epochs.add(epochOf(new TextDecoder().decode(bytes)));
    await disk.remove(path);
    await disk.syncDirectory(directory);
  }
  const [only] = [...epochs];
  return missing || epochs.size !== 1 || only === undefined ? -1n : BigInt(only);
}

/** The epoch in a mark's text, or "-1" when it cannot be read (a damaged mark proves nothing). */
function epochOf(text: string): string {
  try {
    const value = JSON.parse(text) as { brokerEpoch?: unknown };
    return typeof value.brokerEpoch === 'string' && /^\d+$/.test(value.brokerEpoch) ? value.brokerEpoch : '-1';
  } catch {
    return '-1';
  }
}
