// A Weir node: the assembly of one node of a KRaft cluster (DESIGN.md "src/ — the node"; KIP-500,
// KIP-595, KIP-631). `process.roles` says what it runs: a controller votes in the metadata
// quorum and, while it leads, is the active controller; a broker serves clients and follows the
// metadata log, as a voter when it is also a controller (combined mode) or else as an observer.
// It runs on the runtime seam only, so the simulator can run it as it runs in production;
// src/cli/node.ts adds the process concerns (configuration file, signals, HTTP, directory lock).
//
// Start-up, in order:
//   1. the log directories' meta.properties: the cluster id this node belongs to;
//   2. the metadata publisher (the StateMachine of the metadata log) and the Raft driver over
//      `__cluster_metadata-0`: recovery replays the log or snapshot into the image first;
//   3. a controller: the quorum controller on the same driver, and the controller listener,
//      which hands Raft peers to the driver and answers brokers' requests;
//   4. metadata catch-up (metadata-catch-up.ts): nothing is served before the image holds what
//      the log had at start, under a known leader's high watermark;
//   5. a broker: its replica manager follows the images, its client listeners open, and its
//      lifecycle (broker-lifecycle.ts) registers it with the active controller over the
//      controller channel and heartbeats. The node is ready when the image shows this
//      incarnation unfenced (a controller-only node: once caught up). The replica manager
//      takes roles only from images that show this incarnation registered (broker.ts).
// Stop reverses it: a broker first asks the controller to move its leaderships away (controlled
// shutdown), then stops accepting, answers in-flight requests and flushes the logs; then the
// controller listener and Raft stop.
import assert from 'node:assert/strict';
import { nodeId as raftNodeId, type NodeId as RaftNodeId, type RaftStatus, type TestOnlyUnsafe } from '../../raft/mod.js';
import { Broker } from '../broker/broker.js';
import type { BrokerMetrics } from '../broker/metrics.js';
import { offlinePartitionsCount } from '../broker/replication-gauges.js';
import type { ControllerGaugeSource } from '../broker/replication-gauges.js';
import type { Partition } from '../broker/partition/partition.js';
import type { GroupCoordinator } from '../group/runtime/group-coordinator.js';
import type { TestOnlyBreakGroups } from '../group/runtime/test-only-break-groups.js';
import { RefusalLog } from '../broker/refusal-log.js';
import { metadataLogDirectory, type NodeConfig } from '../config/node-config.js';
import { QuorumController } from '../controller/controller.js';
import type { Logger } from '../log/logger.js';
import type { BrokerEndpoint, MetadataImage } from '../metadata/image/metadata-image.js';
import { MetadataPublisher } from '../metadata/image/metadata-publisher.js';
import { snapshotWhenDue } from '../metadata/image/snapshot-policy.js';
import { answersNotController, ControllerChannel } from '../net/controller-channel.js';
import type { AlterPartitionRequest, AlterPartitionResponse } from '../protocol/generated/messages/alter-partition.js';
import type {
  AllocateProducerIdsRequest, AllocateProducerIdsResponse,
} from '../protocol/generated/messages/allocate-producer-ids.js';
import { EnvelopeForwarder } from '../net/envelope-forwarder.js';
import type { KafkaListener } from '../net/kafka-listener.js';
import { ApiKey, uuidFromBytes, type NodeId, type Uuid } from '../protocol/mod.js';
import { RaftDriver, type RaftDriverOptions } from '../quorum/raft-driver.js';
import type { TestOnlyBreakDriver } from '../quorum/raft-driver-switches.js';
import { withTap, type RaftDriverTap } from '../quorum/observer-tap.js';
import { storedVoterAddresses } from '../quorum/voter-address-book.js';
import { dialAddress } from '../quorum/voters-record.js';
import type { Runtime } from '../runtime/seam.js';
import type { TestOnlyBreakDurability } from '../../storage/mod.js';
import type { TestOnlyBreakCluster } from '../metadata/test-only-break-cluster.js';
import type { TestOnlyBreakReplication } from '../broker/test-only-break-replication.js';
import { coordinatedGroups, type CoordinatedGroup } from '../group/coordinated-groups.js';
import { BrokerLifecycle } from './broker-lifecycle.js';
import { openControllerListener } from './controller-listener.js';
import { markCleanShutdown, takeCleanShutdownEpoch } from './clean-shutdown.js';
import { discoverVoters } from './quorum-bootstrap.js';
import { QuorumRequests } from './quorum-requests.js';
import { waitForMetadataCatchUp } from './metadata-catch-up.js';
import { describeRaft, logRaftEvent } from './raft-log-lines.js';
import { prepareLogDirectories } from './log-directories.js';
import { randomKafkaUuid } from './meta-properties.js';
import { throwIfCancelled } from './start-cancellation.js';

