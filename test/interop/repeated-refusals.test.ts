// Goal: a client that repeats a refused request on a new connection several times a second —
// a kafka-python producer pinned to Kafka 0.10.0 sends Produce v2, which Weir does not offer —
// is refused each time by closing that connection; the node's log must hold one warning for that
// client, not one per connection, and report the count of repeats when the node stops. (Until the
// group protocols were offered, a kafka-python group consumer was that client.)
// Method: one node process; the producer retries for three seconds and exits; the node's metrics
// count the refusals, and its output is read before and after a graceful stop.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { skipWithout } from './support/clients.js';
import { runPython } from './support/external-clients.js';
import { NodeProcess } from './support/node-process.js';

const skip = skipWithout('kafka-python');
let node: NodeProcess;

beforeAll(async () => {
  if (skip) return;
  node = await NodeProcess.start();
});
afterAll(async () => {
  await node?.dispose();
});

async function unsupportedApiRefusals(): Promise<number> {
  const metrics = await (await fetch(`http://${node.httpAddress}/metrics`)).text();
  const line = metrics.split('\n').find((row) => row.startsWith('weir_kafka_rejected_frames_total{reason="UNSUPPORTED_API"}'));
  return line === undefined ? 0 : Number(line.split(' ').at(-1));
}

function refusalLines(): string[] {
  return node.log().split('\n').filter((line) => line.includes('UNSUPPORTED_API'));
}

describe.skipIf(skip)('a client repeating a refused request', () => {
  test('kafka-python repeating a refused Produce v2 leaves one warning, then one count', async () => {
    await runPython({ library: 'kafka-python', action: 'old-producer', bootstrap: node.kafkaAddress,
      topic: 'refused', seconds: 3 });
    const refusals = await unsupportedApiRefusals();
    // The producer retries about every 150 ms; a few repeats are what this test is about.
    expect(refusals).toBeGreaterThanOrEqual(3);
    expect(refusalLines()).toHaveLength(1);
    expect(refusalLines()[0]).toContain('closing connection');
    expect(await node.stop()).toBe(0);
    const [first, summary] = refusalLines();
    expect(first).toContain('closing connection');
    expect(summary).toMatch(/closed connections again for the same reason remote="127\.0\.0\.1" client="kafka-python[^"]*"/);
    expect(Number(/times=(\d+)/.exec(summary ?? '')?.[1])).toBe(refusals - 1);
    expect(refusalLines()).toHaveLength(2);
  });
});
