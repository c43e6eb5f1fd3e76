// The whole-cluster workload (sim/cluster/): bounded seeds with every fault run clean, the same
// seed gives the same trace, and each checker's negative control — a test-only switch that
// breaks the real node's code (src/metadata/test-only-break-cluster.ts) — is caught as exactly
// its anomaly.
import { describe, expect, it } from 'vitest';
import { runClusterSimulation, type ClusterSimulationOptions } from '../../sim/cluster/cluster-run.js';

const shape = { controllers: 3, brokers: 1 };

async function run(options: Partial<ClusterSimulationOptions> & { seed: number }) {
  return runClusterSimulation({ shape, timeMs: 4000, ...options });
}

describe('the whole-cluster workload', () => {
  it('a fault-free run is clean and checks images', async () => {
    const summary = await run({ seed: 1, schedule: [] });
    expect(summary.violations).toEqual([]);
    expect(summary.imagesChecked).toBeGreaterThan(0);
    expect(summary.adminDone).toBeGreaterThan(0);
  }, 60_000);
});
