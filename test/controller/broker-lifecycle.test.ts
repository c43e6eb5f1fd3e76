// Goal: the controller runs the broker lifecycle as KIP-631 (Kafka's QuorumController) does:
// BrokerRegistration records a fenced broker with a new epoch, is idempotent per incarnation,
// refuses another cluster and a second live incarnation; BrokerHeartbeat refuses stale epochs,
// unfences a broker once it has caught up with its registration, fences one whose session timed
// out, runs a controlled shutdown (leadership moves away, then shouldShutDown); unfencing gives
// leaderless partitions back; UnregisterBroker removes a broker. Method: a QuorumController on the
// stand-in quorum of controller-fixture.ts; time moves only through its manual clock (no sleeps),
// and each test reads the committed image the rule must have produced.
import { describe, expect, test } from 'vitest';
import { ErrorCode, nodeId, topicName } from '../../src/protocol/mod.js';
import {
  createBrokerHeartbeatRequest, type BrokerHeartbeatRequest, type BrokerHeartbeatResponse,
} from '../../src/protocol/generated/messages/broker-heartbeat.js';
import {
  createBrokerRegistrationRequest, createBrokerRegistrationRequestFeature, createBrokerRegistrationRequestListener,
  type BrokerRegistrationRequest,
} from '../../src/protocol/generated/messages/broker-registration.js';
import {
  createCreateTopicsRequest, createCreateTopicsRequestCreatableReplicaAssignment, createCreateTopicsRequestCreatableTopic,
} from '../../src/protocol/generated/messages/create-topics.js';
import { createUnregisterBrokerRequest } from '../../src/protocol/generated/messages/unregister-broker.js';
import { decodeMetadataRecords } from '../../src/metadata/metadata-records.js';
import type { PartitionImage } from '../../src/metadata/image/metadata-image.js';
import { ControllerFixture, brokers, incarnation, testConfig } from './controller-fixture.js';

const clusterId = 'q1Sh-9_ISia_zwGINzRvyQ';
const sessionTimeoutMs = 9_000;

function fixtureFor(): ControllerFixture {
  return new ControllerFixture({ clusterId, config: testConfig() });
}

