// Goal: the controller and the metadata publisher work on the real Raft driver (src/quorum/raft-driver.ts), as
// a combined node runs them: the single voter elects itself, the controller becomes active, the
// node registers and unfences itself, topics are created and answered after commit, and after a
// crash and restart the image is rebuilt from the metadata log with the same cluster id, topics
// and ids, and the bootstrap records are not written again; a broker registering over the wire is
// unfenced once its heartbeat reports the offset of its registration, with real log offsets, and
// the cluster id written is the one the controller was given. Method: one node on the simulator's
// runtime (virtual clock, simulated disk and network), driven event by event.
import { describe, expect, test } from 'vitest';
import { epoch as raftEpoch, nodeId as raftNodeId } from '../../raft/mod.js';
import { RaftDriver } from '../../src/quorum/raft-driver.js';
import { silentLogger } from '../../src/log/logger.js';
import { ErrorCode, nodeId, topicName } from '../../src/protocol/mod.js';
import { createCreateTopicsRequest, createCreateTopicsRequestCreatableTopic } from '../../src/protocol/generated/messages/create-topics.js';
import { createAllocateProducerIdsRequest } from '../../src/protocol/generated/messages/allocate-producer-ids.js';
import { createBrokerHeartbeatRequest } from '../../src/protocol/generated/messages/broker-heartbeat.js';
import {
  createBrokerRegistrationRequest, createBrokerRegistrationRequestListener,
} from '../../src/protocol/generated/messages/broker-registration.js';
import { QuorumController } from '../../src/controller/controller.js';
import { MetadataPublisher } from '../../src/metadata/image/metadata-publisher.js';
import { HostClock } from '../../sim/sim-clock.js';
import { SimDisk } from '../../sim/sim-disk.js';
import { SimNetwork } from '../../sim/sim-network.js';
import { createSimRuntime } from '../../sim/sim-runtime.js';
import { SimProcess, World } from '../../sim/world.js';
import { incarnation, testConfig } from './controller-fixture.js';

interface RunningNode {
  readonly process: SimProcess;
  readonly publisher: MetadataPublisher;
  readonly controller: QuorumController;
  node: RaftDriver | null;
}

class OneNodeCluster {
  readonly world = new World({ seed: 11 });
  readonly network = new SimNetwork(this.world, {
    conditions: { minimumLatencyMs: 1, meanExtraLatencyMs: 1, lossRate: 0, duplicateRate: 0 },
    modeFor: () => 'message',
    connectTimeoutMs: 50,
  });
  readonly disk = new SimDisk({ random: this.world.random.fork('node-1/disk') });
  readonly hostClock = new HostClock(this.world);
  private incarnations = 0;

  constructor(readonly clusterId = 'MkU3OEVBNTcwNTJENDM2Qk') {}

  start(): RunningNode {
    const process = new SimProcess('node-1', this.incarnations);
    this.incarnations += 1;
    const runtime = createSimRuntime({ world: this.world, process, host: 'node-1', hostClock: this.hostClock, disk: this.disk, network: this.network });
    const publisher = new MetadataPublisher({ checkInvariants: true });
    const running: RunningNode = {
      process,
      publisher,
      node: null,
      controller: new QuorumController({
        runtime, config: testConfig('num.partitions=2'), logger: silentLogger(), publisher, clusterId: this.clusterId,
        propose: (payload) => (running.node as RaftDriver).propose(payload),
        raftStatus: () => running.node?.status() ?? { role: 'unattached', epoch: raftEpoch(0) },
      }),
    };
    this.world.schedule(0, process, () => {
      void RaftDriver.start({
        runtime, id: raftNodeId(1), voters: [raftNodeId(1)], addresses: new Map([[raftNodeId(1), 'node-1:9093']]),
        dataDirectory: '/data/metadata', stateMachine: publisher, tickMs: 10, electionTimeoutTicks: 10, fetchTimeoutTicks: 20,
        observer: { onFatal: (error) => this.world.fail('assertion', String(error)) },
      }).then((node) => { running.node = node; });
    });
    return running;
  }

  crash(running: RunningNode): void {
    this.world.stop(running.process);
    this.network.crashHost('node-1');
    this.disk.crash({ tear: false });
  }

  /** Runs the world until `promise` settles (bounded), and returns its value. */
  async settle<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    const watched = promise.finally(() => { settled = true; });
    for (let step = 0; step < 200 && !settled; step += 1) await this.world.runUntil(this.world.nowMs + 10);
    expect(settled).toBe(true);
    return watched;
  }
}

function createRequest(...names: string[]) {
  return createCreateTopicsRequest({
    topics: names.map((name) => createCreateTopicsRequestCreatableTopic({ name: topicName(name), numPartitions: -1, replicationFactor: -1 })),
  });
}

