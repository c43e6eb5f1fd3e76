// Goal: a connection speaks, per API, the highest version both sides know (KIP-35), and an API
// whose ranges do not overlap is not usable at all.
// Method: the pure function on hand-made ranges, and a property against a naive reference that
// tries every version.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { highestCommonVersion, negotiateVersions } from '../../../src/net/kafka-client/version-negotiation.js';

describe('version negotiation', () => {
  test('keeps the common range of each API both sides know', () => {
    const negotiated = negotiateVersions(
      [{ apiKey: 3, minVersion: 0, maxVersion: 12 }, { apiKey: 0, minVersion: 3, maxVersion: 11 }, { apiKey: 99, minVersion: 0, maxVersion: 1 }],
      new Map([[3, { lowestVersion: 4, highestVersion: 9 }], [0, { lowestVersion: 0, highestVersion: 2 }]]),
    );
    expect([...negotiated]).toEqual([[3, { lowestVersion: 4, highestVersion: 9 }]]);
  });

  test('the highest common version equals the naive search over every version', () => {
    const range = fc.tuple(fc.nat(20), fc.nat(20)).map(([a, b]) => ({ lowestVersion: Math.min(a, b), highestVersion: Math.max(a, b) }));
    fc.assert(fc.property(range, range, (a, b) => {
      let naive: number | null = null;
      for (let version = 0; version <= 20; version += 1) {
        const inBoth = version >= a.lowestVersion && version <= a.highestVersion && version >= b.lowestVersion && version <= b.highestVersion;
        if (inBoth) naive = version;
      }
      expect(highestCommonVersion(a, b)).toBe(naive);
    }), { seed: 3, numRuns: 300 });
  });
});