/** Lets every queued controller operation (promise chains on the stand-in quorum) finish. */
async function flush(): Promise<void> {
  for (let round = 0; round < 3; round += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

function registration(id: number, overrides: Partial<BrokerRegistrationRequest> = {}): BrokerRegistrationRequest {
  return createBrokerRegistrationRequest({
    brokerId: nodeId(id),
    clusterId,
    incarnationId: incarnation(id),
    listeners: [createBrokerRegistrationRequestListener({ name: 'PLAINTEXT', host: '127.0.0.1', port: 9000 + id, securityProtocol: 0 })],
    rack: null,
    ...overrides,
  });
}

async function register(fixture: ControllerFixture, id: number): Promise<bigint> {
  const response = await fixture.controller.brokerRegistration(registration(id), 4);
  expect(response.errorCode).toBe(ErrorCode.NONE);
  return response.brokerEpoch;
}

function heartbeat(
  fixture: ControllerFixture,
  id: number,
  fields: Partial<BrokerHeartbeatRequest> = {},
): Promise<BrokerHeartbeatResponse> {
  const broker = fixture.publisher.current().brokers.get(nodeId(id));
  return fixture.controller.brokerHeartbeat(createBrokerHeartbeatRequest({
    brokerId: nodeId(id),
    brokerEpoch: BigInt(broker?.epoch ?? -1),
    currentMetadataOffset: BigInt(fixture.publisher.current().offset),
    ...fields,
  }), 1);
}

/** Registers `ids` over the wire and unfences each with a caught-up heartbeat. */
async function join(fixture: ControllerFixture, ids: readonly number[]): Promise<void> {
  for (const id of ids) {
    await register(fixture, id);
    const reply = await heartbeat(fixture, id);
    expect(reply).toMatchObject({ errorCode: ErrorCode.NONE, isCaughtUp: true, isFenced: false, shouldShutDown: false });
  }
}

async function createTopic(fixture: ControllerFixture, name: string, assignment: readonly (readonly number[])[]): Promise<void> {
  const response = await fixture.controller.createTopics(createCreateTopicsRequest({
    topics: [createCreateTopicsRequestCreatableTopic({
      name: topicName(name), numPartitions: -1, replicationFactor: -1,
      assignments: assignment.map((replicas, partitionIndex) =>
        createCreateTopicsRequestCreatableReplicaAssignment({ partitionIndex, brokerIds: brokers(...replicas) })),
    })],
  }), 7);
  expect(response.topics[0]!.errorCode).toBe(ErrorCode.NONE);
}

function partition(fixture: ControllerFixture, name: string, index: number): PartitionImage {
  const found = fixture.publisher.current().topicsByName.get(topicName(name))?.partitions[index];
  if (found === undefined) throw new Error(`no partition ${name}-${index}`);
  return found;
}

function fenced(fixture: ControllerFixture, id: number): boolean | undefined {
  return fixture.publisher.current().brokers.get(nodeId(id))?.fenced;
}

describe('KIP-631 broker registration', () => {
  test('a registration is recorded fenced, with its incarnation, listeners and rack, at an epoch above every offset', async () => {
    const fixture = fixtureFor();
    const before = fixture.publisher.current().offset;
    const response = await fixture.controller.brokerRegistration(registration(1, { rack: 'rack-a' }), 4);
    expect(response.errorCode).toBe(ErrorCode.NONE);
    expect(response.brokerEpoch).toBeGreaterThan(BigInt(before));
    const records = decodeMetadataRecords(fixture.committedPayloads.at(-1)!);
    const record = records.find((entry) => entry.type === 'RegisterBrokerRecord');
    expect(record?.record).toMatchObject({ brokerId: 1, brokerEpoch: response.brokerEpoch, incarnationId: incarnation(1), fenced: true, rack: 'rack-a' });
    expect(fixture.publisher.current().brokers.get(nodeId(1))).toMatchObject({
      fenced: true, rack: 'rack-a', listeners: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9001, securityProtocol: 0 }],
    });
    expect(fixture.publisher.current().clusterId).toBe(clusterId);
  });

  test('the same incarnation registering again gets the same epoch and nothing is written', async () => {
    const fixture = fixtureFor();
    const epoch = await register(fixture, 1);
    const proposals = fixture.proposals;
    expect(await register(fixture, 1)).toBe(epoch);
    expect(fixture.proposals).toBe(proposals);
  });

  test('another incarnation of a live broker id is refused DUPLICATE_BROKER_REGISTRATION until its session is over', async () => {
    const fixture = fixtureFor();
    const epoch = await register(fixture, 1);
    await heartbeat(fixture, 1);
    const rival = registration(1, { incarnationId: incarnation(9) });
    expect((await fixture.controller.brokerRegistration(rival, 4)).errorCode).toBe(ErrorCode.DUPLICATE_BROKER_REGISTRATION);
    fixture.clock.advance(sessionTimeoutMs);
    await flush();
    expect(fenced(fixture, 1)).toBe(true);
    const restarted = await fixture.controller.brokerRegistration(rival, 4);
    expect(restarted.errorCode).toBe(ErrorCode.NONE);
    expect(restarted.brokerEpoch).toBeGreaterThan(epoch);
    expect(fixture.publisher.current().brokers.get(nodeId(1))!.incarnationId).toBe(incarnation(9));
  });

  test('a broker that stopped cleanly names its previous epoch and replaces its registration at once', async () => {
    const fixture = fixtureFor();
    const epoch = await register(fixture, 1);
    await heartbeat(fixture, 1);
    const wrongPrevious = registration(1, { incarnationId: incarnation(9), previousBrokerEpoch: epoch + 1n });
    expect((await fixture.controller.brokerRegistration(wrongPrevious, 4)).errorCode).toBe(ErrorCode.DUPLICATE_BROKER_REGISTRATION);
    const restarted = await fixture.controller.brokerRegistration(
      registration(1, { incarnationId: incarnation(9), previousBrokerEpoch: epoch }), 4);
    expect(restarted.errorCode).toBe(ErrorCode.NONE);
    expect(restarted.brokerEpoch).toBeGreaterThan(epoch);
    expect(fixture.publisher.current().brokers.get(nodeId(1))!.incarnationId).toBe(incarnation(9));
  });

  test('a new incarnation replacing a live registration takes no leadership along: every image that shows it has moved it', async () => {
    // The restarted broker takes roles only from images that show its incarnation (src/broker/broker.ts),
    // so none of those may still name it leader in the old incarnation's epochs.
    const fixture = fixtureFor();
    await join(fixture, [1, 2]);
    await createTopic(fixture, 'solo', [[1]]);
    await createTopic(fixture, 'pair', [[1, 2]]);
    const before = partition(fixture, 'pair', 0);
    expect(before.leader).toBe(1);
    const epoch = BigInt(fixture.publisher.current().brokers.get(nodeId(1))!.epoch);
    const showingNew: PartitionImage[][] = [];
    const unsubscribe = fixture.publisher.subscribe((image) => {
      if (image.brokers.get(nodeId(1))?.incarnationId !== incarnation(9)) return;
      showingNew.push(['solo', 'pair'].map((name) => image.topicsByName.get(topicName(name))!.partitions[0]!));
    });
    const restarted = await fixture.controller.brokerRegistration(
      registration(1, { incarnationId: incarnation(9), previousBrokerEpoch: epoch }), 4);
    await flush();
    unsubscribe();
    expect(restarted.errorCode).toBe(ErrorCode.NONE);
    expect(showingNew.length).toBeGreaterThan(0);
    for (const [solo, pair] of showingNew) {
      // KIP-966: the only replica leaves the ISR for the ELR; it leads again from there.
      expect(solo).toMatchObject({ leader: -1, isr: [], elr: [1] });
      expect(pair).toMatchObject({ leader: 2, isr: [2], leaderEpoch: before.leaderEpoch + 1 });
    }
  });

  test('a broker of another cluster is refused INCONSISTENT_CLUSTER_ID and nothing is written', async () => {
    const fixture = fixtureFor();
    const response = await fixture.controller.brokerRegistration(registration(1, { clusterId: 'another-cluster-id-0000' }), 4);
    expect(response).toMatchObject({ errorCode: ErrorCode.INCONSISTENT_CLUSTER_ID, brokerEpoch: -1n });
    expect(fixture.proposals).toBe(0);
    await register(fixture, 2);
    expect((await fixture.controller.brokerRegistration(registration(3, { clusterId: 'x' }), 4)).errorCode)
      .toBe(ErrorCode.INCONSISTENT_CLUSTER_ID);
  });

  test('a broker that cannot run the finalized metadata.version is refused UNSUPPORTED_VERSION', async () => {
    const fixture = fixtureFor();
    const features = [createBrokerRegistrationRequestFeature({ name: 'metadata.version', minSupportedVersion: 1, maxSupportedVersion: 7 })];
    expect((await fixture.controller.brokerRegistration(registration(1, { features }), 4)).errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
  });

  test('a standby controller answers NOT_CONTROLLER to all three APIs', async () => {
    const fixture = fixtureFor();
    await join(fixture, [1]);
    fixture.role = 'follower';
    expect((await fixture.controller.brokerRegistration(registration(2), 4)).errorCode).toBe(ErrorCode.NOT_CONTROLLER);
    expect((await heartbeat(fixture, 1)).errorCode).toBe(ErrorCode.NOT_CONTROLLER);
    const unregister = createUnregisterBrokerRequest({ brokerId: nodeId(1) });
    expect((await fixture.controller.unregisterBroker(unregister, 0)).errorCode).toBe(ErrorCode.NOT_CONTROLLER);
  });
});

describe('KIP-631 broker heartbeats', () => {
  test('a stale epoch or an unknown broker id is answered STALE_BROKER_EPOCH', async () => {
    const fixture = fixtureFor();
    const epoch = await register(fixture, 1);
    expect((await heartbeat(fixture, 1, { brokerEpoch: epoch - 1n })).errorCode).toBe(ErrorCode.STALE_BROKER_EPOCH);
    expect((await heartbeat(fixture, 7, { brokerEpoch: epoch })).errorCode).toBe(ErrorCode.STALE_BROKER_EPOCH);
    expect(fenced(fixture, 1)).toBe(true);
  });

  test('a broker is unfenced only once its metadata offset reaches its registration and it does not want fencing', async () => {
    const fixture = fixtureFor();
    await register(fixture, 1);
    const registeredAt = fixture.publisher.current().offset;
    const behind = await heartbeat(fixture, 1, { currentMetadataOffset: BigInt(registeredAt - 1) });
    expect(behind).toMatchObject({ errorCode: ErrorCode.NONE, isCaughtUp: false, isFenced: true });
    const wantsFence = await heartbeat(fixture, 1, { wantFence: true });
    expect(wantsFence).toMatchObject({ isCaughtUp: true, isFenced: true });
    expect(fenced(fixture, 1)).toBe(true);
    const caughtUp = await heartbeat(fixture, 1, { currentMetadataOffset: BigInt(registeredAt) });
    expect(caughtUp).toMatchObject({ errorCode: ErrorCode.NONE, isCaughtUp: true, isFenced: false, shouldShutDown: false });
    expect(fenced(fixture, 1)).toBe(false);
  });

  test('a broker without a heartbeat for broker.session.timeout.ms is fenced and its leadership moves', async () => {
    const fixture = fixtureFor();
    await join(fixture, [1, 2]);
    await createTopic(fixture, 'solo', [[1]]);
    await createTopic(fixture, 'pair', [[1, 2]]);
    fixture.clock.advance(sessionTimeoutMs / 2);
    await heartbeat(fixture, 2);
    fixture.clock.advance(sessionTimeoutMs / 2 - 1);
    await flush();
    expect(fenced(fixture, 1)).toBe(false);
    fixture.clock.advance(1);
    await flush();
    expect(fenced(fixture, 1)).toBe(true);
    expect(fenced(fixture, 2)).toBe(false);
    expect(partition(fixture, 'solo', 0)).toMatchObject({ leader: -1, isr: [], elr: [1], leaderEpoch: 1 });
    expect(partition(fixture, 'pair', 0)).toMatchObject({ leader: 2, isr: [2], leaderEpoch: 1 });
    fixture.controller.checkInvariants();
  });

  test('unfencing gives a leaderless partition back to the broker in its ELR (replication factor 1, KIP-966)', async () => {
    const fixture = fixtureFor();
    await join(fixture, [1]);
    await createTopic(fixture, 'solo', [[1]]);
    fixture.clock.advance(sessionTimeoutMs);
    await flush();
    expect(partition(fixture, 'solo', 0).leader).toBe(-1);
    const back = await heartbeat(fixture, 1);
    expect(back).toMatchObject({ isFenced: false, isCaughtUp: true });
    expect(partition(fixture, 'solo', 0)).toMatchObject({ leader: 1, isr: [1], leaderEpoch: 2 });
  });

  test('controlled shutdown moves leadership away, then answers shouldShutDown once the others have seen it', async () => {
    const fixture = fixtureFor();
    await join(fixture, [1, 2]);
    await createTopic(fixture, 'solo', [[1]]);
    await createTopic(fixture, 'pair', [[1, 2]]);
    const lagging = BigInt(fixture.publisher.current().offset);
    await heartbeat(fixture, 2, { currentMetadataOffset: lagging });
    const asked = await heartbeat(fixture, 1, { wantShutDown: true });
    expect(asked).toMatchObject({ errorCode: ErrorCode.NONE, isFenced: false, shouldShutDown: false });
    expect(fixture.publisher.current().brokers.get(nodeId(1))!.inControlledShutdown).toBe(true);
    expect(partition(fixture, 'solo', 0)).toMatchObject({ leader: -1, isr: [], elr: [1] });
    expect(partition(fixture, 'pair', 0)).toMatchObject({ leader: 2, isr: [2] });
    // Broker 2 has not yet reported the offset of the leader moves: broker 1 must wait.
    expect(await heartbeat(fixture, 1, { wantShutDown: true })).toMatchObject({ shouldShutDown: false, isFenced: false });
    await heartbeat(fixture, 2);
    const granted = await heartbeat(fixture, 1, { wantShutDown: true });
    expect(granted).toMatchObject({ errorCode: ErrorCode.NONE, shouldShutDown: true, isFenced: true });
    expect(fenced(fixture, 1)).toBe(true);
  });

  test('a broker that leads nothing is told to shut down at once', async () => {
    const fixture = fixtureFor();
    await join(fixture, [1]);
    const reply = await heartbeat(fixture, 1, { wantShutDown: true });
    expect(reply).toMatchObject({ shouldShutDown: true, isFenced: true });
  });

  test('a newly active controller gives every broker a fresh session instead of fencing at once', async () => {
    const fixture = fixtureFor();
    await join(fixture, [1]);
    fixture.role = 'follower';
    fixture.clock.advance(sessionTimeoutMs * 3);
    await flush();
    fixture.role = 'leader';
    fixture.newEpoch();
    await flush();
    expect(fenced(fixture, 1)).toBe(false);
    fixture.clock.advance(sessionTimeoutMs - 1);
    await flush();
    expect(fenced(fixture, 1)).toBe(false);
    fixture.clock.advance(1);
    await flush();
    expect(fenced(fixture, 1)).toBe(true);
  });

  test('the in-process broker (registerBroker) is unfenced at once and never fenced for missing heartbeats', async () => {
    const fixture = fixtureFor();
    await fixture.registerBrokers([1]);
    expect(fenced(fixture, 1)).toBe(false);
    fixture.clock.advance(sessionTimeoutMs * 10);
    await flush();
    expect(fenced(fixture, 1)).toBe(false);
  });

  test('the session timer is armed only while an unfenced broker can expire, and close() cancels it', async () => {
    const fixture = fixtureFor();
    await flush();
    expect(fixture.clock.pendingTimers()).toBe(0);
    await join(fixture, [1]);
    expect(fixture.clock.pendingTimers()).toBe(1);
    // A combined node restarted: its own broker registers in-process, and nothing can expire now.
    await fixture.controller.registerBroker({
      brokerId: nodeId(1), incarnationId: incarnation(11), listeners: [{ name: 'PLAINTEXT', host: 'h', port: 1, securityProtocol: 0 }],
    });
    expect(fixture.clock.pendingTimers()).toBe(0);
    await join(fixture, [2]);
    expect(fixture.clock.pendingTimers()).toBe(1);
    fixture.controller.close();
    expect(fixture.clock.pendingTimers()).toBe(0);
    fixture.clock.advance(sessionTimeoutMs * 2);
    await flush();
    expect([fenced(fixture, 1), fenced(fixture, 2)]).toEqual([false, false]);
  });
});

describe('KIP-631 broker unregistration', () => {
  test('an unknown broker id is answered BROKER_ID_NOT_REGISTERED; a known one leaves with its leadership', async () => {
    const fixture = fixtureFor();
    const unknown = await fixture.controller.unregisterBroker(createUnregisterBrokerRequest({ brokerId: nodeId(5) }), 0);
    expect(unknown.errorCode).toBe(ErrorCode.BROKER_ID_NOT_REGISTERED);
    await join(fixture, [1, 2]);
    await createTopic(fixture, 'pair', [[1, 2]]);
    const response = await fixture.controller.unregisterBroker(createUnregisterBrokerRequest({ brokerId: nodeId(1) }), 0);
    expect(response).toMatchObject({ errorCode: ErrorCode.NONE, errorMessage: null });
    expect(fixture.publisher.current().brokers.has(nodeId(1))).toBe(false);
    expect(partition(fixture, 'pair', 0)).toMatchObject({ leader: 2, isr: [2] });
  });
});
