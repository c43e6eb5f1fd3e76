// Goal: a run is a pure function of its seed and options (DESIGN.md, the determinism seam): the
// same seed twice gives the same trace hash, event count and summary; different seeds differ.
// Method: run a few seeds with every fault enabled twice each and compare.
import { describe, expect, test } from 'vitest';
import { runSimulation, type SimulationSummary } from '../../sim/run.js';
import { allFaultKinds } from '../../sim/nemesis.js';

function comparable(summary: SimulationSummary): Omit<SimulationSummary, 'wallMs'> {
  const { wallMs: _wallMs, ...rest } = summary;
  return rest;
}

describe('determinism', () => {
  test.each([1, 2, 3])('seed %i twice gives the same trace hash and summary', async (seed) => {
    const options = { seed, nodes: 5, timeMs: 5000, faults: allFaultKinds };
    const first = await runSimulation(options);
    const second = await runSimulation(options);
    expect(first.events).toBeGreaterThan(1000);
    expect(comparable(second)).toEqual(comparable(first));
  });

  test('different seeds give different traces', async () => {
    const hashes = new Set<string>();
    for (const seed of [10, 11, 12]) hashes.add((await runSimulation({ seed, nodes: 3, timeMs: 3000, faults: allFaultKinds })).traceHash);
    expect(hashes.size).toBe(3);
  });

  test('writing the trace does not change it: the hash covers exactly the written lines', async () => {
    const lines: string[] = [];
    const written = await runSimulation({ seed: 4, nodes: 3, timeMs: 3000, faults: allFaultKinds, traceSink: (line) => lines.push(line) });
    const hashed = await runSimulation({ seed: 4, nodes: 3, timeMs: 3000, faults: allFaultKinds });
    expect(written.traceHash).toBe(hashed.traceHash);
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines.slice(0, 50)) expect(() => JSON.parse(line)).not.toThrow();
  });
});