/** Length of one Raft tick; timeouts in the configuration are converted to ticks of this size. */
const raftTickMs = 20;
/**
 * Metadata entries applied between two snapshots of the image (KIP-630). Kafka's trigger is
 * metadata.log.max.record.bytes.between.snapshots (20 MiB); a count is simpler and metadata
 * entries are small, so 1024 entries bound the replay at start to well under a second.
 */
const defaultSnapshotEveryEntries = 1024;
/** How long a forwarded admin request may look for an active controller before NOT_CONTROLLER. */
const forwardingDeadlineMs = 5_000;
/** How long one request on the controller channel waits for its answer. */
const controllerRequestTimeoutMs = 2_000;
/** How long a leader's AlterPartition may look for the active controller (then it proposes again later). */
const alterPartitionDeadlineMs = 5_000;
/** How long a broker keeps asking the controllers for a producer id block before giving up until the next need. */
const allocateProducerIdsDeadlineMs = 5_000;
/** How long a stopping broker waits for the controller to move its leaderships away. */
const controlledShutdownTimeoutMs = 5_000;

export interface WeirNodeOptions {
  readonly runtime: Runtime;
  readonly config: NodeConfig;
  readonly logger: Logger;
  readonly metrics: BrokerMetrics;
  /** Called once if the node hits a bug or a fatal environment failure; the process must end. */
  readonly onFatal: (error: unknown) => void;
  /** Check metadata image invariants after every change (tests and the simulator). */
  readonly checkInvariants?: boolean;
  /** Metadata log entries between two snapshots of the image (default 1024). */
  readonly snapshotEveryEntries?: number;
  /** How long stop() lets client connections answer what they received (Broker's default). */
  readonly drainTimeoutMs?: number;
  /** Tests of the fatal-error path only (see BrokerOptions); never set outside tests. */
  readonly testOnly?: { readonly failRequestsOfClientId?: string };
  /**
   * Test only: breaks the partition logs' durability on purpose, so the simulator's negative
   * controls show a real loss is caught (`weir sim --workload kafka --unsafe-node`). Never set
   * by `weir node`.
   */
  readonly testOnlyBreakDurability?: TestOnlyBreakDurability;
  /**
   * The cluster id written into log directories that have no meta.properties yet (as
   * `kafka-storage format -t` takes it); a random one when absent. Directories already formatted
   * keep theirs: the node's cluster id is always the one its meta.properties hold.
   */
  readonly clusterId?: Uuid;
  /** Test only: breaks the metadata handling on purpose (`weir sim --workload cluster` controls). */
  readonly testOnlyBreakCluster?: TestOnlyBreakCluster;
  /** Test only: breaks partition replication on purpose (replication negative controls). */
  readonly testOnlyBreakReplication?: TestOnlyBreakReplication;
  /** Test only: breaks the group coordinator on purpose (group negative controls). */
  readonly testOnlyBreakGroups?: TestOnlyBreakGroups;
  /**
   * Aborted to stop the node while it is still starting (SIGTERM before it is up): the waits for
   * the bootstrap servers and for the metadata quorum end at once, what started is stopped, and
   * `start` rejects with StartCancelledError (start-cancellation.ts).
   */
  readonly signal?: AbortSignal;
  /**
   * Simulator and tests: a listener told every hook of the metadata log's Raft driver after the
   * node's own (the Raft checkers of sim/checkers/), made with a reader of the driver's status
   * (null until the driver runs); left out, the driver's observer is the node's alone.
   */
  readonly raftTap?: (status: () => RaftStatus | null) => RaftDriverTap;
  /** Test only: breaks the metadata quorum's core or driver on purpose (the Raft checkers' controls). */
  readonly testOnlyBreakRaft?: TestOnlyBreakRaft;
}

