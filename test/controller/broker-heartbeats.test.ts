// Goal: the pure rules of broker sessions (broker-heartbeats.ts): the next-state function matches
// Kafka's BrokerHeartbeatManager.calculateNextBrokerState case by case, and BrokerSessions expires
// a session exactly at lastContact + broker.session.timeout.ms, never expires a local broker's,
// renews all sessions for a new controller, keeps the offset at which a registration was first
// seen, and computes the lowest offset of the active brokers. Method: a table of cases for the
// state function, and images built with applyRecords for the tracker.
import { describe, expect, test } from 'vitest';
import { nodeId } from '../../src/protocol/mod.js';
import { createBrokerRegistrationChangeRecord } from '../../src/protocol/generated/metadata/broker-registration-change-record.js';
import {
  createRegisterBrokerRecord, createRegisterBrokerRecordBrokerEndpoint,
} from '../../src/protocol/generated/metadata/register-broker-record.js';
import { applyRecords, emptyImage, imageAtOffset, type MetadataImage } from '../../src/metadata/image/metadata-image.js';
import {
  BrokerSessions, nextBrokerState, type BrokerControlState, type HeartbeatFacts,
} from '../../src/controller/broker-heartbeats.js';
import { incarnation } from './controller-fixture.js';

const quiet: HeartbeatFacts & { inControlledShutdown: boolean } = {
  wantFence: false, wantShutDown: false, caughtUp: true, leadsPartitions: false, othersSawShutdown: false,
  inControlledShutdown: false,
};

describe('nextBrokerState (Kafka calculateNextBrokerState)', () => {
  const cases: [string, BrokerControlState, Partial<typeof quiet>, BrokerControlState][] = [
    ['a fenced broker that caught up is unfenced', 'fenced', {}, 'unfenced'],
    ['a fenced broker behind its registration stays fenced', 'fenced', { caughtUp: false }, 'fenced'],
    ['a fenced broker that wants fencing stays fenced', 'fenced', { wantFence: true }, 'fenced'],
    ['a fenced broker that wants to shut down shuts down now', 'fenced', { wantShutDown: true }, 'shutdown-now'],
    ['a fenced registration that began a shutdown is never unfenced', 'fenced', { inControlledShutdown: true }, 'fenced'],
    ['an unfenced broker stays unfenced', 'unfenced', {}, 'unfenced'],
    ['an unfenced broker that wants fencing is fenced', 'unfenced', { wantFence: true }, 'fenced'],
    ['wanting fence and shutdown shuts down now', 'unfenced', { wantFence: true, wantShutDown: true }, 'shutdown-now'],
    ['a leader that wants to shut down enters controlled shutdown', 'unfenced', { wantShutDown: true, leadsPartitions: true }, 'controlled-shutdown'],
    ['a broker leading nothing shuts down now', 'unfenced', { wantShutDown: true }, 'shutdown-now'],
    ['controlled shutdown waits while it leads', 'controlled-shutdown', { leadsPartitions: true, othersSawShutdown: true }, 'controlled-shutdown'],
    ['controlled shutdown waits for the others to see it', 'controlled-shutdown', {}, 'controlled-shutdown'],
    ['controlled shutdown ends once nothing is led and the others saw it', 'controlled-shutdown', { othersSawShutdown: true }, 'shutdown-now'],
  ];
  for (const [rule, current, facts, next] of cases) {
    test(rule, () => {
      expect(nextBrokerState(current, { ...quiet, ...facts })).toBe(next);
    });
  }
});

function registered(ids: readonly number[], options: { fenced?: readonly number[]; shuttingDown?: readonly number[] } = {}): MetadataImage {
  const image = applyRecords(emptyImage(), ids.flatMap((id) => [{
    type: 'RegisterBrokerRecord' as const,
    record: createRegisterBrokerRecord({
      brokerId: nodeId(id), brokerEpoch: BigInt(id), incarnationId: incarnation(id), fenced: options.fenced?.includes(id) ?? false,
      endPoints: [createRegisterBrokerRecordBrokerEndpoint({ name: 'PLAINTEXT', host: 'h', port: 9000, securityProtocol: 0 })],
    }),
  }, ...(options.shuttingDown?.includes(id) === true ? [{
    type: 'BrokerRegistrationChangeRecord' as const,
    record: createBrokerRegistrationChangeRecord({ brokerId: nodeId(id), brokerEpoch: BigInt(id), fenced: 0, inControlledShutdown: 1 }),
  }] : [])]));
  return imageAtOffset(image, 10);
}

describe('BrokerSessions', () => {
  test('a session expires exactly at the timeout after the last contact; a heartbeat moves the deadline', () => {
    const sessions = new BrokerSessions(9_000);
    const image = registered([1]);
    sessions.observeImage(image);
    sessions.renewAll(image, 100);
    expect(sessions.nextDeadlineMs(image, new Set())).toBe(9_100);
    expect(sessions.expiredBrokers(image, 9_099)).toEqual([]);
    expect(sessions.expiredBrokers(image, 9_100)).toEqual([1]);
    sessions.touch(nodeId(1), 5_000, 10);
    expect(sessions.expiredBrokers(image, 9_100)).toEqual([]);
    expect(sessions.nextDeadlineMs(image, new Set())).toBe(14_000);
    expect(sessions.nextDeadlineMs(image, new Set([nodeId(1)]))).toBeNull();
    sessions.checkInvariants(image);
  });

  test('fenced and local brokers never expire; a local broker always holds a valid session', () => {
    const sessions = new BrokerSessions(1_000);
    const image = registered([1, 2, 3], { fenced: [2] });
    sessions.observeImage(image);
    sessions.renewAll(image, 0);
    sessions.markLocal(nodeId(3));
    expect(sessions.expiredBrokers(image, 50_000)).toEqual([1]);
    expect(sessions.hasValidSession(nodeId(3), 50_000)).toBe(true);
    expect(sessions.hasValidSession(nodeId(2), 50_000)).toBe(false);
  });

  test('a registration keeps the offset of the image that first showed it, until a new epoch replaces it', () => {
    const sessions = new BrokerSessions(1_000);
    const first = registered([1]);
    sessions.observeImage(first);
    sessions.observeImage(imageAtOffset(first, 20));
    expect(sessions.registrationOffset(nodeId(1), imageAtOffset(first, 20))).toBe(10);
    const unregistered = imageAtOffset(emptyImage(), 21);
    sessions.observeImage(unregistered);
    sessions.checkInvariants(unregistered);
  });

  test('the lowest active offset skips the broker asked about, fenced and shutting-down brokers', () => {
    const sessions = new BrokerSessions(1_000);
    const image = registered([1, 2, 3, 4], { fenced: [3], shuttingDown: [4] });
    sessions.observeImage(image);
    sessions.renewAll(image, 0);
    sessions.touch(nodeId(1), 1, 7);
    sessions.touch(nodeId(2), 1, 4);
    sessions.touch(nodeId(4), 1, 1);
    expect(sessions.lowestActiveOffset(image, nodeId(4))).toBe(4);
    expect(sessions.lowestActiveOffset(image, nodeId(2))).toBe(7);
    expect(sessions.lowestActiveOffset(registered([1]), nodeId(1))).toBe(Number.POSITIVE_INFINITY);
  });
});