describe('controller on the Raft driver', () => {
  test('KIP-631: a broker registered over the wire is unfenced by a heartbeat at its registration offset', async () => {
    const cluster = new OneNodeCluster();
    const node = cluster.start();
    await cluster.settle(node.controller.whenActive());
    const listeners = [createBrokerRegistrationRequestListener({ name: 'PLAINTEXT', host: '127.0.0.1', port: 9092, securityProtocol: 0 })];
    const request = createBrokerRegistrationRequest({
      brokerId: nodeId(2), clusterId: cluster.clusterId, incarnationId: incarnation(2), listeners, rack: null,
    });
    const registered = await cluster.settle(node.controller.brokerRegistration(request, 4));
    expect(registered.errorCode).toBe(ErrorCode.NONE);
    expect(node.publisher.current().clusterId).toBe(cluster.clusterId);
    const registeredAt = node.publisher.current().offset;
    const heartbeat = (offset: number) => cluster.settle(node.controller.brokerHeartbeat(createBrokerHeartbeatRequest({
      brokerId: nodeId(2), brokerEpoch: registered.brokerEpoch, currentMetadataOffset: BigInt(offset),
    }), 1));
    expect(await heartbeat(registeredAt - 1)).toMatchObject({ errorCode: ErrorCode.NONE, isCaughtUp: false, isFenced: true });
    expect(await heartbeat(registeredAt)).toMatchObject({ errorCode: ErrorCode.NONE, isCaughtUp: true, isFenced: false });
    expect(node.publisher.current().brokers.get(nodeId(2))!.fenced).toBe(false);
    node.controller.close();
  });

  test('a single voter elects itself, registers its broker, creates topics, and recovers them after a crash', async () => {
    const cluster = new OneNodeCluster();
    const first = cluster.start();
    await cluster.settle(first.controller.whenActive());
    const listeners = [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9092, securityProtocol: 0 }];
    const registered = await cluster.settle(first.controller.registerBroker({ brokerId: nodeId(1), incarnationId: incarnation(1), listeners }));
    expect(registered.errorCode).toBe(ErrorCode.NONE);
    const created = await cluster.settle(first.controller.createTopics(createRequest('orders', 'payments'), 7));
    expect(created.topics.map((result) => result.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.NONE]);
    const before = first.publisher.current();
    expect(before.topicsByName.get(topicName('orders'))!.partitions).toHaveLength(2);
    expect(before.brokers.get(nodeId(1))!.fenced).toBe(false);

    cluster.crash(first);
    const second = cluster.start();
    await cluster.settle(second.controller.whenActive());
    const after = second.publisher.current();
    expect(after.clusterId).toBe(before.clusterId);
    expect(after.topicsByName).toEqual(before.topicsByName);
    expect(after.offset).toBeGreaterThan(before.offset);

    const again = await cluster.settle(second.controller.registerBroker({ brokerId: nodeId(1), incarnationId: incarnation(2), listeners }));
    expect(again.brokerEpoch).toBeGreaterThan(registered.brokerEpoch);
    const more = await cluster.settle(second.controller.createTopics(createRequest('orders', 'audit'), 7));
    expect(more.topics.map((result) => result.errorCode)).toEqual([ErrorCode.TOPIC_ALREADY_EXISTS, ErrorCode.NONE]);
    expect(second.publisher.current().clusterId).toBe(before.clusterId);
  });

  test('after a snapshot and a restart the image is the snapshot plus the entries after it', async () => {
    const cluster = new OneNodeCluster();
    const first = cluster.start();
    await cluster.settle(first.controller.whenActive());
    const listeners = [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9092, securityProtocol: 0 }];
    await cluster.settle(first.controller.registerBroker({ brokerId: nodeId(1), incarnationId: incarnation(1), listeners }));
    await cluster.settle(first.controller.createTopics(createRequest('before-snapshot'), 7));
    first.node!.takeSnapshot();
    await cluster.world.runUntil(cluster.world.nowMs + 100);
    expect(first.node!.status().snapshotId).not.toBeNull();
    await cluster.settle(first.controller.createTopics(createRequest('after-snapshot'), 7));
    const before = first.publisher.current();

    cluster.crash(first);
    const second = cluster.start();
    await cluster.settle(second.controller.whenActive());
    expect(second.publisher.current().topicsByName).toEqual(before.topicsByName);
    expect(second.publisher.current().clusterId).toBe(before.clusterId);
  });

  test('KIP-730: producer id blocks are never handed out again after a snapshot and a restart', async () => {
    const cluster = new OneNodeCluster();
    const listeners = [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9092, securityProtocol: 0 }];
    const allocateOn = async (running: RunningNode, incarnationNumber: number): Promise<bigint[]> => {
      await cluster.settle(running.controller.whenActive());
      const registered = await cluster.settle(running.controller.registerBroker({
        brokerId: nodeId(1), incarnationId: incarnation(incarnationNumber), listeners }));
      const starts: bigint[] = [];
      for (let count = 0; count < 2; count += 1) {
        const answer = await cluster.settle(running.controller.allocateProducerIds(createAllocateProducerIdsRequest({
          brokerId: nodeId(1), brokerEpoch: BigInt(registered.brokerEpoch) }), 0));
        expect(answer.errorCode).toBe(ErrorCode.NONE);
        starts.push(BigInt(answer.producerIdStart));
      }
      return starts;
    };
    const first = cluster.start();
    const before = await allocateOn(first, 1);
    first.node!.takeSnapshot();
    await cluster.world.runUntil(cluster.world.nowMs + 100);
    expect(first.node!.status().snapshotId).not.toBeNull();
    cluster.crash(first);
    const second = cluster.start();
    const after = await allocateOn(second, 2);
    expect([...before, ...after]).toEqual([0n, 1000n, 2000n, 3000n]);
    cluster.crash(second);
    const third = cluster.start();
    expect(await allocateOn(third, 3)).toEqual([4000n, 5000n]);
  });
});
