// A disk that stops the process at a chosen operation: it passes every call on to a simulated
// disk, counting the ones that change it (writes, truncations, syncs, creations, renames,
// removals), and from the chosen one on throws DiskError, as if the power went just before it.
// The test then crashes the simulated disk (losing, or tearing, what was not synced) and
// reopens the log from it, once for every operation of a cleaning.
import { DiskError } from '../../../storage/mod.js';
import type { Disk, DiskFile } from '../../../storage/mod.js';
import type { SimDisk } from '../../../sim/sim-disk.js';

export class CrashPointDisk implements Disk {
  /** Changing operations carried out so far. */
  operationCount = 0;
  /** The operation (counted from 1) that fails, and every one after it. */
  crashAt = Number.POSITIVE_INFINITY;

  constructor(readonly disk: SimDisk) {}

  /** Counts one changing operation, or throws once the crash point is reached. */
  changing(path: string): void {
    if (this.operationCount + 1 >= this.crashAt) throw new DiskError(`Cannot change "${path}": crash point`, path);
    this.operationCount += 1;
  }

  async open(path: string, options: { create: boolean }): Promise<DiskFile> {
    if (options.create && !(await this.disk.exists(path))) this.changing(path);
    return new CrashPointFile(this, await this.disk.open(path, options));
  }

  list(directory: string): Promise<string[]> {
    return this.disk.list(directory);
  }

  walk(directory: string): Promise<string[]> {
    return this.disk.walk(directory);
  }

  makeDirectory(path: string): Promise<void> {
    this.changing(path);
    return this.disk.makeDirectory(path);
  }

  rename(from: string, to: string): Promise<void> {
    this.changing(from);
    return this.disk.rename(from, to);
  }

  remove(path: string): Promise<void> {
    this.changing(path);
    return this.disk.remove(path);
  }

  exists(path: string): Promise<boolean> {
    return this.disk.exists(path);
  }

  syncDirectory(directory: string): Promise<void> {
    this.changing(directory);
    return this.disk.syncDirectory(directory);
  }
}

class CrashPointFile implements DiskFile {
  constructor(private readonly owner: CrashPointDisk, private readonly file: DiskFile) {}

  get path(): string {
    return this.file.path;
  }

  size(): Promise<number> {
    return this.file.size();
  }

  read(position: number, length: number): Promise<Uint8Array> {
    return this.file.read(position, length);
  }

  write(position: number, data: Uint8Array): Promise<void> {
    this.owner.changing(this.file.path);
    return this.file.write(position, data);
  }

  append(data: Uint8Array): Promise<number> {
    this.owner.changing(this.file.path);
    return this.file.append(data);
  }

  truncate(size: number): Promise<void> {
    this.owner.changing(this.file.path);
    return this.file.truncate(size);
  }

  sync(): Promise<void> {
    this.owner.changing(this.file.path);
    return this.file.sync();
  }

  close(): Promise<void> {
    return this.file.close();
  }
}
