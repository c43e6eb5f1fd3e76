// Goal: the controller's own rules, apart from each API's validation: it answers NOT_CONTROLLER
// unless it leads and has applied an entry of its epoch; an uncommitted proposal turns would-be
// successes into NOT_CONTROLLER and a commit that takes too long into REQUEST_TIMED_OUT; its
// operations run one at a time; the first write carries the bootstrap records (once); broker
// registration records, unfences and is idempotent per incarnation. Method: a QuorumController
// on a stand-in quorum with a manual clock (controller-fixture.ts).
import { describe, expect, test } from 'vitest';
import { ErrorCode, nodeId, topicName } from '../../src/protocol/mod.js';
import { createCreateTopicsRequest, createCreateTopicsRequestCreatableTopic } from '../../src/protocol/generated/messages/create-topics.js';
import { createDeleteTopicsRequest } from '../../src/protocol/generated/messages/delete-topics.js';
import { METADATA_VERSION_FEATURE } from '../../src/metadata/image/metadata-image.js';
import { METADATA_VERSION_LEVEL } from '../../src/controller/broker-registration.js';
import { ControllerFixture, incarnation } from './controller-fixture.js';

function createRequest(...names: string[]) {
  return createCreateTopicsRequest({
    topics: names.map((name) => createCreateTopicsRequestCreatableTopic({ name: topicName(name), numPartitions: 1, replicationFactor: 1 })),
  });
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < 20; turn += 1) await Promise.resolve();
}

