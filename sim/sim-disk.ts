// The simulated disk: storage's `Disk` seam (storage/disk.ts) implemented in memory for the
// deterministic simulator, one instance per simulated node.
//
// It models the durability rules that recovery depends on, and nothing kinder:
// - a file's bytes live in a volatile layer until `sync()` on a handle of that file;
// - a creation, rename or removal is durable only after `syncDirectory()` on the parent, and a
//   directory itself only once its own parent is synced;
// - `crash()` throws away every unsynced byte and every unsynced directory change; with
//   `tear`, each file instead keeps a random prefix of its unsynced operations, the last kept
//   write cut at a random byte (the "torn write" of DESIGN.md);
// - `corrupt()` flips bits in synced bytes, which only a checksum can notice.
// Every operation returns an already-settled promise: the simulator lets the microtask queue
// drain between events, so no real I/O or timer ever decides an ordering. Randomness comes only
// from the injected generator, so a seed replays a run byte for byte.
import assert from 'node:assert/strict';
import { DiskError } from '../storage/mod.js';
import type { Disk, DiskFile } from '../storage/mod.js';

/** The slice of the simulator's PRNG that the disk needs. */
export interface SimDiskRandom {
  /** A uniform integer in [0, bound). */
  nextInt(bound: number): number;
}

/** Operations for which a failure can be injected with `failNext`. */
export type SimDiskOperation = 'open' | 'read' | 'write' | 'truncate' | 'sync' | 'syncDirectory' |
  'rename' | 'remove' | 'makeDirectory';

/** Counters the simulator may print or check; all grow monotonically until `resetStats`. */
export interface SimDiskStats {
  opens: number;
  reads: number;
  bytesRead: number;
  writes: number;
  bytesWritten: number;
  truncates: number;
  syncs: number;
  directorySyncs: number;
  renames: number;
  removes: number;
  crashes: number;
  /** Unsynced bytes discarded by crashes (bytes written but not kept). */
  bytesLost: number;
  /** Writes cut at a byte inside them by a tearing crash. */
  tornWrites: number;
  corruptions: number;
  injectedFailures: number;
}

/** What `crash` did, for traces. */
export interface CrashReport {
  /** Files whose unsynced operations were dropped in whole or in part. */
  filesAffected: string[];
  /** Directory entries that vanished or came back because their change was not synced. */
  entriesReverted: string[];
  bytesLost: number;
  tornWrites: number;
}

type PendingOperation =
  | { readonly kind: 'write'; readonly position: number; readonly data: Uint8Array }
  | { readonly kind: 'truncate'; readonly size: number };

/** A byte array that grows by doubling, so appends cost amortised O(bytes). */
class GrowableBytes {
  private buffer = new Uint8Array(0);
  length = 0;

  write(position: number, data: Uint8Array): void {
    assert.ok(Number.isSafeInteger(position) && position >= 0, 'write position is a natural number');
    const end = position + data.length;
    this.reserve(end);
    // Writing past the end leaves a hole of zeros, as a sparse file reads back.
    if (position > this.length) this.buffer.fill(0, this.length, position);
    this.buffer.set(data, position);
    this.length = Math.max(this.length, end);
  }

  truncate(size: number): void {
    assert.ok(Number.isSafeInteger(size) && size >= 0, 'truncate size is a natural number');
    this.reserve(size);
    if (size > this.length) this.buffer.fill(0, this.length, size);
    this.length = size;
  }

  read(position: number, length: number): Uint8Array {
    const end = Math.min(this.length, position + length);
    if (position >= end) return new Uint8Array(0);
    return this.buffer.slice(position, end);
  }

  flipBits(position: number, mask: number): void {
    assert.ok(position >= 0 && position < this.length, 'corrupted byte lies inside the file');
    this.buffer[position] = (this.buffer[position] ?? 0) ^ mask;
  }

  copy(): GrowableBytes {
    const copy = new GrowableBytes();
    copy.write(0, this.buffer.subarray(0, this.length));
    return copy;
  }

