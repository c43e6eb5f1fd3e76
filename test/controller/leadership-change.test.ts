// Goal: an admin operation still uncommitted when its controller loses the leadership of the
// metadata quorum is answered at once (Kafka's QuorumController renounces and fails its pending
// operations with NOT_CONTROLLER), and the broker that took the request retries it with the next
// active controller, so the client hears a real answer promptly instead of REQUEST_TIMED_OUT after
// the controller's 30 s commit timeout. Method: three real WeirNodes (combined) on simulated
// machines; CreateTopics sent to the active controller's broker and to a follower's broker race a
// fault that lands just after the leader appended the first of them:
// - a pause of the leader: its peers elect another leader; resumed, it hears the higher epoch,
//   renounces, and every create is carried out by the new controller (the brokers retry there);
// - an isolation of the leader from its peers (not from the client) for longer than the answer
//   bound: it resigns when its quorum stops fetching (check quorum) and never learns what became
//   of its entries, so only the renounce answers its creates before the heal.
// Every answer must come within a bound far below the commit timeout, none REQUEST_TIMED_OUT, and
// once the refused ones are retried every topic exists exactly once in every image. First, the
// rule alone on the stand-in quorum (controller-fixture.ts): a renounce answers the pending
// operation, leaves no uncertain epoch and no commit timer behind.
import { describe, expect, test } from 'vitest';
import { KafkaClient } from '../../src/net/kafka-client/kafka-client.js';
import { ApiKey, ErrorCode, type TopicName } from '../../src/protocol/mod.js';
import {
  createCreateTopicsRequest, createCreateTopicsRequestCreatableTopic, type CreateTopicsResponse,
} from '../../src/protocol/generated/messages/create-topics.js';
import type { WeirNode } from '../../src/node/weir-node.js';
import { defaultDiskLatency } from '../../sim/cluster.js';
import { ClusterNodeProgram } from '../../sim/cluster/cluster-node-program.js';
import { isReady, kafkaAddressOf } from '../../sim/kafka/weir-node-program.js';
import { SimMachine } from '../../sim/machine.js';
import { HostClock, SimClock } from '../../sim/sim-clock.js';
import { swarmStreamNetwork } from '../../sim/sim-network.js';
import { SimProcess, World } from '../../sim/world.js';
import { ControllerFixture } from './controller-fixture.js';

/** The controller's default commit timeout: no answer may wait for it. */
const commitTimeoutMs = 30_000;
/** Long enough for the peers to elect another leader (election timeout 200 ms, fetch timeout 400 ms). */
const pauseMs = 1_500;
/**
 * From the fault's end (a pause) or start (an isolation, which lasts longer): the resign, the
 * renounce, the brokers' forwarding deadline (5 s) or their retry with the new controller.
 */
const answerBoundMs = 8_000;
/** How long an isolated leader stays cut off from its peers: past the answer bound. */
const isolationMs = answerBoundMs + 4_000;

type Fault = 'pause' | 'isolate';

interface Answer {
  readonly topic: string;
  readonly errorCode: number;
  readonly atMs: number;
}

async function runWhile(world: World, condition: () => boolean, untilMs: number): Promise<void> {
  while (condition() && world.violation === null && world.nowMs < untilMs) {
    await world.runUntil(Math.min(untilMs, world.nowMs + 20));
  }
}

