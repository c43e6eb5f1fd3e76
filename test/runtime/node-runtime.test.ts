// Goal: the Node implementation of the runtime seam behaves as src/runtime/seam.ts promises:
// loopback TCP on port 0 carries bytes both ways and reports closes; an unreachable address
// rejects with NetworkError; timers fire and can be cancelled; random draws keep their bounds.
// Method: real sockets on 127.0.0.1 and real timers, waiting on events with a bound (no sleeps).
import { describe, expect, test } from 'vitest';
import { NetworkError, type CloseReason, type Connection } from '../../src/runtime/seam.js';
import { createNodeRuntime } from '../../src/runtime/nodejs/node-runtime.js';

/** Resolves when `condition` holds, checking on each timer turn; fails after `limit` turns. */
async function eventually(condition: () => boolean, limit = 500): Promise<void> {
  const runtime = createNodeRuntime();
  for (let turn = 0; turn < limit; turn += 1) {
    if (condition()) return;
    await new Promise<void>((resolve) => runtime.clock.setTimer(2, resolve));
  }
  throw new Error('condition not met in time');
}

describe('Node runtime', () => {
  test('loopback TCP on port 0 carries bytes both ways and reports the close', async () => {
    const { network } = createNodeRuntime();
    const serverReceived: number[] = [];
    const serverCloses: CloseReason[] = [];
    let accepted: Connection | null = null;
    const listener = await network.listen('127.0.0.1:0', (connection) => {
      accepted = connection;
      connection.onData((bytes) => serverReceived.push(...bytes));
      connection.onClose((reason) => serverCloses.push(reason));
    });
    expect(listener.address).toMatch(/^127\.0\.0\.1:[1-9]\d*$/);
    const client = await network.connect(listener.address);
    const clientReceived: number[] = [];
    client.onData((bytes) => clientReceived.push(...bytes));
    client.send(new Uint8Array([1, 2, 3]));
    await eventually(() => serverReceived.length === 3 && accepted !== null);
    (accepted as unknown as Connection).send(new Uint8Array([9]));
    await eventually(() => clientReceived.length === 1);
    client.close();
    await eventually(() => serverCloses.length === 1);
    expect(serverReceived).toEqual([1, 2, 3]);
    expect(clientReceived).toEqual([9]);
    expect(serverCloses[0]?.by).toBe('remote');
    await listener.close();
  });

  test('connecting to a closed port rejects with NetworkError', async () => {
    const { network } = createNodeRuntime();
    const listener = await network.listen('127.0.0.1:0', () => {});
    const address = listener.address;
    await listener.close();
    await expect(network.connect(address)).rejects.toBeInstanceOf(NetworkError);
  });

  test('timers fire once, and a cancelled timer never fires', async () => {
    const { clock } = createNodeRuntime();
    let fired = 0;
    let cancelledFired = false;
    const started = clock.monotonicNow();
    clock.setTimer(5, () => { fired += 1; });
    const cancel = clock.setTimer(5, () => { cancelledFired = true; });
    cancel();
    await eventually(() => fired === 1);
    let later = false;
    clock.setTimer(20, () => { later = true; });
    await eventually(() => later);
    expect(fired).toBe(1);
    expect(cancelledFired).toBe(false);
    expect(clock.monotonicNow()).toBeGreaterThanOrEqual(started);
  });

  test('random draws keep their bounds', () => {
    const { random } = createNodeRuntime();
    for (let index = 0; index < 100; index += 1) {
      const value = random.nextInt(7);
      expect(value >= 0 && value < 7).toBe(true);
      const float = random.nextFloat();
      expect(float >= 0 && float < 1).toBe(true);
    }
    expect(random.nextBytes(5)).toHaveLength(5);
    expect(() => random.nextInt(0)).toThrow();
  });
});