  private reserve(capacity: number): void {
    if (capacity <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(capacity, this.buffer.length * 2, 64));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

/**
 * A file's contents, shared by every name and handle that refers to it.
 * Invariant: applying `pending` in order to `synced` yields `current`.
 */
class Inode {
  current = new GrowableBytes();
  synced = new GrowableBytes();
  pending: PendingOperation[] = [];

  apply(operation: PendingOperation): void {
    this.pending.push(operation);
    applyOperation(this.current, operation);
  }

  sync(): void {
    for (const operation of this.pending) applyOperation(this.synced, operation);
    this.pending = [];
    assert.equal(this.synced.length, this.current.length, 'a synced file equals its current bytes');
  }

  unsyncedBytes(): number {
    let total = 0;
    for (const operation of this.pending) if (operation.kind === 'write') total += operation.data.length;
    return total;
  }
}

function applyOperation(bytes: GrowableBytes, operation: PendingOperation): void {
  switch (operation.kind) {
    case 'write': bytes.write(operation.position, operation.data); return;
    case 'truncate': bytes.truncate(operation.size); return;
    default: {
      const unexpected: never = operation;
      assert.fail(`unknown pending operation ${JSON.stringify(unexpected)}`);
    }
  }
}

type Entry = { readonly kind: 'file'; readonly inode: Inode } | { readonly kind: 'directory' };

const directoryEntry: Entry = { kind: 'directory' };

/** Canonical form of a '/'-separated path: absolute, no empty or '.' segments, no trailing '/'. */
export function normalizeSimPath(path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  assert.ok(!segments.includes('..'), `path "${path}" has no ".." segments`);
  return '/' + segments.join('/');
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

/**
 * `parentOf(path) === directory` for normalized paths, without cutting a string: a directory sync
 * walks every entry of the disk, and a node's disk holds many.
 */
function isChildOf(path: string, directory: string): boolean {
  if (path === '/') return false;
  if (directory === '/') return path.indexOf('/', 1) === -1;
  return path.length > directory.length + 1 && path.charCodeAt(directory.length) === 47 /* '/' */ &&
    path.startsWith(directory) && path.indexOf('/', directory.length + 1) === -1;
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function isInside(path: string, directory: string): boolean {
  return directory === '/' ? path !== '/' : path.startsWith(directory + '/');
}

/** Resolves with `produce()`'s value, or rejects with what it threw, already settled. */
function settle<T>(produce: () => T): Promise<T> {
  try {
    return Promise.resolve(produce());
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * An in-memory disk that loses unsynced data on `crash()`. Deterministic: all choices come
 * from the injected generator, all promises are already settled.
 */
export class SimDisk implements Disk {
  private readonly random: SimDiskRandom;
  /** The namespace as running code sees it. Invariant: every entry's parent is a directory. */
  private entries = new Map<string, Entry>([['/', directoryEntry]]);
  /** The namespace a crash would leave, entry by entry as synced by `syncDirectory`. */
  private durableEntries = new Map<string, Entry>([['/', directoryEntry]]);
  /** Bumped by every crash; handles from an older generation refuse to work. */
  private generation = 0;
  private readonly failures: Array<{ operation: SimDiskOperation; pathPrefix: string }> = [];
  private counters: SimDiskStats = emptyStats();

  constructor(options: { random: SimDiskRandom }) {
    this.random = options.random;
  }

  open(path: string, options: { create: boolean }): Promise<DiskFile> {
    return settle(() => {
      const normalized = normalizeSimPath(path);
      this.failIfInjected('open', normalized);
      this.counters.opens += 1;
      let entry = this.entries.get(normalized);
      if (entry === undefined) {
        if (!options.create) throw new DiskError(`Cannot open "${normalized}": no such file`, normalized);
        this.requireDirectory(parentOf(normalized), normalized);
        entry = { kind: 'file', inode: new Inode() };
        this.entries.set(normalized, entry);
      }
      if (entry.kind !== 'file') {
        throw new DiskError(`Cannot open "${normalized}": it is a directory`, normalized);
      }
      return new SimFile(this, normalized, entry.inode, this.generation);
    });
  }

  list(directory: string): Promise<string[]> {
    return settle(() => this.namesIn(directory));
  }

  walk(directory: string): Promise<string[]> {
    return settle(() => {
      const normalized = normalizeSimPath(directory);
      const prefixLength = normalized === '/' ? 1 : normalized.length + 1;
      const files: string[] = [];
      for (const [path, entry] of this.entries) {
        if (entry.kind === 'file' && isInside(path, normalized)) files.push(path.slice(prefixLength));
      }
      return files.sort();
    });
  }

  makeDirectory(path: string): Promise<void> {
    return settle(() => {
      const normalized = normalizeSimPath(path);
      this.failIfInjected('makeDirectory', normalized);
      const segments = normalized.split('/').slice(1);
      let current = '';
      for (const segment of segments) {
        current += '/' + segment;
        const entry = this.entries.get(current);
        if (entry === undefined) this.entries.set(current, directoryEntry);
        else if (entry.kind !== 'directory') {
          throw new DiskError(`Cannot make directory "${normalized}": "${current}" is a file`, normalized);
        }
      }
    });
  }

  rename(from: string, to: string): Promise<void> {
    return settle(() => {
      const source = normalizeSimPath(from);
      const target = normalizeSimPath(to);
      this.failIfInjected('rename', source);
      this.counters.renames += 1;
      const entry = this.entries.get(source);
      if (entry === undefined || entry.kind !== 'file') {
        throw new DiskError(`Cannot rename "${source}": no such file`, source);
      }
      this.requireDirectory(parentOf(target), target);
      if (this.entries.get(target)?.kind === 'directory') {
        throw new DiskError(`Cannot rename onto "${target}": it is a directory`, target);
      }
      this.entries.delete(source);
      this.entries.set(target, entry);
    });
  }

  remove(path: string): Promise<void> {
    return settle(() => {
      const normalized = normalizeSimPath(path);
      this.failIfInjected('remove', normalized);
      assert.notEqual(normalized, '/', 'the root directory is never removed');
      this.counters.removes += 1;
      for (const candidate of [...this.entries.keys()]) {
        if (candidate === normalized || isInside(candidate, normalized)) this.entries.delete(candidate);
      }
    });
  }

  exists(path: string): Promise<boolean> {
    return settle(() => this.entries.has(normalizeSimPath(path)));
  }

  syncDirectory(directory: string): Promise<void> {
    return settle(() => {
      const normalized = normalizeSimPath(directory);
      this.failIfInjected('syncDirectory', normalized);
      this.requireDirectory(normalized, normalized);
      this.counters.directorySyncs += 1;
      for (const path of [...this.durableEntries.keys()]) {
        if (isChildOf(path, normalized) && !this.entries.has(path)) this.durableEntries.delete(path);
      }
      for (const [path, entry] of this.entries) {
        if (isChildOf(path, normalized)) this.durableEntries.set(path, entry);
      }
    });
  }

  /**
   * Simulates power loss: the namespace reverts to its synced entries (dropping those whose
   * directory did not survive), and each file to its synced bytes. With `tear`, a file keeps a
   * random prefix of its unsynced operations instead, the last kept write cut at a random byte.
   * Handles opened before the crash fail from now on.
   */
  crash(options: { tear?: boolean } = {}): CrashReport {
    const report: CrashReport = { filesAffected: [], entriesReverted: [], bytesLost: 0, tornWrites: 0 };
    report.entriesReverted = this.revertNamespace();
    const seen = new Set<Inode>();
    for (const [path, entry] of this.entries) {
      if (entry.kind !== 'file' || seen.has(entry.inode)) continue;
      seen.add(entry.inode);
      if (entry.inode.pending.length === 0) continue;
      report.filesAffected.push(path);
      this.revertInode(entry.inode, options.tear === true, report);
    }
    this.generation += 1;
    this.counters.crashes += 1;
    this.counters.bytesLost += report.bytesLost;
    this.counters.tornWrites += report.tornWrites;
    this.checkInvariants();
    return report;
  }

  /** Loses the whole disk, synced or not (a replaced or reformatted drive). */
  wipe(): void {
    this.entries = new Map([['/', directoryEntry]]);
    this.durableEntries = new Map([['/', directoryEntry]]);
    this.generation += 1;
  }

  /**
   * Flips the bits of `mask` in the synced byte at `position` of the file at `path` (and in
   * what running code reads, since it is the same medium). Only a checksum can notice.
   */
  corrupt(path: string, position: number, mask = 0x01): void {
    const normalized = normalizeSimPath(path);
    const entry = this.entries.get(normalized);
    assert.ok(entry !== undefined && entry.kind === 'file', `corrupted path "${normalized}" is a file`);
    assert.ok(mask > 0 && mask <= 0xff, 'the corruption mask flips at least one bit of a byte');
    assert.ok(position < entry.inode.synced.length, 'only synced bytes are corrupted');
    entry.inode.synced.flipBits(position, mask);
    if (position < entry.inode.current.length) entry.inode.current.flipBits(position, mask);
    this.counters.corruptions += 1;
  }

  /**
   * Flips one random bit in a random synced byte of a random file accepted by `filter`; returns
   * where, or undefined when no such file has synced bytes.
   */
  corruptRandom(filter: (path: string) => boolean = () => true): { path: string; position: number } | undefined {
    const candidates = [...this.entries]
      .filter(([path, entry]) => entry.kind === 'file' && entry.inode.synced.length > 0 && filter(path))
      .map(([path]) => path)
      .sort();
    if (candidates.length === 0) return undefined;
    const path = candidates[this.random.nextInt(candidates.length)];
    assert.ok(path !== undefined);
    const entry = this.entries.get(path);
    assert.ok(entry !== undefined && entry.kind === 'file');
    const position = this.random.nextInt(entry.inode.synced.length);
    this.corrupt(path, position, 1 << this.random.nextInt(8));
    return { path, position };
  }

  /** Makes the next `operation` on a path starting with `pathPrefix` fail with a DiskError. */
  failNext(operation: SimDiskOperation, pathPrefix = '/'): void {
    this.failures.push({ operation, pathPrefix: normalizeSimPath(pathPrefix) });
  }

  /** Disarms every failure armed with `failNext` that has not fired yet; returns how many. */
  clearFailures(): number {
    return this.failures.splice(0).length;
  }

  /** The bytes running code would read from `path`, or undefined if there is no such file. */
  contents(path: string): Uint8Array | undefined {
    const entry = this.entries.get(normalizeSimPath(path));
    if (entry === undefined || entry.kind !== 'file') return undefined;
    return entry.inode.current.read(0, entry.inode.current.length);
  }

  /**
   * The names in `directory` as running code sees them, sorted; [] if it does not exist. For
   * checkers, which look at a disk between events and so cannot await.
   */
  namesIn(directory: string): string[] {
    const normalized = normalizeSimPath(directory);
    const names: string[] = [];
    for (const path of this.entries.keys()) {
      if (path !== '/' && parentOf(path) === normalized) names.push(nameOf(path));
    }
    return names.sort();
  }

  /** The synced bytes of `path` (what survives a crash if its name does). */
  syncedContents(path: string): Uint8Array | undefined {
    const entry = this.entries.get(normalizeSimPath(path));
    if (entry === undefined || entry.kind !== 'file') return undefined;
    return entry.inode.synced.read(0, entry.inode.synced.length);
  }

  /** Total bytes written and not yet synced, over all files (or only those under `directory`). */
  unsyncedBytes(directory = '/'): number {
    const root = normalizeSimPath(directory);
    let total = 0;
    const counted = new Set<Entry>();
    for (const [path, entry] of this.entries) {
      if (entry.kind !== 'file' || counted.has(entry) || !isInside(path, root)) continue;
      counted.add(entry);
      total += entry.inode.unsyncedBytes();
    }
    return total;
  }

  stats(): Readonly<SimDiskStats> {
    return { ...this.counters };
  }

  resetStats(): void {
    this.counters = emptyStats();
  }

  /** Every entry's parent is a directory, in the live and in the durable namespace. */
  checkInvariants(): void {
    for (const namespace of [this.entries, this.durableEntries]) {
      assert.equal(namespace.get('/')?.kind, 'directory', 'the root is a directory');
      for (const path of namespace.keys()) {
        if (path === '/') continue;
        assert.equal(namespace.get(parentOf(path))?.kind, 'directory', `parent of "${path}" exists`);
      }
    }
  }

  /** @internal Called by handles: throws if the disk crashed since the handle was opened. */
  checkHandle(path: string, generation: number): void {
    if (generation !== this.generation) {
      throw new DiskError(`Cannot use "${path}": the handle predates a crash`, path);
    }
  }

  /** @internal Called by handles before each operation. */
  failIfInjected(operation: SimDiskOperation, path: string): void {
    const index = this.failures.findIndex((failure) =>
      failure.operation === operation && (path === failure.pathPrefix || isInside(path, failure.pathPrefix)));
    if (index < 0) return;
    this.failures.splice(index, 1);
    this.counters.injectedFailures += 1;
    throw new DiskError(`Cannot ${operation} "${path}": injected failure`, path);
  }

  /** @internal The counters handles update. */
  get mutableStats(): SimDiskStats {
    return this.counters;
  }

  private requireDirectory(path: string, forPath: string): void {
    if (this.entries.get(path)?.kind !== 'directory') {
      throw new DiskError(`Cannot use "${forPath}": directory "${path}" does not exist`, forPath);
    }
  }

  /** Replaces the live namespace by the durable one, minus entries whose parent did not survive. */
  private revertNamespace(): string[] {
    const reverted: string[] = [];
    for (const [path, entry] of this.entries) {
      if (this.durableEntries.get(path) !== entry) reverted.push(path);
    }
    for (const path of this.durableEntries.keys()) {
      if (!this.entries.has(path)) reverted.push(path);
    }
    // Sorted parents come before children, so one pass finds every orphan.
    const survivors = new Map<string, Entry>();
    for (const path of [...this.durableEntries.keys()].sort()) {
      const entry = this.durableEntries.get(path);
      assert.ok(entry !== undefined);
      if (path === '/' || survivors.get(parentOf(path))?.kind === 'directory') survivors.set(path, entry);
    }
    this.entries = survivors;
    this.durableEntries = new Map(survivors);
    return [...new Set(reverted)].sort();
  }

  private revertInode(inode: Inode, tear: boolean, report: CrashReport): void {
    const pending = inode.pending;
    const kept = tear ? this.random.nextInt(pending.length + 1) : 0;
    const bytes = inode.synced.copy();
    for (let operationIndex = 0; operationIndex < pending.length; operationIndex += 1) {
      const operation = pending[operationIndex];
      assert.ok(operation !== undefined);
      if (operationIndex < kept) {
        applyOperation(bytes, operation);
        continue;
      }
      if (operation.kind !== 'write') continue;
      if (operationIndex === kept && tear && operation.data.length > 1) {
        const cut = this.random.nextInt(operation.data.length);
        if (cut > 0) {
          bytes.write(operation.position, operation.data.subarray(0, cut));
          report.tornWrites += 1;
        }
        report.bytesLost += operation.data.length - cut;
        continue;
      }
      report.bytesLost += operation.data.length;
    }
    inode.synced = bytes;
    inode.current = bytes.copy();
    inode.pending = [];
  }
}

function emptyStats(): SimDiskStats {
  return {
    opens: 0, reads: 0, bytesRead: 0, writes: 0, bytesWritten: 0, truncates: 0, syncs: 0,
    directorySyncs: 0, renames: 0, removes: 0, crashes: 0, bytesLost: 0, tornWrites: 0,
    corruptions: 0, injectedFailures: 0,
  };
}

/** A handle on a simulated file. Survives renames and removal of its name, not a crash. */
class SimFile implements DiskFile {
  private closed = false;

  constructor(
    private readonly disk: SimDisk,
    readonly path: string,
    private readonly inode: Inode,
    private readonly generation: number,
  ) {}

  size(): Promise<number> {
    return settle(() => {
      this.checkUsable();
      return this.inode.current.length;
    });
  }

  read(position: number, length: number): Promise<Uint8Array> {
    return settle(() => {
      this.checkUsable();
      assert.ok(Number.isSafeInteger(position) && position >= 0, 'read position is a natural number');
      assert.ok(Number.isSafeInteger(length) && length >= 0, 'read length is a natural number');
      this.disk.failIfInjected('read', this.path);
      const bytes = this.inode.current.read(position, length);
      this.disk.mutableStats.reads += 1;
      this.disk.mutableStats.bytesRead += bytes.length;
      return bytes;
    });
  }

  write(position: number, data: Uint8Array): Promise<void> {
    return settle(() => {
      this.writeNow(position, data);
    });
  }

  append(data: Uint8Array): Promise<number> {
    return settle(() => {
      const position = this.inode.current.length;
      this.writeNow(position, data);
      return position;
    });
  }

  truncate(size: number): Promise<void> {
    return settle(() => {
      this.checkUsable();
      assert.ok(Number.isSafeInteger(size) && size >= 0, 'truncate size is a natural number');
      this.disk.failIfInjected('truncate', this.path);
      this.disk.mutableStats.truncates += 1;
      this.inode.apply({ kind: 'truncate', size });
    });
  }

  sync(): Promise<void> {
    return settle(() => {
      this.checkUsable();
      this.disk.failIfInjected('sync', this.path);
      this.disk.mutableStats.syncs += 1;
      this.inode.sync();
    });
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  private writeNow(position: number, data: Uint8Array): void {
    this.checkUsable();
    assert.ok(Number.isSafeInteger(position) && position >= 0, 'write position is a natural number');
    this.disk.failIfInjected('write', this.path);
    this.disk.mutableStats.writes += 1;
    this.disk.mutableStats.bytesWritten += data.length;
    // The caller may reuse its buffer; the disk keeps its own copy, as a kernel would.
    this.inode.apply({ kind: 'write', position, data: data.slice() });
  }

  private checkUsable(): void {
    this.disk.checkHandle(this.path, this.generation);
    if (this.closed) throw new DiskError(`Cannot use "${this.path}": the handle is closed`, this.path);
  }
}
