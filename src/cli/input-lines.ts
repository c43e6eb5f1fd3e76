// The lines `weir produce` reads (src/cli/): from stdin as they arrive (so a pipe can feed a
// topic live), or from a file through the runtime's disk seam, the only way node code reads files.
import { createInterface } from 'node:readline';

import type { Disk } from '../runtime/seam.js';
import { CliError } from './cli-error.js';

/** Lines of `file`, or of stdin when `file` is undefined, without their line endings. */
export async function* inputLines(disk: Disk, file: string | undefined): AsyncIterable<string> {
  if (file === undefined) {
    yield* createInterface({ input: process.stdin, crlfDelay: Infinity });
    return;
  }
  if (!(await disk.exists(file))) throw new CliError(`Cannot read "${file}": no such file`);
  const opened = await disk.open(file, { create: false });
  try {
    const text = new TextDecoder().decode(await opened.read(0, await opened.size()));
    yield* text.split(/\r?\n/);
  } finally {
    await opened.close();
  }
}
