// Making a directory survive a crash. Part of src/quorum/. Creating a directory changes its
// parent, which is durable only after the parent is synced, and so on up to the root
// (storage/disk.ts, durability model). The simulator found the bug this prevents: a quorum
// state written into a freshly made folder vanished with the folder in the next crash.
import type { Disk } from '../../storage/mod.js';

/** Makes `path` and its missing parents, then syncs it and every ancestor up to the root. */
export async function makeDurableDirectory(disk: Disk, path: string): Promise<void> {
  await disk.makeDirectory(path);
  let current = path;
  for (;;) {
    await disk.syncDirectory(current);
    if (current === '/' || current === '') return;
    const cut = current.lastIndexOf('/');
    current = cut <= 0 ? '/' : current.slice(0, cut);
  }
}
