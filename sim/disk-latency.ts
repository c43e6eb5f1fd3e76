// Gives a machine's simulated disk latency, per node process. Part of sim/; both workloads use
// it (machine.ts wraps every node process's disk in it, whatever program runs). The SimDisk
// settles every operation at once, so a node that fsyncs each append never holds unsynced bytes
// at an event boundary, and a crash could never land between a write and its fsync (nor tear
// that write). This wrapper runs the machine's disk operations through one FIFO I/O queue of the
// process: an fsync (of a file or a directory), and with a profile that says so a write, append
// or truncate too, completes some virtual time after the operations before it, and any operation
// issued while the queue is busy waits its turn, so operations still take effect in the order
// they were issued. Queue events belong to the node process: a crash discards what is still
// queued, as power loss discards requests the device has not done yet.
import assert from 'node:assert/strict';
import type { Disk, DiskFile } from '../src/runtime/seam.js';
import type { Prng } from './prng.js';
import type { SimProcess, World } from './world.js';

/** A latency drawn uniformly from [minimumMs, minimumMs + spreadMs], in virtual milliseconds. */
export interface LatencyRange {
  readonly minimumMs: number;
  readonly spreadMs: number;
}

/** How long the disk of one machine takes for each kind of operation. */
export interface DiskLatencyProfile {
  /** Writes, appends and truncates; null: they take effect at once whenever the queue is idle. */
  readonly write: LatencyRange | null;
  /** File and directory fsyncs. */
  readonly sync: LatencyRange;
}

/**
 * The Kafka workload's profile: an fsync takes 0.05-2 ms, everything else waits only for the
 * fsyncs queued before it.
 */
export const fsyncOnlyLatency: DiskLatencyProfile = { write: null, sync: { minimumMs: 0.05, spreadMs: 2 } };

/** The FIFO I/O queue of one process. */
class IoQueue {
  /** Virtual time at which the last queued operation completes. */
  private busyUntilMs = 0;

  constructor(
    private readonly world: World,
    private readonly process: SimProcess,
    private readonly random: Prng,
    private readonly profile: DiskLatencyProfile,
  ) {}

  /** Runs a read or a namespace operation: now if nothing is queued, else after what is queued. */
  run<T>(operation: () => Promise<T>): Promise<T> {
    return this.after(0, operation);
  }

  /** Runs a write, append or truncate: it takes effect, and settles, after its latency. */
  write<T>(operation: () => Promise<T>): Promise<T> {
    const range = this.profile.write;
    return this.after(range === null ? 0 : this.draw(range), operation);
  }

  /** Runs an fsync: it takes effect, and settles, after its latency. */
  sync<T>(operation: () => Promise<T>): Promise<T> {
    return this.after(this.draw(this.profile.sync), operation);
  }

  private draw(range: LatencyRange): number {
    return range.minimumMs + this.random.nextFloat() * range.spreadMs;
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

/** Wraps the machine's `disk` for one process so that its operations take virtual time. */
export function withDiskLatency(
  disk: Disk,
  init: { world: World; process: SimProcess; random: Prng; profile?: DiskLatencyProfile },
): Disk {
  const profile = init.profile ?? fsyncOnlyLatency;
  assert(profile.sync.minimumMs > 0, 'an fsync always completes in a later event');
  assert(profile.write === null || profile.write.minimumMs > 0, 'a write with latency completes in a later event');
  const queue = new IoQueue(init.world, init.process, init.random, profile);
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
    write: (position, data) => { const copy = data.slice(); return queue.write(() => file.write(position, copy)); },
    append: (data) => { const copy = data.slice(); return queue.write(() => file.append(copy)); },
    truncate: (size) => queue.write(() => file.truncate(size)),
    sync: () => queue.sync(() => file.sync()),
    close: () => queue.run(() => file.close()),
  };
}
