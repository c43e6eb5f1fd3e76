// The Node adapter of storage's disk seam (storage/disk.ts): real files through node:fs/promises,
// recursive directory scans through @nodelib/fs.walk. It lives in src/runtime/nodejs/, the one place
// allowed to touch the file system (DESIGN.md, the determinism seam); the simulator's in-memory
// twin is sim/sim-disk.ts. Every failure of the operating system surfaces as a DiskError naming
// the path, with the original error as its cause.
import assert from 'node:assert/strict';
import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { walk } from '@nodelib/fs.walk/promises';
import { DiskError } from '../../../storage/mod.js';
import type { Disk, DiskFile } from '../../../storage/mod.js';

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) return String(error.code);
  return String(error);
}

/** Runs `action`; turns whatever it throws into a DiskError for `path`. */
async function guard<T>(action: string, path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DiskError) throw error;
    throw new DiskError(`Cannot ${action} "${path}": ${describe(error)}`, path, { cause: error });
  }
}

/**
 * A real file. It caches its size so `append` needs no system call to find the end.
 * Precondition: no other handle writes the same file while this one is open.
 */
class NodeFile implements DiskFile {
  private constructor(readonly path: string, private readonly handle: FileHandle, private length: number) {}

  static async open(path: string, create: boolean): Promise<NodeFile> {
    return guard('open', path, async () => {
      const flags = create ? constants.O_RDWR | constants.O_CREAT : constants.O_RDWR;
      const handle = await open(path, flags, 0o644);
      try {
        const { size } = await handle.stat();
        return new NodeFile(path, handle, size);
      } catch (error) {
        await handle.close();
        throw error;
      }
    });
  }

  size(): Promise<number> {
    return Promise.resolve(this.length);
  }

  read(position: number, length: number): Promise<Uint8Array> {
    assert.ok(Number.isSafeInteger(position) && position >= 0, 'read position is a natural number');
    assert.ok(Number.isSafeInteger(length) && length >= 0, 'read length is a natural number');
    return guard('read', this.path, async () => {
      const wanted = Math.max(0, Math.min(length, this.length - position));
      // Every byte is overwritten below, so the buffer need not be zeroed first.
      const unzeroed = Buffer.allocUnsafeSlow(wanted);
      const buffer = new Uint8Array(unzeroed.buffer, unzeroed.byteOffset, wanted);
      let filled = 0;
      // A single pread may return fewer bytes than asked; loop until the end of the file.
      while (filled < wanted) {
        const { bytesRead } = await this.handle.read(buffer, filled, wanted - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === wanted ? buffer : buffer.subarray(0, filled);
    });
  }

  write(position: number, data: Uint8Array): Promise<void> {
    assert.ok(Number.isSafeInteger(position) && position >= 0, 'write position is a natural number');
    return guard('write', this.path, async () => {
      await this.writeFully(position, data);
    });
  }

  append(data: Uint8Array): Promise<number> {
    const position = this.length;
    // The end moves before the write settles, so appends issued back to back never overlap.
    this.length += data.length;
    return guard('append to', this.path, async () => {
      await this.writeFully(position, data);
      return position;
    });
  }

  truncate(size: number): Promise<void> {
    assert.ok(Number.isSafeInteger(size) && size >= 0, 'truncate size is a natural number');
    return guard('truncate', this.path, async () => {
      await this.handle.truncate(size);
      this.length = size;
    });
  }

  sync(): Promise<void> {
    return guard('sync', this.path, () => this.handle.sync());
  }

  close(): Promise<void> {
    return guard('close', this.path, () => this.handle.close());
  }

  private async writeFully(position: number, data: Uint8Array): Promise<void> {
    let written = 0;
    while (written < data.length) {
      const result = await this.handle.write(data, written, data.length - written, position + written);
      assert.ok(result.bytesWritten > 0, 'a write makes progress');
      written += result.bytesWritten;
    }
    this.length = Math.max(this.length, position + data.length);
  }
}

/** Storage's disk seam on the real file system. */
export class NodeDisk implements Disk {
  open(path: string, options: { create: boolean }): Promise<DiskFile> {
    return NodeFile.open(path, options.create);
  }

  list(directory: string): Promise<string[]> {
    return guard('list', directory, async () => {
      try {
        return (await readdir(directory)).sort();
      } catch (error) {
        if (isNotFound(error)) return [];
        throw error;
      }
    });
  }

  walk(directory: string): Promise<string[]> {
    return guard('walk', directory, async () => {
      try {
        const entries = await walk(directory, {
          basePath: '',
          pathSegmentSeparator: '/',
          entryFilter: (entry) => !entry.dirent.isDirectory(),
        });
        return entries.map((entry) => entry.path).sort();
      } catch (error) {
        if (isNotFound(error)) return [];
        throw error;
      }
    });
  }

  makeDirectory(path: string): Promise<void> {
    return guard('make directory', path, async () => {
      await mkdir(path, { recursive: true });
    });
  }

  rename(from: string, to: string): Promise<void> {
    return guard('rename', from, () => rename(from, to));
  }

  remove(path: string): Promise<void> {
    return guard('remove', path, () => rm(path, { recursive: true, force: true }));
  }

  exists(path: string): Promise<boolean> {
    return guard('check', path, async () => {
      try {
        await stat(path);
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    });
  }

  syncDirectory(directory: string): Promise<void> {
    return guard('sync directory', directory, async () => {
      const handle = await open(directory, constants.O_RDONLY);
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
  }
}
