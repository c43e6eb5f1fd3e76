// Gives the simulated disk an fsync latency, per node process. Part of sim/kafka/. The SimDisk
// settles every operation at once, so a node that fsyncs each append never holds unsynced bytes
// at an event boundary, and a crash could never land between a write and its fsync (nor tear
// that write). This wrapper runs the machine's disk operations through one FIFO I/O queue of the
// process: an fsync (of a file or a directory) completes 0.05-2 ms of virtual time after the
// operations before it, and any operation issued while the queue is busy waits its turn, so
// operations still take effect in the order they were issued. Queue events belong to the node
// process: a crash discards what is still queued, as power loss discards requests not yet done.
import type { Disk, DiskFile } from '../src/runtime/seam.js';
import type { Prng } from './prng.js';
import type { SimProcess, World } from './world.js';

/** The FIFO I/O queue of one process. */
class IoQueue {
  /** Virtual time at which the last queued operation completes. */
  private busyUntilMs = 0;

  constructor(private readonly world: World, private readonly process: SimProcess, private readonly random: Prng) {}

  /** Runs `operation` now if nothing is queued, else after what is queued. */
  run<T>(operation: () => Promise<T>): Promise<T> {
    return this.after(0, operation);
  }

  /** Runs an fsync: it takes effect, and settles, after its latency. */
  sync<T>(operation: () => Promise<T>): Promise<T> {
    return this.after(0.05 + this.random.nextFloat() * 2, operation);
  }

  private after<T>(latencyMs: number, operation: () => Promise<T>): Promise<T> {
    const nowMs = this.world.nowMs;
    if (latencyMs === 0 && this.busyUntilMs <= nowMs) return operation();
    const completeAtMs = Math.max(nowMs, this.busyUntilMs) + latencyMs;
    this.busyUntilMs = completeAtMs;
    return new Promise((resolve, reject) => {
      this.world.schedule(completeAtMs - nowMs, this.process, () => { operation().then(resolve, reject); });
    });
  }
}

/** Wraps the machine's `disk` for one process so that fsyncs take virtual time. */
export function withFsyncLatency(disk: Disk, init: { world: World; process: SimProcess; random: Prng }): Disk {
  const queue = new IoQueue(init.world, init.process, init.random);
  return {
    open: (path, options) => queue.run(async () => wrapFile(await disk.open(path, options), queue)),
    list: (directory) => queue.run(() => disk.list(directory)),
    walk: (directory) => queue.run(() => disk.walk(directory)),
    makeDirectory: (path) => queue.run(() => disk.makeDirectory(path)),
    rename: (from, to) => queue.run(() => disk.rename(from, to)),
    remove: (path) => queue.run(() => disk.remove(path)),
    exists: (path) => queue.run(() => disk.exists(path)),
    syncDirectory: (directory) => queue.sync(() => disk.syncDirectory(directory)),
  };
}

function wrapFile(file: DiskFile, queue: IoQueue): DiskFile {
  return {
    path: file.path,
    size: () => queue.run(() => file.size()),
    read: (position, length) => queue.run(() => file.read(position, length)),
    // Copies: a caller may reuse its buffer once the call returns, before a queued write runs.
    write: (position, data) => { const copy = data.slice(); return queue.run(() => file.write(position, copy)); },
    append: (data) => { const copy = data.slice(); return queue.run(() => file.append(copy)); },
    truncate: (size) => queue.run(() => file.truncate(size)),
    sync: () => queue.sync(() => file.sync()),
    close: () => queue.run(() => file.close()),
  };
}
