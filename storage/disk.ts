// The disk seam of storage/: every file operation the storage engine performs goes through this
// interface, handed in at construction. Weir has two implementations: the Node adapter in
// src/runtime/nodejs/ (real files) and the simulated disk in sim/ (memory that loses unsynced bytes
// on a crash). Storage imports nothing else of the project (DESIGN.md, dependency direction).
//
// Durability model, shared by both implementations and relied on by recovery:
// - bytes written to a file are durable only after `sync()` on that file;
// - a file's creation, removal or rename is durable only after `syncDirectory()` on its parent;
// - a crash may keep any prefix of the unsynced writes of a file (a torn write).

/** An environment failure reported by the disk seam (not a bug, not bad input). */
export class DiskError extends Error {
  readonly code = 'DISK_ERROR';
  constructor(message: string, readonly path: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DiskError';
  }
}

/** An open file. Positions and lengths are byte counts from the start of the file. */
export interface DiskFile {
  readonly path: string;
  /** Size in bytes, counting writes not yet synced. */
  size(): Promise<number>;
  /** Reads up to `length` bytes at `position`; fewer only at the end of the file. */
  read(position: number, length: number): Promise<Uint8Array>;
  /** Writes `data` at `position`, extending the file if needed. */
  write(position: number, data: Uint8Array): Promise<void>;
  /** Writes `data` at the end of the file and returns the position it was written at. */
  append(data: Uint8Array): Promise<number>;
  /** Cuts the file to `size` bytes. */
  truncate(size: number): Promise<void>;
  /** Makes every write so far durable (fsync). A failure is fatal to the caller, never retried. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system operations storage needs. Paths are '/'-separated. */
export interface Disk {
  /** Opens a file for reading and writing; with `create`, makes it if it does not exist. */
  open(path: string, options: { create: boolean }): Promise<DiskFile>;
  /** Names of the entries of a directory (not recursive), sorted; empty if it does not exist. */
  list(directory: string): Promise<string[]>;
  /**
   * Paths of every file (not directory) under `directory`, recursively, relative to it and
   * '/'-separated, sorted; empty if it does not exist. The Node adapter uses @nodelib/fs.walk.
   */
  walk(directory: string): Promise<string[]>;
  /** Makes a directory and its missing parents; a no-op if it exists. */
  makeDirectory(path: string): Promise<void>;
  /** Renames a file, replacing any file at `to` (atomic on both implementations). */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file, or a directory and everything under it; a no-op if it does not exist. */
  remove(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Makes creations, removals and renames inside `directory` durable (fsync of the directory). */
  syncDirectory(directory: string): Promise<void>;
}
