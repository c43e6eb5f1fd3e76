// Goal: a stopping broker ends in bounded time whatever its clients do (issue 9). A request
// whose handler fails an assertion is a bug: the node must stop, and its connection's slot must
// count as finished, or the shutdown drain waits for it until the client closes its socket. And
// whatever else keeps a request from answering, the drain closes the connections still open
// after drainTimeoutMs on the runtime clock. Method: a broker on an in-memory network with a
// manual clock; clients that never close their sockets; the broker's test-only switch that
// makes one client id's requests fail an assertion; a stand-in quorum that leaves proposals
// hanging. "Without the clock moving" is checked by a bounded number of event-loop turns.
import { afterEach, describe, expect, test } from 'vitest';
import { defaultDrainTimeoutMs } from '../../src/broker/broker.js';
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.js';
import { ApiKey, ErrorCode, fetchRequest, metadataRequest, topicName } from './support-protocol.js';
import { BrokerHarness, settle, createTopic } from './support.js';

let harness: BrokerHarness | undefined;
afterEach(() => {
  harness = undefined;
});

/** Whether `promise` settles within `turns` event-loop turns (nothing else moves the clock). */
async function settlesWithin(promise: Promise<unknown>, turns: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => { settled = true; }, () => { settled = true; });
  for (let turn = 0; turn < turns && !settled; turn += 1) await settle();
  return settled;
}

describe('the shutdown drain', () => {
  test('a request that failed an assertion is finished: stop does not wait for its client to close', async () => {
    harness = await BrokerHarness.start({ broker: { testOnlyFailRequestsOfClientId: 'buggy' } });
    const buggy = await harness.client({ clientId: 'buggy' });
    const idle = await harness.client();
    const polling = await harness.client();
    await createTopic(idle, 'quiet');
    const polled = polling.send(ApiKey.Fetch, 11, fetchRequest({ topic: 'quiet' }, { maxWaitMs: 60_000 }));
    buggy.send(ApiKey.Metadata, 12, metadataRequest(null));
    await settle();
    expect(harness.fatalErrors).toHaveLength(1);
    expect(buggy.closed).toBe(true);
    // The other connections are untouched until the node stops.
    expect((await idle.request<MetadataResponse>(ApiKey.Metadata, 12, metadataRequest(['quiet']))).topics[0]?.errorCode)
      .toBe(ErrorCode.NONE);
    expect(await settlesWithin(harness.broker.stop(), 50)).toBe(true);
    expect(polling.received.map((response) => response.correlationId)).toEqual([polled]);
    expect(idle.closed && polling.closed).toBe(true);
  });

  test('a request that never answers holds the drain for drainTimeoutMs at most, then its connection closes', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    harness.fixture.mode = 'hang';
    // Longer than the drain bound, so only the bound can end the wait.
    client.send(ApiKey.CreateTopics, 7, { topics: [{ name: topicName('stuck'), numPartitions: 1, replicationFactor: 1,
      assignments: [], configs: [] }], timeoutMs: 600_000, validateOnly: false });
    await settle();
    expect(harness.fixture.hungCount()).toBe(1);
    const stopped = harness.broker.stop();
    expect(await settlesWithin(stopped, 20)).toBe(false);
    await harness.advance(defaultDrainTimeoutMs - 1);
    expect(await settlesWithin(stopped, 20)).toBe(false);
    expect(client.closed).toBe(false);
    await harness.advance(1);
    expect(await settlesWithin(stopped, 50)).toBe(true);
    expect(client.closed).toBe(true);
    expect(harness.fatalErrors).toEqual([]);
  });
});