/** Test-only switches of the metadata quorum, handed to its RaftDriver as they are. */
export interface TestOnlyBreakRaft {
  readonly core?: TestOnlyUnsafe;
  readonly sendBeforePersist?: boolean;
  readonly driver?: TestOnlyBreakDriver;
}

/** The broker half of a node: the broker and its lifecycle with the controller. */
interface BrokerRole {
  readonly broker: Broker;
  readonly lifecycle: BrokerLifecycle;
}

/** One running node. Create with `WeirNode.start`. */
export class WeirNode {
  private stopping = false;
  private stopSnapshots: () => void = () => {};

  private constructor(
    private readonly options: WeirNodeOptions,
    private readonly clusterIdValue: Uuid,
    private readonly publisher: MetadataPublisher,
    private readonly raft: RaftDriver,
    private readonly controller: QuorumController | null,
    private readonly controllerListener: KafkaListener | null,
    private readonly channel: ControllerChannel,
    private readonly brokerRole: BrokerRole | null,
  ) {}

  /** Recovers the metadata log and starts the node's roles (see the steps at the top). */
  static async start(options: WeirNodeOptions): Promise<WeirNode> {
    const { runtime, config, logger } = options;
    const isController = config.processRoles.includes('controller');
    const isBroker = config.processRoles.includes('broker');
    assert.ok(isController || isBroker, 'a node plays at least one role');
    // Before any log is opened: every directory is this node's and this cluster's (log-directories.ts).
    const { clusterId, directoryIds } = await prepareLogDirectories(runtime, {
      directories: [...config.logDirs, metadataLogDirectory(config)], nodeId: config.nodeId,
      clusterIdForNewDirectories: options.clusterId ?? randomKafkaUuid(runtime.random),
    });
    const publisher = new MetadataPublisher({ checkInvariants: options.checkInvariants ?? false,
      ...(options.testOnlyBreakCluster === undefined ? {} : { testOnlyBreakCluster: options.testOnlyBreakCluster }) });
    let fatalReported = false;
    const onFatal = (error: unknown): void => {
      if (fatalReported) return;
      fatalReported = true;
      options.onFatal(error);
    };
    const raftLogger = logger.child('raft');
    // The end of the metadata log the image has applied (snapshot restores count via the log start).
    let appliedEndOffset = 0;
    // The bootstrap voter set: the static controller.quorum.voters, else the voters this node
    // knew before a restart, else what the bootstrap servers name (KIP-853); the log's `voters`
    // records take over from there.
    const bootstrapVoters = config.controllerQuorumVoters.length > 0 ? voterAddresses(config)
      : await storedVoterAddresses(runtime.disk, metadataLogDirectory(config)) ??
        await discoverVoters(runtime, config.controllerQuorumBootstrapServers, raftLogger, `node-${config.nodeId}-bootstrap`,
          options.signal);
    throwIfCancelled(options.signal, 'recovering the metadata log');
    let started: RaftDriver | null = null;
    const tap = options.raftTap?.(() => started?.status() ?? null);
    const raft = await RaftDriver.start({
      runtime,
      id: raftNodeId(config.nodeId),
      voters: [...bootstrapVoters.keys()],
      addresses: bootstrapVoters,
      controllerListenerName: config.controllerListenerNames[0] ?? 'CONTROLLER',
      inbound: isController ? 'handed-over' : 'none',
      clusterId,
      dataDirectory: metadataLogDirectory(config),
      stateMachine: publisher,
      tickMs: raftTickMs,
      electionTimeoutTicks: Math.max(2, Math.ceil(config.electionTimeoutMs / raftTickMs)),
      fetchTimeoutTicks: Math.max(4, Math.ceil(config.fetchTimeoutMs / raftTickMs)),
      observer: withTap({
        onFatal,
        onRaftEvent: (event) => logRaftEvent(raftLogger, event),
        onApplied: (entries) => {
          const last = entries.at(-1);
          if (last !== undefined) appliedEndOffset = last.offset + 1;
        },
      }, tap),
      ...raftSwitches(options.testOnlyBreakRaft),
    });
    started = raft;
    const recovered = raft.status();
    raftLogger.info('metadata log recovered', { ...describeRaft(recovered), clusterId });
    const controller = isController ? new QuorumController({
      runtime, config, logger, publisher, clusterId,
      propose: (payload) => raft.propose(payload),
      raftStatus: () => raft.status(),
      leadershipChanges: (listener) => raft.onLeadershipChange(listener),
      ...(options.testOnlyBreakCluster === undefined ? {} : { testOnlyBreakCluster: options.testOnlyBreakCluster }),
    }) : null;
    let controllerListener: KafkaListener | null = null;
    if (controller !== null) {
      try {
        controllerListener = await openControllerListener({
          network: runtime.network, clock: runtime.clock, logger: logger.child('controller-listener'),
          metrics: options.metrics,
          refusals: new RefusalLog({ logger: logger.child('controller-connection'), summaryIntervalMs: 60_000, clientsMax: 1024 }),
          name: ownControllerListener(config).name,
          address: ownControllerListener(config).address,
          frameBytesMax: config.socketRequestMaxBytes,
          drainTimeoutMs: options.drainTimeoutMs ?? 5_000,
          acceptPeer: (connection, buffered) => raft.acceptPeerConnection(connection, buffered),
          controller,
          quorum: new QuorumRequests({ raft, clock: runtime.clock, clusterId }),
          onFatal,
        });
      } catch (error) {
        controller.close();
        await raft.stop();
        throw error;
      }
    }
    const channel = new ControllerChannel({
      clock: runtime.clock, random: runtime.random, network: runtime.network,
      clientId: `broker-${config.nodeId}-to-controller`,
      requestTimeoutMs: controllerRequestTimeoutMs,
      // The leader the metadata log names; this node's own controller at its bound address.
      locate: () => {
        const leader = raft.status().leader;
        if (leader === null) return null;
        if (leader === raftNodeId(config.nodeId) && controllerListener !== null) return controllerListener.address;
        // Every voter the log named, so a broker follows the active controller onto an added voter.
        const known = raft.knownVoters().get(leader);
        return known === undefined ? null : dialAddress(known);
      },
    });
    try {
      await waitForMetadataCatchUp({
        clock: runtime.clock,
        raftStatus: () => raft.status(),
        recoveredEndOffset: recovered.endOffset,
        appliedEndOffset: () => appliedEndOffset,
        pollMs: raftTickMs,
        signal: options.signal,
      });
    } catch (error) {
      // Stopped before a quorum let it catch up: undo what started, as a failed broker start does.
      channel.close();
      // Together, as in stop(): the listener's close waits for the Raft peers' connections.
      await Promise.all([controllerListener?.stop(), raft.stop()]);
      controller?.close();
      logger.info('node stopped while starting');
      throw error;
    }
    raftLogger.info('metadata caught up', describeRaft(raft.status()));
    let brokerRole: BrokerRole | null = null;
    if (isBroker) {
      try {
        const logDirectoryIds = config.logDirs.map((directory) => directoryIds.get(directory) as Uuid);
        brokerRole = await startBroker(options, { clusterId, logDirectoryIds, publisher, raft, controller, channel, onFatal });
      } catch (error) {
        // A listener that cannot bind (port in use) must not leave Raft ticking and listening:
        // the process would never exit. Undo what started, then report the first failure.
        channel.close();
        await controllerListener?.stop();
        controller?.close();
        await raft.stop();
        throw error;
      }
    }
    const node = new WeirNode(options, clusterId, publisher, raft, controller, controllerListener, channel, brokerRole);
    node.stopSnapshots = snapshotWhenDue(publisher, () => raft.takeSnapshot(), {
      entriesBetweenSnapshots: options.snapshotEveryEntries ?? defaultSnapshotEveryEntries,
    });
    return node;
  }