/** One race: `topicsEach` creates to each of two brokers, `fault` striking the leader `delayMs` after its first append. */
async function race(fault: Fault, seed: number, delayMs: number, topicsEach: number) {
  const world = new World({ seed });
  const network = swarmStreamNetwork(world);
  const program = new ClusterNodeProgram({ shape: { controllers: 3, brokers: 0 } });
  const machines = [1, 2, 3].map((id) => new SimMachine<WeirNode>(id, program, { world, network, diskLatency: defaultDiskLatency }));
  for (const machine of machines) machine.start();
  const leaderOf = (): SimMachine<WeirNode> | undefined =>
    machines.find((machine) => machine.status === 'up' && machine.node?.raftStatus().role === 'leader');
  await runWhile(world, () => leaderOf() === undefined || !machines.every(isReady), 20_000);
  const leader = leaderOf();
  expect(leader, 'a leader and three ready nodes').toBeDefined();
  expect(machines.every(isReady)).toBe(true);
  // Quiet: registrations and unfencing are committed, so the leader's next entry is a create.
  await world.runUntil(world.nowMs + 1_000);
  expect(leaderOf()).toBe(leader);
  const follower = machines.find((machine) => machine !== leader) as SimMachine<WeirNode>;

  const process = new SimProcess('admin', 0);
  // One client (one connection) per create: a broker answers a connection's requests in order,
  // so on one connection each create would also wait for the ones before it.
  const clients: KafkaClient[] = [];
  const newClient = (): KafkaClient => {
    const client = new KafkaClient({
      clock: new SimClock(world, process, new HostClock(world)), random: world.random.fork(`admin-${clients.length}`),
      network: network.forProcess('admin', process), clientId: 'admin',
      // Past the commit timeout: a controller that waited for it would be heard, not cut off.
      requestTimeoutMs: 2 * commitTimeoutMs,
    });
    clients.push(client);
    return client;
  };
  const answers: Answer[] = [];
  const create = async (broker: number, topic: string): Promise<void> => {
    const body = createCreateTopicsRequest({ timeoutMs: commitTimeoutMs, topics: [
      createCreateTopicsRequestCreatableTopic({ name: topic as TopicName, numPartitions: 1, replicationFactor: 1 })] });
    const outcome = await newClient().send<CreateTopicsResponse>(kafkaAddressOf(broker),
      { apiKey: ApiKey.CreateTopics, body, versions: { lowestVersion: 5, highestVersion: 5 } });
    expect(outcome.kind, `the answer to ${topic}`).toBe('response');
    if (outcome.kind !== 'response') return;
    answers.push({ topic, errorCode: outcome.body.topics[0]!.errorCode, atMs: world.nowMs });
  };
  const topics: { broker: number; topic: string }[] = [];
  for (let index = 0; index < topicsEach; index += 1) {
    topics.push({ broker: leader!.id, topic: `via-leader-${index}` }, { broker: follower.id, topic: `via-follower-${index}` });
  }
  const sentAtMs = world.nowMs;
  world.schedule(0, process, () => { for (const { broker, topic } of topics) void create(broker, topic); });
  // The fault lands `delayMs` after the leader appended its first new entry (a create).
  let uncommittedAtFault = false;
  let boundMs = Number.POSITIVE_INFINITY;
  let healedAtMs = 0;
  const baselineEnd = leader!.node!.raftStatus().endOffset;
  let armed = true;
  world.afterEachEvent(() => {
    if (!armed || leader!.status !== 'up' || leader!.node!.raftStatus().endOffset <= baselineEnd) return;
    armed = false;
    world.schedule(delayMs, null, () => {
      const status = leader!.node!.raftStatus();
      uncommittedAtFault = status.endOffset > status.highWatermark;
      if (fault === 'pause') {
        leader!.pause();
        world.schedule(pauseMs, null, () => leader!.resume());
        boundMs = world.nowMs + pauseMs + answerBoundMs;
      } else {
        const peers = machines.filter((machine) => machine !== leader);
        for (const peer of peers) { network.block(leader!.name, peer.name); network.block(peer.name, leader!.name); }
        world.schedule(isolationMs, null, () => network.clearPartitions());
        boundMs = world.nowMs + answerBoundMs;
        healedAtMs = world.nowMs + isolationMs;
      }
    });
  });
  await runWhile(world, () => answers.length < topics.length, sentAtMs + commitTimeoutMs - 1);
  expect(world.violation).toBeNull();
  expect(answers.map((answer) => answer.topic).sort(), 'every create answered before the commit timeout')
    .toEqual(topics.map(({ topic }) => topic).sort());
  for (const answer of answers) {
    expect(answer.atMs, `${answer.topic} answered promptly`).toBeLessThanOrEqual(boundMs);
    expect([ErrorCode.NONE, ErrorCode.TOPIC_ALREADY_EXISTS, ErrorCode.NOT_CONTROLLER], answer.topic).toContain(answer.errorCode);
  }
  // Retry what was refused; a refused create may have committed, so it may exist already.
  const firstAnswers = [...answers];
  // After the isolation: the refused creates are retried through a broker of the healed quorum.
  await world.runUntil(Math.max(world.nowMs, healedAtMs));
  for (const answer of firstAnswers.filter((each) => each.errorCode === ErrorCode.NOT_CONTROLLER)) {
    const retried = answers.length;
    world.schedule(0, process, () => { void create(follower.id, answer.topic); });
    await runWhile(world, () => answers.length === retried, world.nowMs + 10_000);
    expect([ErrorCode.NONE, ErrorCode.TOPIC_ALREADY_EXISTS]).toContain(answers.at(-1)!.errorCode);
  }
  const leaderEnd = (): number => leaderOf()?.node!.raftStatus().highWatermark ?? Number.POSITIVE_INFINITY;
  await runWhile(world, () => machines.some((machine) => machine.node!.image().offset + 1 < leaderEnd()), world.nowMs + 5_000);
  for (const machine of machines) {
    const names = [...machine.node!.image().topicsByName.keys()].map(String).sort();
    expect(names, `node ${machine.id}'s topics`).toEqual(topics.map(({ topic }) => topic).sort());
  }
  for (const client of clients) client.close();
  for (const machine of machines) machine.crash({ tear: false });
  return { uncommittedAtFault, answers: firstAnswers, leader: leader!.id };
}

