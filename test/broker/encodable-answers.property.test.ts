// Goal: whatever well-formed request a client sends, in any handled API and version, the broker
// answers with a response that version can encode: a field combination the response cannot
// carry (Metadata v10/v11 with a null topic name once built a response with a null name, which
// only v12 allows) must become Kafka's error in the response, never an encode failure that
// closes the connection, nor a thrown error or an assertion.
// Method: for each handled API and version, fast-check requests drawn from the schema (null
// where the version allows it), with names and ids steered toward two existing topics so that
// the success paths run too; each is handled in-process on one broker and its outcome encoded.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { handledApis } from '../../src/broker/dispatch.js';
import type { HandlerOutcome } from '../../src/broker/dispatch.js';
import { ApiKey, apiDescriptor, encodeResponseFrame } from '../../src/protocol/mod.js';
import { messageArbitrary } from '../protocol/support/arbitraries.js';
import { loadSchemaCodecs } from '../protocol/support/schemas.js';
import { BrokerHarness, createTopic, settle } from './support.js';

const runsPerVersion = 20;
const nameFields = new Set(['name', 'topic', 'topicName', 'resourceName']);

/** Rewrites, in place, some topic names and ids to those of existing topics (chosen by `pick`). */
function steer(value: unknown, pick: () => number, topics: readonly { name: string; id: string }[]): void {
  if (Array.isArray(value)) {
    for (const item of value) steer(item, pick, topics);
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const choice = pick() % (topics.length + 1);
    const topic = topics[choice];
    if (nameFields.has(key) && typeof record[key] === 'string' && topic !== undefined) record[key] = topic.name;
    else if (key === 'topicId' && topic !== undefined) record[key] = topic.id;
    else steer(record[key], pick, topics);
  }
}

/** Settles the handler's promise, moving the broker's clock for the requests that wait on it. */
async function outcomeOf(harness: BrokerHarness, pending: Promise<HandlerOutcome>): Promise<HandlerOutcome> {
  let settled: { outcome: HandlerOutcome } | undefined;
  let failure: unknown;
  pending.then((outcome) => { settled = { outcome }; }, (error: unknown) => { failure = error ?? new Error('rejected'); });
  await settle();
  for (let turn = 0; turn < 60 && settled === undefined && failure === undefined; turn += 1) await harness.advance(1000);
  if (failure !== undefined) throw failure;
  if (settled === undefined) throw new Error('the handler never answered');
  return settled.outcome;
}

describe('every handled request gets an encodable answer', async () => {
  const codecs = await loadSchemaCodecs();
  test.each([...handledApis.keys()].map((apiKey) => [apiDescriptor(apiKey)?.name ?? String(apiKey), apiKey]))(
    '%s, every version', async (_name, apiKey) => {
      const harness = await BrokerHarness.start();
      const client = await harness.client();
      const topics = [{ name: 'plain', id: await createTopic(client, 'plain') as string },
        { name: 'keyed', id: await createTopic(client, 'keyed', { 'cleanup.policy': 'compact' }) as string }];
      const request = codecs.find((codec) => codec.message.kind === 'request' && codec.message.apiKey === apiKey);
      expect(request).toBeDefined();
      const range = handledApis.get(apiKey);
      for (let version = range?.lowestVersion ?? 0; version <= (range?.highestVersion ?? -1); version += 1) {
        const requestArbitrary = fc.tuple(messageArbitrary(request!.message, version), fc.infiniteStream(fc.nat()));
        await fc.assert(fc.asyncProperty(requestArbitrary, async ([body, choices]) => {
          steer(body, () => choices.next().value as number, topics);
          // A Fetch long-poll is answered at once; waiting is fetch.test.ts's subject.
          if (apiKey === ApiKey.Fetch) body['maxWaitMs'] = 0;
          const pending = harness.broker.handleRequest(apiKey, version, body);
          expect(pending).toBeDefined();
          const outcome = await outcomeOf(harness, pending!);
          if (outcome.kind === 'respond') {
            expect(() => encodeResponseFrame({ apiKey, apiVersion: version, correlationId: 1, body: outcome.body }))
              .not.toThrow();
          }
        }), { seed: apiKey * 100 + version, numRuns: runsPerVersion });
        await settle();
      }
      expect(harness.fatalErrors).toEqual([]);
      await harness.broker.stop();
    });
});