  /**
   * Resolves once the node serves: a broker registered and unfenced, its partitions following
   * the images from its registration on; a controller caught up.
   */
  ready(): Promise<void> {
    const role = this.brokerRole;
    if (role === null) return Promise.resolve();
    return Promise.all([role.lifecycle.whenUnfenced(), role.broker.whenFollowingImages()]).then(() => undefined);
  }

  /** True while the node serves (ready and not stopping). */
  isReady(): boolean {
    const role = this.brokerRole;
    return (role === null || (role.lifecycle.isUnfenced() && role.broker.followsImages)) && !this.stopping;
  }

  /** The cluster id from this node's meta.properties (the same in every log directory). */
  clusterId(): Uuid {
    return this.clusterIdValue;
  }

  /** The bound Kafka client listener addresses, "host:port", in `listeners` order. */
  kafkaAddresses(): string[] {
    return this.brokerRole?.broker.boundAddresses().map((endpoint) => `${endpoint.host}:${endpoint.port}`) ?? [];
  }

  /** Where this node's controller listener is bound ('' on a broker-only node). */
  controllerAddress(): string {
    return this.controllerListener?.address ?? '';
  }

  /** The metadata quorum's state as this node sees it. */
  raftStatus(): RaftStatus {
    return this.raft.status();
  }

