// Version ranges as Kafka's message schemas spell them: "3" (one version), "0-3" (inclusive),
// "4+" (open-ended) and "none" (empty). See the upstream message README, "Versions". Build-time
// code: the generator uses these to decide which version guard each field gets.
import assert from 'node:assert/strict';

/** An inclusive range of versions; `highest` is Infinity when open-ended. */
export interface VersionRange {
  readonly lowest: number;
  readonly highest: number;
}

/** The empty range ("none"). Invariant: lowest > highest. */
export const NO_VERSIONS: VersionRange = { lowest: 0, highest: -1 };
/** Every version ("0+"). */
export const ALL_VERSIONS: VersionRange = { lowest: 0, highest: Infinity };

/** A schema that does not follow the schema language; names the file and the offending part. */
export class SchemaError extends Error {
  readonly code = 'SCHEMA_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'SchemaError';
  }
}

/** Parses "none", "N", "N-M" or "N+"; throws `SchemaError` on anything else. */
export function parseVersionRange(text: unknown, where: string): VersionRange {
  if (typeof text !== 'string') throw new SchemaError(`Cannot parse versions of ${where}: expected a string, got ${JSON.stringify(text)}`);
  const trimmed = text.trim();
  if (trimmed === 'none') return NO_VERSIONS;
  let match = /^(\d+)$/.exec(trimmed);
  if (match !== null) return { lowest: Number(match[1]), highest: Number(match[1]) };
  match = /^(\d+)\+$/.exec(trimmed);
  if (match !== null) return { lowest: Number(match[1]), highest: Infinity };
  match = /^(\d+)-(\d+)$/.exec(trimmed);
  if (match !== null) {
    const lowest = Number(match[1]);
    const highest = Number(match[2]);
    if (lowest > highest) throw new SchemaError(`Cannot parse versions of ${where}: "${text}" is backwards`);
    return { lowest, highest };
  }
  throw new SchemaError(`Cannot parse versions of ${where}: "${text}" is not none, N, N-M or N+`);
}

export function isEmpty(range: VersionRange): boolean {
  return range.lowest > range.highest;
}

export function contains(range: VersionRange, version: number): boolean {
  return version >= range.lowest && version <= range.highest;
}

export function intersect(left: VersionRange, right: VersionRange): VersionRange {
  const lowest = Math.max(left.lowest, right.lowest);
  const highest = Math.min(left.highest, right.highest);
  return lowest > highest ? NO_VERSIONS : { lowest, highest };
}

/** True when every version of `inner` is in `outer`. */
export function covers(outer: VersionRange, inner: VersionRange): boolean {
  return isEmpty(inner) || (outer.lowest <= inner.lowest && outer.highest >= inner.highest);
}

/** The schema spelling of a range, for TSDoc: "0-3", "4+", "2", "none". */
export function formatVersionRange(range: VersionRange): string {
  if (isEmpty(range)) return 'none';
  if (range.highest === Infinity) return `${range.lowest}+`;
  if (range.lowest === range.highest) return `${range.lowest}`;
  return `${range.lowest}-${range.highest}`;
}

/**
 * A TypeScript condition on the variable `version` that holds exactly for the versions of `range`
 * among those of `context` (the versions in which the surrounding code runs). Returns 'true' or
 * 'false' when the answer does not depend on the version.
 */
export function versionGuard(range: VersionRange, context: VersionRange): string {
  assert.ok(!isEmpty(context));
  const effective = intersect(range, context);
  if (isEmpty(effective)) return 'false';
  const conditions: string[] = [];
  if (effective.lowest > context.lowest) conditions.push(`version >= ${effective.lowest}`);
  if (effective.highest < context.highest) conditions.push(`version <= ${effective.highest}`);
  if (conditions.length === 0) return 'true';
  return conditions.join(' && ');
}
