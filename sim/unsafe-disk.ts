// A test-only disk wrapper for negative controls: it makes every fsync of the quorum-state
// folder a no-op, so after a crash a node wakes up with an older epoch and vote than the ones
// it already acted on (the broken durability rule of KIP-595's quorum-state file). The
// simulator must then report a violation within a bounded number of seeds (test/sim/).
import type { Disk, DiskFile } from '../src/runtime/seam.js';

/** True for paths inside a node's quorum-state folder (src/quorum/quorum-state-store.ts). */
function isQuorumStatePath(path: string): boolean {
  return path.includes('/quorum/') || path.endsWith('/quorum');
}

/** Wraps `disk` so that syncs of the quorum-state file and its folder do nothing. */
export function skipQuorumStateSync(disk: Disk): Disk {
  return {
    open: async (path, options) => {
      const file = await disk.open(path, options);
      return isQuorumStatePath(path) ? withoutSync(file) : file;
    },
    list: (directory) => disk.list(directory),
    makeDirectory: (path) => disk.makeDirectory(path),
    rename: (from, to) => disk.rename(from, to),
    remove: (path) => disk.remove(path),
    exists: (path) => disk.exists(path),
    syncDirectory: (directory) => (isQuorumStatePath(directory) ? Promise.resolve() : disk.syncDirectory(directory)),
    walk: (directory) => disk.walk(directory),
  };
}

function withoutSync(file: DiskFile): DiskFile {
  return {
    path: file.path,
    size: () => file.size(),
    read: (position, length) => file.read(position, length),
    write: (position, data) => file.write(position, data),
    append: (data) => file.append(data),
    truncate: (size) => file.truncate(size),
    sync: () => Promise.resolve(),
    close: () => file.close(),
  };
}
