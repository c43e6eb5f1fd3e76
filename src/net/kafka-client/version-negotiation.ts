// Which version of each API to speak with one broker (src/net/kafka-client/). Pure.
//
// A Kafka client opens every connection with ApiVersions (KIP-35) and, for each API, keeps the
// range of versions that both it and the broker support; a request then goes in the highest
// version of that range (narrowed by what the request's body can carry). An API whose ranges do not overlap
// cannot be used on that connection at all; the caller learns that as a value, never a throw.
import assert from 'node:assert/strict';

import type { VersionRange } from '../../protocol/mod.js';

/** The broker's advertised range of one API, as ApiVersionsResponse lists it. */
export interface AdvertisedVersions {
  readonly apiKey: number;
  readonly minVersion: number;
  readonly maxVersion: number;
}

/** The versions of each API key that both sides speak. Invariant: every range is non-empty. */
export type NegotiatedVersions = ReadonlyMap<number, VersionRange>;

/**
 * Intersects the broker's advertised ranges with the versions this client can encode, keeping
 * the common range of each API both know (an API whose ranges do not overlap is left out).
 *
 * @example
 * negotiateVersions([{ apiKey: 3, minVersion: 0, maxVersion: 12 }], new Map([[3, { lowestVersion: 4, highestVersion: 9 }]]));
 * // Map { 3 => { lowestVersion: 4, highestVersion: 9 } }
 */
export function negotiateVersions(advertised: readonly AdvertisedVersions[],
  ours: ReadonlyMap<number, VersionRange>): NegotiatedVersions {
  const negotiated = new Map<number, VersionRange>();
  for (const theirs of advertised) {
    const mine = ours.get(theirs.apiKey);
    if (mine === undefined) continue;
    const common = commonRange(mine, { lowestVersion: theirs.minVersion, highestVersion: theirs.maxVersion });
    if (common !== null) negotiated.set(theirs.apiKey, common);
  }
  return negotiated;
}

/** The versions in both ranges, or null when they do not overlap. */
export function commonRange(a: VersionRange, b: VersionRange): VersionRange | null {
  const lowestVersion = Math.max(a.lowestVersion, b.lowestVersion);
  const highestVersion = Math.min(a.highestVersion, b.highestVersion);
  return highestVersion < lowestVersion ? null : { lowestVersion, highestVersion };
}

/** The highest version in both ranges, or null when they do not overlap. */
export function highestCommonVersion(a: VersionRange, b: VersionRange): number | null {
  const common = commonRange(a, b);
  if (common === null) return null;
  assert.ok(common.highestVersion <= a.highestVersion && common.highestVersion <= b.highestVersion, 'the version lies in both ranges');
  return common.highestVersion;
}
