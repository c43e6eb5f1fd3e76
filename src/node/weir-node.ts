// A Weir node: the assembly of one combined broker + controller on a KRaft metadata quorum
// (DESIGN.md "src/ — the node"; KIP-500, KIP-595, KIP-631). It runs on the runtime seam only, so
// the simulator can run it as it runs in production; src/cli/node.ts adds the process concerns
// (configuration file, signals, HTTP).
//
// Start-up, in order:
//   1. the metadata publisher (the StateMachine of the metadata log) and RaftDriver over
//      `__cluster_metadata-0` in the metadata log directory: recovery replays the log or
//      snapshot into the image before the node does anything else;
//   2. the quorum controller on the same RaftDriver (active while this node leads the quorum);
//   3. metadata catch-up (metadata-catch-up.ts): clients are served only once the image holds everything the log had
//      at start and a leader's high watermark covers it (as Kafka's broker waits for its initial
//      metadata catch-up); before that the image may lack topics that exist, and an answer such
//      as UNKNOWN_TOPIC_OR_PARTITION, or an auto-creation, would be wrong;
//   4. the broker: its replica manager follows the images, its Kafka listeners open (a port 0
//      listener is bound now, and its real port is what the broker registers and advertises);
//   5. registration (broker-lifecycle.ts): once the controller is active, the broker registers itself
//      (RegisterBrokerRecord) and, in a combined node, is unfenced at once. The node is ready
//      when the image shows this incarnation of the broker unfenced.
// Stop reverses it: stop accepting, answer in-flight requests and flush the logs (Broker.stop),
// then stop Raft.
import assert from 'node:assert/strict';
import {
  nodeId as raftNodeId, renderEvent, type NodeId as RaftNodeId, type RaftEvent, type RaftStatus,
} from '../../raft/mod.js';
import { Broker } from '../broker/broker.js';
import type { BrokerMetrics } from '../broker/metrics.js';
import { metadataLogDirectory, type NodeConfig } from '../config/node-config.js';
import { QuorumController } from '../controller/controller.js';
import type { Logger } from '../log/logger.js';
import type { BrokerEndpoint, MetadataImage } from '../metadata/image/metadata-image.js';
import { MetadataPublisher } from '../metadata/image/metadata-publisher.js';
import { snapshotWhenDue } from '../metadata/image/snapshot-policy.js';
import { uuidFromBytes, type NodeId, type Uuid } from '../protocol/mod.js';
import { RaftDriver } from '../quorum/raft-driver.js';
import type { Runtime } from '../runtime/seam.js';
import type { TestOnlyBreakDurability } from '../../storage/mod.js';
import { BrokerLifecycle } from './broker-lifecycle.js';
import { waitForMetadataCatchUp } from './metadata-catch-up.js';
import { prepareLogDirectories } from './log-directories.js';
import { randomKafkaUuid } from './meta-properties.js';

/** Length of one Raft tick; timeouts in the configuration are converted to ticks of this size. */
const raftTickMs = 20;
/**
 * Metadata entries applied between two snapshots of the image (KIP-630). Kafka's trigger is
 * metadata.log.max.record.bytes.between.snapshots (20 MiB); a count is simpler and metadata
 * entries are small, so 1024 entries bound the replay at start to well under a second.
 */
const defaultSnapshotEveryEntries = 1024;

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
}

/** One running node. Create with `WeirNode.start`. */
export class WeirNode {
  private stopping = false;
  private lifecycle: BrokerLifecycle | null = null;
  private stopSnapshots: () => void = () => {};
  private preparedClusterId = '' as Uuid;

  private constructor(
    private readonly options: WeirNodeOptions,
    private readonly publisher: MetadataPublisher,
    private readonly raft: RaftDriver,
    private readonly broker: Broker,
  ) {}

