// Small helpers on '/'-separated paths and byte arrays shared inside storage/.
import assert from 'node:assert/strict';

/** The directory holding `path`: '.' for a bare name, '/' for a child of the root. */
export function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  if (cut < 0) return '.';
  return cut === 0 ? '/' : path.slice(0, cut);
}

/** The chunks joined into one array (the chunk itself when there is only one). */
export function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const joined = new Uint8Array(total);
  let position = 0;
  for (const chunk of chunks) {
    joined.set(chunk, position);
    position += chunk.length;
  }
  assert.equal(position, total, 'the chunks fill the joined bytes');
  return joined;
}
