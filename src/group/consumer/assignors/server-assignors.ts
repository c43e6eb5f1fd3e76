// The server assignors a broker offers, by name (group.consumer.assignors: the first listed is
// the default for members that name none).
import assert from 'node:assert/strict';
import type { ServerAssignor } from './assignor.js';
import { rangeAssignor } from './range-assignor.js';
import { uniformAssignor } from './uniform-assignor.js';

const known: ReadonlyMap<string, ServerAssignor> = new Map([uniformAssignor, rangeAssignor].map((assignor) =>
  [assignor.name, assignor]));

/** The names Weir implements. */
export const knownAssignorNames: readonly string[] = [...known.keys()];

/**
 * The assignors of `names` (group.consumer.assignors), in order. Precondition: every name is
 * known (the config layer rejects others with a ConfigError naming the key).
 */
export function serverAssignors(names: readonly string[]): ServerAssignor[] {
  assert.ok(names.length > 0, 'group.consumer.assignors names at least one assignor');
  return names.map((name) => {
    const assignor = known.get(name);
    assert.ok(assignor !== undefined, `group.consumer.assignors names a known assignor: "${name}"`);
    return assignor;
  });
}
