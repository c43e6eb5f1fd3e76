// What an operator most likely meant by a configuration key Weir does not know (src/config/):
// the node key of a topic-level key (Kafka's topics say `retention.ms`, its brokers
// `log.retention.ms`), or the closest known key by edit distance (a typo such as
// `log.retention.hourz`). Pure: the known keys are handed in.

/** Topic-level keys whose node-wide default has another name (Kafka's LogConfig synonyms). */
export const topicKeyToNodeKey: ReadonlyMap<string, string> = new Map([
  ['retention.ms', 'log.retention.ms'],
  ['retention.bytes', 'log.retention.bytes'],
  ['segment.bytes', 'log.segment.bytes'],
  ['segment.ms', 'log.roll.ms'],
  ['flush.messages', 'log.flush.interval.messages'],
  ['flush.ms', 'log.flush.interval.ms'],
  ['max.message.bytes', 'message.max.bytes'],
  ['cleanup.policy', 'log.cleanup.policy'],
]);

/**
 * The hint to append to "Unknown configuration key", or '' when nothing is close.
 *
 * @example
 * unknownKeyHint('retention.ms', known); // ': it is a topic config; the node-wide default is "log.retention.ms"'
 * unknownKeyHint('log.retention.hourz', known); // ': did you mean "log.retention.hours"?'
 */
export function unknownKeyHint(key: string, known: readonly string[]): string {
  const nodeKey = topicKeyToNodeKey.get(key);
  if (nodeKey !== undefined && known.includes(nodeKey)) {
    return `: it is a topic config (set it per topic); the node-wide default is "${nodeKey}"`;
  }
  const closest = closestKey(key, known);
  return closest === null ? '' : `: did you mean "${closest}"?`;
}

/** The known key nearest to `key`, if it is near enough to be a typo of it (a third of its length). */
export function closestKey(key: string, known: readonly string[]): string | null {
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: { key: string; distance: number } | null = null;
  for (const candidate of known) {
    const distance = editDistance(key, candidate);
    if (distance <= limit && (best === null || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key ?? null;
}

/** Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
