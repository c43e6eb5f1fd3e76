// A digest of a metadata image that depends on its content only, not on the order its maps were
// filled in (a node that restored a snapshot fills them in another order than one that replayed
// the log). Part of sim/cluster/, for the image-agreement checker.
import type { MetadataImage } from '../../src/metadata/image/metadata-image.js';

/** A canonical text of `value`: maps and object keys sorted, bigints and bytes spelled out. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Uint8Array) return `b${Buffer.from(value).toString('hex')}`;
  if (value instanceof Map) {
    const entries = [...value.entries()].map(([key, item]) => `${canonical(key)}:${canonical(item)}`);
    return `{${entries.sort().join(',')}}`;
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${key}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
}

/** FNV-1a (32 bit) of the image's canonical text, with its length to make collisions rarer still. */
export function digestImage(image: MetadataImage): string {
  const text = canonical(image);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16)}/${text.length}`;
}