describe('QuorumController', () => {
  test('a follower answers NOT_CONTROLLER for every topic and proposes nothing', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1]);
    fixture.role = 'follower';
    const proposals = fixture.proposals;
    const response = await fixture.controller.createTopics(createRequest('a', 'b'), 7);
    expect(response.topics.map((result) => result.errorCode)).toEqual([ErrorCode.NOT_CONTROLLER, ErrorCode.NOT_CONTROLLER]);
    expect(fixture.proposals).toBe(proposals);
    expect(fixture.controller.isActive()).toBe(false);
  });

  test('a leader is active only once it has applied an entry of its own epoch', async () => {
    const fixture = new ControllerFixture();
    expect(fixture.controller.isActive()).toBe(true);
    fixture.epoch += 1;
    expect(fixture.controller.isActive()).toBe(false);
    const active = fixture.controller.whenActive();
    fixture.epoch -= 1;
    fixture.newEpoch();
    await active;
    expect(fixture.controller.isActive()).toBe(true);
  });

  test('a proposal that fails turns would-be successes into NOT_CONTROLLER, keeping other errors', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1]);
    fixture.mode = 'fail';
    const response = await fixture.controller.createTopics(createRequest('fine', 'bad name'), 7);
    expect(response.topics.map((result) => result.errorCode)).toEqual([ErrorCode.NOT_CONTROLLER, ErrorCode.INVALID_TOPIC_EXCEPTION]);
    expect(fixture.publisher.current().topicsByName.size).toBe(0);
  });

  test('a commit that does not come within the timeout is answered REQUEST_TIMED_OUT', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1]);
    fixture.mode = 'hang';
    const pending = fixture.controller.createTopics(createRequest('slow'), 7);
    await settle();
    fixture.clock.advance(30_000);
    const response = await pending;
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.REQUEST_TIMED_OUT);
  });

  test('after a timeout the controller is inactive until the proposal settles: no topic is created twice', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1]);
    fixture.mode = 'hang';
    const pending = fixture.controller.createTopics(createRequest('slow'), 7);
    await settle();
    fixture.clock.advance(30_000);
    await pending;
    fixture.mode = 'commit';
    const meanwhile = await fixture.controller.createTopics(createRequest('slow'), 7);
    expect(meanwhile.topics[0]!.errorCode).toBe(ErrorCode.NOT_CONTROLLER);
    let active = false;
    void fixture.controller.whenActive().then(() => { active = true; });
    fixture.commitHung();
    await settle();
    expect(active).toBe(true);
    expect(fixture.publisher.current().topicsByName.has(topicName('slow'))).toBe(true);
    const after = await fixture.controller.createTopics(createRequest('slow', 'next'), 7);
    expect(after.topics.map((result) => result.errorCode)).toEqual([ErrorCode.TOPIC_ALREADY_EXISTS, ErrorCode.NONE]);
  });

  test('after a timeout a new epoch makes the controller active again', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1]);
    fixture.mode = 'hang';
    const pending = fixture.controller.createTopics(createRequest('slow'), 7);
    await settle();
    fixture.clock.advance(30_000);
    await pending;
    expect(fixture.controller.status()).toEqual({ active: false, queuedOperations: 0, uncertainEpoch: 1 });
    fixture.newEpoch();
    expect(fixture.controller.isActive()).toBe(true);
  });

  test('concurrent requests run one at a time: the second sees the first one\'s topic', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1]);
    const [first, second] = await Promise.all([
      fixture.controller.createTopics(createRequest('race'), 7),
      fixture.controller.createTopics(createRequest('race'), 7),
    ]);
    expect([first.topics[0]!.errorCode, second.topics[0]!.errorCode]).toEqual([ErrorCode.NONE, ErrorCode.TOPIC_ALREADY_EXISTS]);
    const [deleted, recreated] = await Promise.all([
      fixture.controller.deleteTopics(createDeleteTopicsRequest({ topicNames: [topicName('race')] }), 4),
      fixture.controller.createTopics(createRequest('race'), 7),
    ]);
    expect(deleted.responses[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(recreated.topics[0]!.errorCode).toBe(ErrorCode.NONE);
  });

  test('the first write carries the cluster id and metadata.version, and only the first', async () => {
    const fixture = new ControllerFixture();
    expect(fixture.publisher.current().clusterId).toBeNull();
    await fixture.registerBrokers([1]);
    const image = fixture.publisher.current();
    expect(image.clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(image.features.get(METADATA_VERSION_FEATURE)).toBe(METADATA_VERSION_LEVEL);
    await fixture.controller.createTopics(createRequest('later'), 7);
    expect(fixture.publisher.current().clusterId).toBe(image.clusterId);
  });

  test('a registered broker is unfenced with an epoch above every earlier offset', async () => {
    const fixture = new ControllerFixture();
    const listeners = [{ name: 'PLAINTEXT', host: 'localhost', port: 9092, securityProtocol: 0 }];
    const reply = await fixture.controller.registerBroker({ brokerId: nodeId(1), incarnationId: incarnation(1), listeners });
    expect(reply.errorCode).toBe(ErrorCode.NONE);
    const broker = fixture.publisher.current().brokers.get(nodeId(1))!;
    expect(broker).toMatchObject({ id: 1, epoch: reply.brokerEpoch, fenced: false, listeners });
    expect(reply.brokerEpoch).toBeGreaterThan(0);
  });

  test('registering again with the same incarnation keeps the epoch; a new incarnation gets a larger one', async () => {
    const fixture = new ControllerFixture();
    const listeners = [{ name: 'PLAINTEXT', host: 'localhost', port: 9092, securityProtocol: 0 }];
    const first = await fixture.controller.registerBroker({ brokerId: nodeId(1), incarnationId: incarnation(1), listeners });
    const proposals = fixture.proposals;
    const retry = await fixture.controller.registerBroker({ brokerId: nodeId(1), incarnationId: incarnation(1), listeners });
    expect(retry.brokerEpoch).toBe(first.brokerEpoch);
    expect(fixture.proposals).toBe(proposals);
    const restarted = await fixture.controller.registerBroker({ brokerId: nodeId(1), incarnationId: incarnation(2), listeners });
    expect(restarted.brokerEpoch).toBeGreaterThan(first.brokerEpoch);
    expect(fixture.publisher.current().brokers.get(nodeId(1))!.fenced).toBe(false);
  });

  test('a registration with a listener named twice gets INVALID_REQUEST', async () => {
    const fixture = new ControllerFixture();
    const listener = { name: 'PLAINTEXT', host: 'localhost', port: 9092, securityProtocol: 0 };
    const reply = await fixture.controller.registerBroker({ brokerId: nodeId(1), incarnationId: incarnation(1), listeners: [listener, listener] });
    expect(reply.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  test('operations beyond the queue bound are answered REQUEST_TIMED_OUT at once', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1]);
    fixture.mode = 'hang';
    const waiting = [];
    for (let index = 0; index < 1000; index += 1) waiting.push(fixture.controller.createTopics(createRequest(`t${index}`), 7));
    const refused = await fixture.controller.createTopics(createRequest('one-too-many'), 7);
    expect(refused.topics[0]!.errorCode).toBe(ErrorCode.REQUEST_TIMED_OUT);
    expect(waiting).toHaveLength(1000);
  });
});
