// The public surface of storage/: code outside this folder imports storage only from here.
export { DiskError } from './disk.js';
export type { Disk, DiskFile } from './disk.js';
