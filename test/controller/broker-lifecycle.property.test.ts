// Goal: whatever brokers do (register, re-register as new incarnations, heartbeat early, late or
// not at all, ask for fencing or shutdown, get unregistered) while topics are created and time
// passes, the controller keeps the lifecycle sound: no fenced broker ever leads a partition in a
// committed image, broker epochs only grow, a broker unfenced through heartbeats has heartbeated
// within broker.session.timeout.ms, and a broker told to shut down leads nothing. Method:
// fast-check draws operation sequences over three broker ids and runs them on a QuorumController
// over the stand-in quorum (controller-fixture.ts) with its manual clock; every committed image
// passes checkImageInvariants (the publisher checks it) and the controller's own checks.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ErrorCode, nodeId, topicName } from '../../src/protocol/mod.js';
import { createBrokerHeartbeatRequest } from '../../src/protocol/generated/messages/broker-heartbeat.js';
import {
  createBrokerRegistrationRequest, createBrokerRegistrationRequestListener,
} from '../../src/protocol/generated/messages/broker-registration.js';
import {
  createCreateTopicsRequest, createCreateTopicsRequestCreatableTopic,
} from '../../src/protocol/generated/messages/create-topics.js';
import { createUnregisterBrokerRequest } from '../../src/protocol/generated/messages/unregister-broker.js';
import { ControllerFixture, incarnation, testConfig } from './controller-fixture.js';

const clusterId = 'q1Sh-9_ISia_zwGINzRvyQ';
const sessionTimeoutMs = 9_000;

type Operation =
  | { readonly kind: 'register'; readonly id: number; readonly incarnation: number }
  | { readonly kind: 'heartbeat'; readonly id: number; readonly behind: boolean; readonly wantFence: boolean; readonly wantShutDown: boolean }
  | { readonly kind: 'advance'; readonly ms: number }
  | { readonly kind: 'create'; readonly replicationFactor: number }
  | { readonly kind: 'unregister'; readonly id: number };

const id = fc.integer({ min: 1, max: 3 });
const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('register' as const), id, incarnation: fc.integer({ min: 1, max: 2 }) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('heartbeat' as const), id, behind: fc.boolean(),
    wantFence: fc.integer({ min: 0, max: 4 }).map((value) => value === 0),
    wantShutDown: fc.integer({ min: 0, max: 9 }).map((value) => value === 0) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 1, max: 6_000 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), replicationFactor: fc.integer({ min: 1, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unregister' as const), id }) },
);

async function flush(): Promise<void> {
  for (let round = 0; round < 3; round += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

async function runSequence(operations: readonly Operation[]): Promise<void> {
  const fixture = new ControllerFixture({ clusterId, config: testConfig() });
  const lastHeartbeatMs = new Map<number, number>();
  const epochs = new Map<number, number>();
  let topics = 0;
  for (const operation of operations) {
    const image = fixture.publisher.current();
    switch (operation.kind) {
      case 'register': {
        const response = await fixture.controller.brokerRegistration(createBrokerRegistrationRequest({
          brokerId: nodeId(operation.id), clusterId, incarnationId: incarnation(operation.id * 10 + operation.incarnation), rack: null,
          listeners: [createBrokerRegistrationRequestListener({ name: 'PLAINTEXT', host: 'h', port: 9000 + operation.id })],
        }), 4);
        // A registration renews the session too (the same incarnation's may leave it unfenced).
        if (response.errorCode === ErrorCode.NONE) lastHeartbeatMs.set(operation.id, fixture.clock.monotonicNow());
        break;
      }
      case 'heartbeat': {
        const broker = image.brokers.get(nodeId(operation.id));
        const response = await fixture.controller.brokerHeartbeat(createBrokerHeartbeatRequest({
          brokerId: nodeId(operation.id), brokerEpoch: BigInt(broker?.epoch ?? -1),
          currentMetadataOffset: BigInt(operation.behind ? Math.max(image.offset - 2, -1) : image.offset),
          wantFence: operation.wantFence, wantShutDown: operation.wantShutDown,
        }), 1);
        if (response.errorCode === ErrorCode.NONE) lastHeartbeatMs.set(operation.id, fixture.clock.monotonicNow());
        if (response.shouldShutDown) {
          const led = [...fixture.publisher.current().topicsById.values()]
            .flatMap((topic) => topic.partitions).filter((partition) => partition.leader === operation.id);
          expect(led).toEqual([]);
        }
        break;
      }
      case 'advance': {
        fixture.clock.advance(operation.ms);
        await flush();
        break;
      }
      case 'create': {
        topics += 1;
        await fixture.controller.createTopics(createCreateTopicsRequest({ topics: [createCreateTopicsRequestCreatableTopic({
          name: topicName(`t${topics}`), numPartitions: 2, replicationFactor: operation.replicationFactor })] }), 7);
        break;
      }
      case 'unregister': {
        await fixture.controller.unregisterBroker(createUnregisterBrokerRequest({ brokerId: nodeId(operation.id) }), 0);
        break;
      }
      default: {
        const unexpected: never = operation;
        throw new Error(`unknown operation ${String(unexpected)}`);
      }
    }
    await flush();
    fixture.controller.checkInvariants();
    const now = fixture.publisher.current();
    for (const broker of now.brokers.values()) {
      expect(broker.epoch).toBeGreaterThanOrEqual(epochs.get(broker.id) ?? -1);
      epochs.set(broker.id, broker.epoch);
      if (broker.fenced) continue;
      const heardMs = lastHeartbeatMs.get(broker.id);
      expect(heardMs).toBeDefined();
      expect(fixture.clock.monotonicNow()).toBeLessThan((heardMs as number) + sessionTimeoutMs);
    }
  }
}

describe('KIP-631 broker lifecycle under random operations', () => {
  test('no fenced leader, growing epochs, unfenced brokers within their session, shut-down brokers lead nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.array(operationArbitrary, { minLength: 5, maxLength: 40 }), (operations) => runSequence(operations)),
      { numRuns: 60 });
  });
});