describe('a controller losing its leadership mid-operation', () => {
  test('renounce: a pending operation is answered NOT_CONTROLLER at once, with no uncertainty left behind', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1]);
    fixture.mode = 'hang';
    const pending = fixture.controller.createTopics(createCreateTopicsRequest({ topics: [
      createCreateTopicsRequestCreatableTopic({ name: 'pending' as TopicName, numPartitions: 1, replicationFactor: 1 })] }), 7);
    for (let turn = 0; turn < 20; turn += 1) await Promise.resolve();
    expect(fixture.hungCount()).toBe(1);
    // A notification while it still leads that epoch renounces nothing.
    fixture.announceLeadership();
    fixture.role = 'follower';
    fixture.announceLeadership();
    const answer = await pending;
    expect(answer.topics[0]?.errorCode).toBe(ErrorCode.NOT_CONTROLLER);
    expect(fixture.controller.status()).toMatchObject({ active: false, queuedOperations: 0, uncertainEpoch: null });
    // No commit timer is left: nothing would answer REQUEST_TIMED_OUT later.
    expect(fixture.clock.pendingTimers()).toBe(0);
  });

  const cases = [[1, 0], [2, 1], [3, 2], [4, 5]] as const;

  test('QuorumController.renounce: paused and superseded, the leader renounces and its broker retries with the new controller', async () => {
    let racedUncommitted = 0;
    for (const [seed, delayMs] of cases) {
      const { uncommittedAtFault, answers } = await race('pause', seed, delayMs, 3);
      // Every create reached a controller that could commit it: none is left refused.
      expect(answers.filter((answer) => answer.errorCode !== ErrorCode.NONE), `seed ${seed}`).toEqual([]);
      if (uncommittedAtFault) racedUncommitted += 1;
    }
    // The race had teeth: the leader lost its leadership with entries it had not committed.
    expect(racedUncommitted).toBeGreaterThan(0);
  }, 120_000);

  test('QuorumController.renounce: isolated, the leader resigns and answers its pending creates before it learns their fate', async () => {
    let racedUncommitted = 0;
    for (const [seed, delayMs] of cases) {
      const { uncommittedAtFault, answers, leader } = await race('isolate', seed, delayMs, 3);
      const viaLeader = answers.filter((answer) => answer.topic.startsWith('via-leader'));
      // Its broker found no other controller it could reach: a clear NOT_CONTROLLER, in time.
      expect(viaLeader.map((answer) => answer.errorCode), `seed ${seed}, leader ${leader}`)
        .toEqual(viaLeader.map(() => ErrorCode.NOT_CONTROLLER));
      if (uncommittedAtFault) racedUncommitted += 1;
    }
    expect(racedUncommitted).toBeGreaterThan(0);
  }, 120_000);
});