  /** The partition replicas this node's broker hosts (tests and the simulator's checkers); empty on a controller. */
  hostedPartitions(): Partition[] {
    return this.brokerRole?.broker.replicaManager.onlinePartitions() ?? [];
  }

  /** This node's group coordinator (tests and the simulator's checkers); null on a controller. */
  groupCoordinator(): GroupCoordinator | null {
    return this.brokerRole?.broker.groupCoordinator ?? null;
  }

  /**
   * The controller's gauges (ActiveControllerCount, OfflinePartitionsCount) now; null on a
   * broker-only node, which runs no controller.
   */
  controllerGauges(): ControllerGaugeSource | null {
    if (this.controller === null) return null;
    return { active: this.controller.isActive(), offlinePartitions: offlinePartitionsCount(this.publisher.current()) };
  }

  /** The groups this node's broker coordinates now (the lag metrics); empty on a controller. */
  coordinatedGroups(): CoordinatedGroup[] {
    return coordinatedGroups(this.brokerRole?.broker.groupCoordinator.loadedShards() ?? []);
  }

  /** The latest metadata image. */
  image(): MetadataImage {
    return this.publisher.current();
  }

  /**
   * Controlled shutdown, then stops accepting, answers in-flight requests, flushes logs, stops
   * the controller listener and Raft. Idempotent.
   */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.stopSnapshots();
    if (this.brokerRole !== null) {
      await this.brokerRole.lifecycle.shutDown(controlledShutdownTimeoutMs);
      const brokerEpoch = this.brokerRole.lifecycle.stop();
      await this.brokerRole.broker.stop();
      // The logs are flushed and closed: the next start may register at once (clean-shutdown.ts).
      if (brokerEpoch !== null) await markCleanShutdown(this.options.runtime.disk, this.options.config.logDirs, brokerEpoch);
    }
    this.channel.close();
    // Together: the listener's close waits for every connection it accepted to end, and the
    // Raft peers' among them end only when the driver stops.
    await Promise.all([this.controllerListener?.stop(), this.raft.stop()]);
    // Last: its session timer, and the commit waits of proposals the stopped driver will never
    // settle, would otherwise keep a stopped node's process alive.
    this.controller?.close();
    this.options.logger.info('node stopped');
  }
}

/** Starts the broker and its lifecycle with the controller. */
async function startBroker(options: WeirNodeOptions, parts: {
  readonly clusterId: string;
  readonly logDirectoryIds: readonly Uuid[];
  readonly publisher: MetadataPublisher;
  readonly raft: RaftDriver;
  readonly controller: QuorumController | null;
  readonly channel: ControllerChannel;
  readonly onFatal: (error: unknown) => void;
}): Promise<BrokerRole> {
  const { runtime, config, logger } = options;
  // One per process start: the broker's partitions wait for the image to show it registered.
  const incarnationId = uuidFromBytes(runtime.random.nextBytes(16));
  const broker = new Broker({
    runtime,
    config,
    logger,
    publisher: parts.publisher,
    incarnationId,
    controller: parts.controller,
    forwarder: new EnvelopeForwarder(parts.channel, forwardingDeadlineMs),
    alterPartition: (request) => sendAlterPartition(parts.channel, request),
    allocateProducerIds: (request) => sendAllocateProducerIds(parts.channel, request),
    raftStatus: () => parts.raft.status(),
    knownVoters: () => parts.raft.knownVoters(),
    metrics: options.metrics,
    onFatal: parts.onFatal,
    ...(options.drainTimeoutMs === undefined ? {} : { drainTimeoutMs: options.drainTimeoutMs }),
    ...(options.testOnly?.failRequestsOfClientId === undefined ? {}
      : { testOnlyFailRequestsOfClientId: options.testOnly.failRequestsOfClientId }),
    ...(options.testOnlyBreakDurability === undefined ? {} : { testOnlyBreakDurability: options.testOnlyBreakDurability }),
    ...(options.testOnlyBreakReplication === undefined ? {} : { testOnlyBreakReplication: options.testOnlyBreakReplication }),
    ...(options.testOnlyBreakGroups === undefined ? {} : { testOnlyBreakGroups: options.testOnlyBreakGroups }),
  });
  try {
    await broker.start();
  } catch (error) {
    await broker.stop().catch(() => {});
    throw error;
  }
  const previousBrokerEpoch = await takeCleanShutdownEpoch(runtime.disk, config.logDirs);
  const lifecycle = new BrokerLifecycle({
    brokerId: config.nodeId as NodeId,
    clusterId: parts.clusterId,
    incarnationId,
    clock: runtime.clock,
    logger: logger.child('lifecycle'),
    publisher: parts.publisher,
    channel: parts.channel,
    endpoints: () => registeredEndpoints(broker),
    rack: config.brokerRack === '' ? null : config.brokerRack,
    logDirectoryIds: parts.logDirectoryIds,
    heartbeatIntervalMs: config.brokerHeartbeatIntervalMs,
    previousBrokerEpoch,
    ...(options.testOnlyBreakCluster?.skipHeartbeats === true ? { testOnlySkipHeartbeats: true } : {}),
  });
  return { broker, lifecycle };
}

