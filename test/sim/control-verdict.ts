// Shared by the negative-control tests of the Raft and whole-cluster workloads: the verdict on the
// first anomalies of a fixed range of seeds run with one switch on.
import { expect } from 'vitest';

/** Every run that failed, failed with `anomaly`, and at least `atLeast` runs did. */
export function expectOnly(anomalies: ReadonlyArray<string | null>, anomaly: string, atLeast: number): void {
  const found = anomalies.filter((value) => value !== null);
  expect(found).toEqual(found.map(() => anomaly));
  expect(found.length).toBeGreaterThanOrEqual(atLeast);
}