  /** Recovers the metadata log, starts Raft, the controller and the broker, then registers. */
  static async start(options: WeirNodeOptions): Promise<WeirNode> {
    const { runtime, config, logger } = options;
    // Before any log is opened: every directory is this node's and this cluster's (log-directories.ts).
    const directories = await prepareLogDirectories(runtime, { directories: [...config.logDirs, metadataLogDirectory(config)],
      nodeId: config.nodeId, clusterIdForNewDirectories: options.clusterId ?? randomKafkaUuid(runtime.random) });
    assert.ok(config.processRoles.includes('broker') && config.processRoles.includes('controller'),
      'this node runs combined (broker and controller); separate roles come with the multi-node issue');
    const publisher = new MetadataPublisher({ checkInvariants: options.checkInvariants ?? false });
    let fatalReported = false;
    const onFatal = (error: unknown): void => {
      if (fatalReported) return;
      fatalReported = true;
      options.onFatal(error);
    };
    const raftLogger = logger.child('raft');
    // The end of the metadata log the image has applied (snapshot restores count via the log start).
    let appliedEndOffset = 0;
    const raft = await RaftDriver.start({
      runtime,
      id: raftNodeId(config.nodeId),
      voters: config.controllerQuorumVoters.map((voter) => raftNodeId(voter.id)),
      addresses: voterAddresses(config),
      dataDirectory: metadataLogDirectory(config),
      stateMachine: publisher,
      tickMs: raftTickMs,
      electionTimeoutTicks: Math.max(2, Math.ceil(config.electionTimeoutMs / raftTickMs)),
      fetchTimeoutTicks: Math.max(4, Math.ceil(config.fetchTimeoutMs / raftTickMs)),
      observer: {
        onFatal,
        onRaftEvent: (event) => logRaftEvent(raftLogger, event),
        onApplied: (entries) => {
          const last = entries.at(-1);
          if (last !== undefined) appliedEndOffset = last.offset + 1;
        },
      },
    });
    const recovered = raft.status();
    raftLogger.info('metadata log recovered', describeRaft(recovered));
    await waitForMetadataCatchUp({
      clock: runtime.clock,
      raftStatus: () => raft.status(),
      recoveredEndOffset: recovered.endOffset,
      appliedEndOffset: () => appliedEndOffset,
      pollMs: raftTickMs,
    });
    raftLogger.info('metadata caught up', describeRaft(raft.status()));
    const controller = new QuorumController({
      runtime,
      config,
      logger,
      publisher,
      propose: (payload) => raft.propose(payload),
      raftStatus: () => raft.status(),
    });
    const broker = new Broker({
      runtime,
      config,
      logger,
      publisher,
      controller,
      raftStatus: () => raft.status(),
      metrics: options.metrics,
      onFatal,
      ...(options.drainTimeoutMs === undefined ? {} : { drainTimeoutMs: options.drainTimeoutMs }),
      ...(options.testOnly?.failRequestsOfClientId === undefined ? {}
        : { testOnlyFailRequestsOfClientId: options.testOnly.failRequestsOfClientId }),
      ...(options.testOnlyBreakDurability === undefined ? {} : { testOnlyBreakDurability: options.testOnlyBreakDurability }),
    });
    try {
      await broker.start();
    } catch (error) {
      // A listener that cannot bind (port in use) must not leave Raft ticking and listening:
      // the process would never exit. Undo what started, then report the first failure.
      await broker.stop().catch(() => {});
      await raft.stop();
      throw error;
    }
    const node = new WeirNode(options, publisher, raft, broker);
    node.preparedClusterId = directories.clusterId;
    node.stopSnapshots = snapshotWhenDue(publisher, () => raft.takeSnapshot(), {
      entriesBetweenSnapshots: options.snapshotEveryEntries ?? defaultSnapshotEveryEntries,
    });
    node.lifecycle = new BrokerLifecycle({
      brokerId: config.nodeId as NodeId,
      incarnationId: uuidFromBytes(runtime.random.nextBytes(16)),
      clock: runtime.clock,
      logger,
      publisher,
      controller,
      endpoints: () => registeredEndpoints(broker),
      onFatal,
    });
    return node;
  }

  /** The cluster id from this node's meta.properties (the same in every log directory). */
  clusterId(): Uuid {
    return this.preparedClusterId;
  }

  /** Resolves once the node serves clients: its broker registered and unfenced in the image. */
  ready(): Promise<void> {
    assert.ok(this.lifecycle !== null, 'the node has started');
    return this.lifecycle.whenUnfenced();
  }

  /** True while the node serves clients (ready and not stopping). */
  isReady(): boolean {
    return (this.lifecycle?.isUnfenced() ?? false) && !this.stopping;
  }

  /** The bound Kafka client listener addresses, "host:port", in `listeners` order. */
  kafkaAddresses(): string[] {
    return this.broker.boundAddresses().map((endpoint) => `${endpoint.host}:${endpoint.port}`);
  }

  /** Where this node's Raft RPC listens (the controller listener as configured). */
  controllerAddress(): string {
    return voterAddresses(this.options.config).get(raftNodeId(this.options.config.nodeId)) ?? '';
  }

  /** The metadata quorum's state as this node sees it. */
  raftStatus(): RaftStatus {
    return this.raft.status();
  }

  /** The latest metadata image. */
  image(): MetadataImage {
    return this.publisher.current();
  }

  /** Stops accepting, answers in-flight requests, flushes logs, stops Raft. Idempotent. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.lifecycle?.stop();
    this.stopSnapshots();
    await this.broker.stop();
    await this.raft.stop();
    this.options.logger.info('node stopped');
  }

}

/** The endpoints clients reach this broker at: advertised.listeners, else the bound listeners. */
function registeredEndpoints(broker: Broker): BrokerEndpoint[] {
  return broker.advertisedEndpoints().map((endpoint) => ({
    name: endpoint.listenerName, host: endpoint.host, port: endpoint.port, securityProtocol: 0,
  }));
}

/**
 * Raft RPC addresses by voter id: this node listens on its controller listener (where a port 0
 * is allowed; a quorum of one never dials itself) and reaches the others as the voter list says.
 */
function voterAddresses(config: NodeConfig): Map<RaftNodeId, string> {
  const addresses = new Map<RaftNodeId, string>();
  for (const voter of config.controllerQuorumVoters) addresses.set(raftNodeId(voter.id), `${voter.host}:${voter.port}`);
  const own = config.listeners.find((listener) => config.controllerListenerNames.includes(listener.name));
  if (own !== undefined) addresses.set(raftNodeId(config.nodeId), `${own.host}:${own.port}`);
  return addresses;
}

/** Role changes and snapshots are worth a line each; per-entry events are too many for stdout. */
function logRaftEvent(logger: Logger, event: RaftEvent): void {
  switch (event.type) {
    case 'became-unattached':
    case 'became-prospective':
    case 'became-candidate':
    case 'became-leader':
    case 'became-follower':
    case 'resigned':
    case 'voters-changed':
    case 'snapshot-taken':
    case 'snapshot-installed':
    case 'log-truncated':
      logger.info(renderEvent(event));
      return;
    case 'vote-answered':
    case 'vote-received':
    case 'entries-appended':
    case 'high-watermark-advanced':
    case 'snapshot-fetch-started':
      logger.debug(renderEvent(event));
      return;
    default: {
      const unexpected: never = event;
      assert.fail(`unknown Raft event ${String(unexpected)}`);
    }
  }
}

function describeRaft(status: RaftStatus): Record<string, number | string | null> {
  return {
    epoch: status.epoch, role: status.role, leader: status.leader,
    endOffset: status.endOffset, highWatermark: status.highWatermark,
  };
}