/** A leader's AlterPartition (v3: NewIsrWithEpochs) to the active controller; null without an answer. */
async function sendAlterPartition(channel: ControllerChannel, request: AlterPartitionRequest):
  Promise<AlterPartitionResponse | null> {
  const outcome = await channel.send<AlterPartitionResponse>({ apiKey: ApiKey.AlterPartition, body: request,
    versions: { lowestVersion: 3, highestVersion: 3 }, isNotController: answersNotController,
    deadlineMs: alterPartitionDeadlineMs, retryUnknownOutcome: true });
  return outcome.kind === 'response' ? outcome.body : null;
}

/**
 * A broker's AllocateProducerIds to the active controller; null without an answer. Sent again
 * after an unknown outcome: a block allocated but never answered is only skipped, never reused.
 */
async function sendAllocateProducerIds(channel: ControllerChannel, request: AllocateProducerIdsRequest):
  Promise<AllocateProducerIdsResponse | null> {
  const outcome = await channel.send<AllocateProducerIdsResponse>({ apiKey: ApiKey.AllocateProducerIds, body: request,
    isNotController: answersNotController, deadlineMs: allocateProducerIdsDeadlineMs, retryUnknownOutcome: true });
  return outcome.kind === 'response' ? outcome.body : null;
}

/** The endpoints clients reach this broker at: advertised.listeners, else the bound listeners. */
function registeredEndpoints(broker: Broker): BrokerEndpoint[] {
  return broker.advertisedEndpoints().map((endpoint) => ({
    name: endpoint.listenerName, host: endpoint.host, port: endpoint.port, securityProtocol: 0,
  }));
}

/** This controller's own listener: the first of `listeners` named in controller.listener.names. */
function ownControllerListener(config: NodeConfig): { name: string; address: string } {
  const own = config.listeners.find((listener) => config.controllerListenerNames.includes(listener.name));
  assert.ok(own !== undefined, 'a controller has a controller listener (the configuration checks it)');
  const host = own.host.includes(':') ? `[${own.host}]` : own.host;
  return { name: own.name, address: `${host}:${own.port}` };
}

/** The driver options that carry `broken`'s switches (none when it is left out). */
function raftSwitches(broken: TestOnlyBreakRaft | undefined): Partial<RaftDriverOptions> {
  if (broken === undefined) return {};
  return {
    ...(broken.core === undefined ? {} : { testOnlyBreakSafety: broken.core }),
    ...(broken.sendBeforePersist === true ? { testOnlySendBeforePersist: true } : {}),
    ...(broken.driver === undefined ? {} : { testOnlyBreakDriver: broken.driver }),
  };
}

/** The controller listener address of every voter, as controller.quorum.voters says. */
function voterAddresses(config: NodeConfig): Map<RaftNodeId, string> {
  const addresses = new Map<RaftNodeId, string>();
  for (const voter of config.controllerQuorumVoters) addresses.set(raftNodeId(voter.id), `${voter.host}:${voter.port}`);
  return addresses;
}
