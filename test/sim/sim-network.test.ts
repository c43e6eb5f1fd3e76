// Goal: the simulated network keeps the guarantees sim/sim-network.ts promises. Message mode:
// each send arrives whole or not at all, may be lost, duplicated or reordered. Stream mode: bytes
// arrive in order, at most once, and a partition resets the connection. Partitions block
// connects and messages in the blocked direction only; a crash resets the host's connections.
// Method: two simulated processes on a world, counting what arrives.
import { describe, expect, test } from 'vitest';
import type { Connection } from '../../src/runtime/seam.js';
import { SimNetwork, type LinkMode } from '../../sim/sim-network.js';
import { SimProcess, World } from '../../sim/world.js';

async function pair(mode: LinkMode, conditions: Partial<SimNetwork['conditions']> = {}, wholeFrame?: (bytes: Uint8Array) => boolean) {
  const world = new World({ seed: 11 });
  const network = new SimNetwork(world, {
    conditions: { minimumLatencyMs: 1, meanExtraLatencyMs: 5, lossRate: 0, duplicateRate: 0, ...conditions },
    modeFor: () => mode,
    connectTimeoutMs: 50,
    ...(wholeFrame === undefined ? {} : { wholeFrame }),
  });
  const serverProcess = new SimProcess('b', 0);
  const clientProcess = new SimProcess('a', 0);
  const received: number[] = [];
  const closes: string[] = [];
  let server: Connection | null = null;
  await network.forProcess('b', serverProcess).listen('b:1', (connection) => {
    server = connection;
    connection.onData((bytes) => { for (const byte of bytes) received.push(byte); });
    connection.onClose((reason) => closes.push(reason.by));
  });
  let client: Connection | null = null;
  void network.forProcess('a', clientProcess).connect('b:1').then((connection) => { client = connection; });
  await world.runUntil(100);
  expect(client).not.toBeNull();
  return { world, network, client: client as unknown as Connection, server: () => server, received, closes, serverProcess };
}

describe('SimNetwork', () => {
  test('stream mode delivers bytes in order, exactly once', async () => {
    const { world, client, received } = await pair('stream');
    for (let index = 0; index < 200; index += 1) client.send(new Uint8Array([index]));
    await world.runUntil(1000);
    expect(received).toEqual(Array.from({ length: 200 }, (_, index) => index));
  });

  test('stream mode duplicates only the whole frames it is told of, each right behind itself, in order', async () => {
    const { world, network, client, received } = await pair('stream', { duplicateRate: 0.5 }, (bytes) => (bytes[0] as number) % 2 === 1);
    for (let index = 0; index < 200; index += 1) client.send(new Uint8Array([index]));
    await world.runUntil(1000);
    const counts = new Map<number, number>();
    for (const value of received) counts.set(value, (counts.get(value) ?? 0) + 1);
    expect([...counts.keys()]).toEqual(Array.from({ length: 200 }, (_, index) => index));
    expect([...counts].filter(([value, count]) => value % 2 === 0 && count !== 1)).toEqual([]);
    const twice = [...counts].filter(([, count]) => count === 2).length;
    expect(twice).toBeGreaterThan(20);
    expect(network.counts.duplicated).toBe(twice);
    expect(received).toEqual([...received].sort((a, b) => a - b));
  });

  test('message mode reorders, loses and duplicates whole messages', async () => {
    const { world, client, received } = await pair('message', { lossRate: 0.2, duplicateRate: 0.2, meanExtraLatencyMs: 30 });
    for (let index = 0; index < 200; index += 1) client.send(new Uint8Array([index]));
    await world.runUntil(2000);
    const distinct = new Set(received);
    expect(distinct.size).toBeLessThan(200);
    expect(received.length).toBeGreaterThan(distinct.size);
    const sorted = [...received].sort((a, b) => a - b);
    expect(received).not.toEqual(sorted);
  });

  test('a one-way partition drops messages in one direction only', async () => {
    const { world, network, client, server, received } = await pair('message');
    const back: number[] = [];
    client.onData((bytes) => back.push(...bytes));
    network.block('a', 'b');
    client.send(new Uint8Array([1]));
    server()?.send(new Uint8Array([2]));
    await world.runUntil(500);
    expect(received).toEqual([]);
    expect(back).toEqual([2]);
    network.clearPartitions();
    client.send(new Uint8Array([3]));
    await world.runUntil(1000);
    expect(received).toEqual([3]);
  });

  test('a partition resets a stream connection and makes connects fail', async () => {
    const { world, network, client, closes } = await pair('stream');
    const clientCloses: string[] = [];
    client.onClose((reason) => clientCloses.push(reason.by));
    network.block('a', 'b');
    client.send(new Uint8Array([1]));
    let failed = false;
    void network.forProcess('a', new SimProcess('a', 1)).connect('b:1').catch(() => { failed = true; });
    await world.runUntil(500);
    expect(clientCloses).toEqual(['error']);
    expect(closes).toEqual(['error']);
    expect(failed).toBe(true);
  });

  test('a crashed host loses its listener and its peers see a reset', async () => {
    const { world, network, client, serverProcess } = await pair('stream');
    const clientCloses: string[] = [];
    client.onClose((reason) => clientCloses.push(reason.by));
    world.stop(serverProcess);
    network.crashHost('b');
    let refused = false;
    void network.forProcess('a', new SimProcess('a', 1)).connect('b:1').catch(() => { refused = true; });
    await world.runUntil(500);
    expect(clientCloses).toEqual(['error']);
    expect(refused).toBe(true);
  });
});
