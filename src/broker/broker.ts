// The broker of a Weir node (DESIGN.md, src/broker): Kafka listeners, request dispatch and the
// hosted partitions, following the metadata image that the committed metadata log builds. It
// never writes metadata: admin requests go to the controller, whose committed records come back
// as new images. Assembled by src/node/weir-node.ts; runs on the Runtime seam only, so the simulator
// can run it too.
//
//   start(): follow images (open logs, take roles; after each image the replica fetchers follow
//            the follower partitions' leaders) → open client listeners. A broker that registers
//            (`incarnationId`) follows images only from the first that shows this incarnation
//            registered: a restarted broker's recovered image may still name it leader of an
//            epoch it led before the crash, with a high watermark newer than its checkpoint, and
//            leadership moves away in the same write that registers it (broker-registration.ts
//            newRegistration). Kafka's BrokerServer likewise publishes no image to its replica
//            manager before the initial catch-up past its registration.
//   stop():  stop accepting → answer what connections already sent (long polls end at once;
//            at most drainTimeoutMs, then the rest are closed) → stop following images and
//            fetching → flush and close every log
import assert from 'node:assert/strict';
import type { RaftStatus } from '../../raft/mod.js';
import type { NodeConfig } from '../config/node-config.js';
import type { Logger } from '../log/logger.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import { nodeId as brandNodeId } from '../protocol/mod.js';
import type { NodeId, Uuid } from '../protocol/mod.js';
import type { Connection, Runtime } from '../runtime/seam.js';
import type { ControllerForwarder } from '../net/envelope-forwarder.js';
import { KafkaListener } from '../net/kafka-listener.js';
import { ControllerRouter } from './controller-router.js';
import type { AdvertisedEndpoint, BrokerServices, ControllerApi, QuorumVoter, RequestContext } from './broker-services.js';
import { staticVoters } from './handlers/describe-quorum.js';
import { KafkaConnection } from './connection.js';
import { RefusalLog } from './refusal-log.js';
import { advertisedApiVersions, dispatch, isAdvertised } from './dispatch.js';
import type { HandlerOutcome } from './dispatch.js';
import type { BrokerMetrics } from './metrics.js';
import { ReplicaManager } from './replica-manager.js';
import { FetcherManager } from './fetcher/fetcher-manager.js';
import { IsrProposer } from './isr-proposer.js';
import { GroupCoordinator } from '../group/runtime/group-coordinator.js';
import { coordinatorSettings } from '../group/runtime/coordinator-settings.js';
import { settingsOfTopic } from './partition/partition-settings.js';
import { replicationGauges } from './replication-gauges.js';
import { withDynamicBrokerConfigs } from '../controller/broker-config-table.js';
import type { AlterPartitionRequest, AlterPartitionResponse } from '../protocol/generated/messages/alter-partition.js';
import type {
  AllocateProducerIdsRequest, AllocateProducerIdsResponse,
} from '../protocol/generated/messages/allocate-producer-ids.js';
import { ProducerIdManager } from './producer-ids/producer-id-manager.js';
import { KafkaClient } from '../net/kafka-client/kafka-client.js';
import type { TestOnlyBreakDurability } from '../../storage/mod.js';
import type { TestOnlyBreakReplication } from './test-only-break-replication.js';
import type { TestOnlyBreakGroups } from '../group/runtime/test-only-break-groups.js';

/** Where images come from: the MetadataPublisher satisfies it. */
export interface MetadataSource {
  current(): MetadataImage;
  /** Calls `listener` with every later image; returns its removal. */
  subscribe(listener: (image: MetadataImage) => void): () => void;
}

/** What a Broker is assembled from (src/node/weir-node.ts builds it). */
export interface BrokerOptions {
  readonly runtime: Runtime;
  readonly config: NodeConfig;
  readonly logger: Logger;
  readonly publisher: MetadataSource;
  /** This node's controller (combined mode), or null on a broker-only node. */
  readonly controller: ControllerApi | null;
  /**
   * The incarnation id this broker registers with (broker-lifecycle.ts): its partitions follow
   * images only once one shows this incarnation registered. Absent: a broker that never
   * registers (tests of one broker over hand-made images) follows every image.
   */
  readonly incarnationId?: Uuid;
  /** The way to the active controller on other nodes; null when there are none (a quorum of one). */
  readonly forwarder?: ControllerForwarder | null;
  /**
   * Sends a leader's AlterPartition to the active controller (the controller channel): its
   * answer, or null when none came. Absent: ISR changes are never proposed (one replica).
   */
  readonly alterPartition?: (request: AlterPartitionRequest) => Promise<AlterPartitionResponse | null>;
  /**
   * Sends AllocateProducerIds to the active controller (the controller channel): its answer, or
   * null when none came. Absent: no producer ids (InitProducerId answers COORDINATOR_LOAD_IN_PROGRESS).
   */
  readonly allocateProducerIds?: (request: AllocateProducerIdsRequest) => Promise<AllocateProducerIdsResponse | null>;
  readonly raftStatus: () => RaftStatus;
  /**
   * The voters the metadata quorum knows (RaftDriver.knownVoters), for DescribeQuorum; without
   * it (a broker on its own in tests), the static controller.quorum.voters.
   */
  readonly knownVoters?: () => ReadonlyMap<number, QuorumVoter>;
  readonly metrics: BrokerMetrics;
  /** A bug surfaced in a request handler; the node must stop. Default: rethrow (crash). */
  readonly onFatal?: (error: unknown) => void;
  /** Requests handled at once per connection (default 16); responses stay in order. */
  readonly inFlightRequestsMax?: number;
  /** Frames queued per connection behind a full window at which it stops reading (default 1024). */
  readonly queuedFramesMax?: number;
  /** Retention check interval (default 5 minutes, Kafka's log.retention.check.interval.ms). */
  readonly retentionCheckIntervalMs?: number;
  /** flush.ms check interval (default 1 second). */
  readonly flushCheckIntervalMs?: number;
  /** How long stop() lets connections answer what they received (default 5 seconds). */
  readonly drainTimeoutMs?: number;
  /**
   * Tests of the fatal-error path only: a request with this client id fails an assertion in its
   * handler, as a bug would. Never set outside tests.
   */
  readonly testOnlyFailRequestsOfClientId?: string;
  /** Test only: breaks every partition log's durability on purpose (simulator negative controls). */
  readonly testOnlyBreakDurability?: TestOnlyBreakDurability;
  /** Test only: breaks replication on purpose (simulator negative controls). */
  readonly testOnlyBreakReplication?: TestOnlyBreakReplication;
  /** Test only: breaks the group coordinator on purpose (negative controls). */
  readonly testOnlyBreakGroups?: TestOnlyBreakGroups;
}

/**
 * The default bound of the shutdown drain: long enough for requests already received to be
 * answered (long polls end at once on stop), short enough that a stopping node, after a fatal
 * error above all, ends whatever its clients do.
 */
export const defaultDrainTimeoutMs = 5_000;

/** A bound client listener. */
export interface BoundAddress {
  readonly listenerName: string;
  readonly host: string;
  readonly port: number;
}

type State = 'new' | 'starting' | 'running' | 'stopping' | 'stopped';

/** Kafka's replica.fetch.wait.max.ms: how long a leader holds a follower's fetch with no new data. */
const replicaFetchWaitMaxMs = 500;
/** Kafka's replica.fetch.max.bytes (per partition, at least one batch) and replica.fetch.response.max.bytes. */
const replicaFetchMaxBytes = 1_048_576;
const replicaFetchResponseMaxBytes = 10_485_760;
/** Kafka's replica.fetch.backoff.ms: the wait after a failed fetch. */
const replicaFetchBackoffMs = 1_000;
/** How long a replica fetch waits for its answer (well past the long poll). */
const replicaFetchRequestTimeoutMs = 10_000;

/** The Kafka broker of one node. */
export class Broker {
  private state: State = 'new';
  private readonly replicas: ReplicaManager;
  private readonly fetchers: FetcherManager;
  private readonly isr: IsrProposer;
  private readonly groups: GroupCoordinator;
  private readonly producerIds: ProducerIdManager;
  /** The replica fetchers' client: one connection per leader broker. */
  private readonly fetchClient: KafkaClient;
  private readonly listeners: KafkaListener[] = [];
  private readonly stoppingListeners = new Set<() => void>();
  private unsubscribe: () => void = () => {};
  /** Settles once the partitions follow the images (this incarnation's registration seen). */
  private readonly following: Promise<void>;
  private startFollowing: () => void = () => {};
  private isFollowing = false;
  /** Set once the first followed image has been applied. */
  private hasFollowed = false;
  private readonly services: BrokerServices;
  private readonly nodeId: NodeId;
  /** One for all connections: a client that reconnects to repeat a refusal is logged once. */
  private readonly refusals: RefusalLog;

  constructor(private readonly options: BrokerOptions) {
    this.nodeId = brandNodeId(options.config.nodeId);
    this.following = new Promise((resolve) => { this.startFollowing = resolve; });
    this.refusals = new RefusalLog({ logger: options.logger.child('connection'), summaryIntervalMs: 60_000,
      clientsMax: 1024 });
    this.replicas = new ReplicaManager({ runtime: options.runtime, config: options.config, nodeId: this.nodeId,
      logger: options.logger.child('replicas'), metrics: options.metrics, onFatal: (error) => this.fatal(error),
      ...(options.retentionCheckIntervalMs === undefined ? {} : { retentionCheckIntervalMs: options.retentionCheckIntervalMs }),
      ...(options.flushCheckIntervalMs === undefined ? {} : { flushCheckIntervalMs: options.flushCheckIntervalMs }),
      ...(options.testOnlyBreakDurability === undefined ? {} : { testOnlyBreakDurability: options.testOnlyBreakDurability }) });
    this.fetchClient = new KafkaClient({ clock: options.runtime.clock, random: options.runtime.random,
      network: options.runtime.network, clientId: `broker-${options.config.nodeId}-fetcher`,
      requestTimeoutMs: replicaFetchRequestTimeoutMs });
    this.fetchers = new FetcherManager({ nodeId: this.nodeId, client: this.fetchClient, clock: options.runtime.clock,
      logger: options.logger.child('fetcher'), locate: (brokerId) => this.brokerAddress(brokerId),
      limits: () => ({ replicaId: this.nodeId, brokerEpoch: options.publisher.current().brokers.get(this.nodeId)?.epoch ?? -1,
        maxWaitMs: replicaFetchWaitMaxMs, minBytes: 1, maxBytes: replicaFetchResponseMaxBytes,
        partitionMaxBytes: replicaFetchMaxBytes }),
      backoffMs: replicaFetchBackoffMs, onFatal: (error) => this.fatal(error),
      truncateToHighWatermark: options.testOnlyBreakReplication?.truncateToHighWatermark === true });
    this.isr = new IsrProposer({ nodeId: this.nodeId, clock: options.runtime.clock, logger: options.logger.child('isr'),
      lagTimeMaxMs: options.config.replicaLagTimeMaxMs, image: () => options.publisher.current(),
      partitions: () => this.replicas.onlinePartitions(),
      send: options.alterPartition ?? (() => Promise.resolve(null)), onFatal: (error) => this.fatal(error),
      onCommitted: (change) => options.metrics.recordIsrChange(change) });
    this.groups = new GroupCoordinator({ nodeId: this.nodeId, clock: options.runtime.clock, random: options.runtime.random,
      settings: coordinatorSettings(options.config), logger: options.logger.child('group-coordinator'),
      lookup: (image, topicName, partitionIndex) => this.replicas.lookup(image, topicName, partitionIndex),
      image: () => options.publisher.current(),
      isStopping: () => this.state === 'stopping' || this.state === 'stopped',
      onStopping: (listener) => this.services.onStopping(listener),
      onFatal: (error) => this.fatal(error),
      ...(options.testOnlyBreakGroups === undefined ? {} : { testOnlyBreakGroups: options.testOnlyBreakGroups }) });
    this.producerIds = new ProducerIdManager({ brokerId: this.nodeId, clock: options.runtime.clock,
      brokerEpoch: () => BigInt(options.publisher.current().brokers.get(this.nodeId)?.epoch ?? -1),
      allocate: options.allocateProducerIds ?? (() => Promise.resolve(null)),
      logger: options.logger.child('producer-ids'), onFatal: (error) => this.fatal(error) });
    this.services = {
      nodeId: this.nodeId,
      config: options.config,
      clock: options.runtime.clock,
      logger: options.logger,
      metrics: options.metrics,
      image: () => options.publisher.current(),
      replicas: this.replicas,
      groups: this.groups,
      producerIds: this.producerIds,
      controller: new ControllerRouter({ local: options.controller, forwarder: options.forwarder ?? null,
        logger: options.logger.child('forwarding') }),
      raftStatus: options.raftStatus,
      knownVoters: options.knownVoters ?? ((): ReadonlyMap<number, QuorumVoter> => staticVoters(options.config)),
      advertisedEndpoints: () => this.advertisedEndpoints(),
      isStopping: () => this.state === 'stopping' || this.state === 'stopped',
      onFollowerFetch: (partition) => this.isr.onFollowerFetch(partition),
      testOnlyAcknowledgeBeforeReplicated: options.testOnlyBreakReplication?.acknowledgeBeforeReplicated === true,
      testOnlyShowUnknownHighWatermark: options.testOnlyBreakReplication?.showUnknownHighWatermark === true,
      testOnlyServeAboveHighWatermark: options.testOnlyBreakReplication?.serveAboveHighWatermark === true,
      onStopping: (listener) => {
        this.stoppingListeners.add(listener);
        return () => { this.stoppingListeners.delete(listener); };
      },
    };
  }

  /** The group coordinator (tests, metrics, the simulator's checkers). */
  get groupCoordinator(): GroupCoordinator {
    return this.groups;
  }

  /** The partitions this broker hosts (tests, metrics, the simulator's checkers). */
  get replicaManager(): ReplicaManager {
    return this.replicas;
  }

  /** Opens the hosted logs from the current image (once following), then the client listeners. */
  async start(): Promise<void> {
    assert.equal(this.state, 'new', 'a broker starts once');
    this.state = 'starting';
    await this.replicas.prepare();
    this.unsubscribe = this.options.publisher.subscribe((image) => { void this.follow(image); });
    await this.follow(this.options.publisher.current());
    this.replicas.startMaintenance();
    this.isr.start();
    for (const listener of this.clientListeners()) {
      const address = listener.host.includes(':') ? `[${listener.host}]:${listener.port}` : `${listener.host}:${listener.port}`;
      this.listeners.push(await KafkaListener.open({
        network: this.options.runtime.network,
        name: listener.name,
        address,
        logger: this.options.logger.child('kafka-listener'),
        clock: this.options.runtime.clock,
        drainTimeoutMs: this.options.drainTimeoutMs ?? defaultDrainTimeoutMs,
        serve: (connection, listenerName, onClosed) => this.serve(connection, listenerName, onClosed),
      }));
    }
    this.state = 'running';
  }

  /**
   * Resolves once the hosted partitions follow the images: at once for a broker that does not
   * register, else once the image shows this incarnation registered and has been applied.
   */
  whenFollowingImages(): Promise<void> {
    return this.following;
  }

  /** True once whenFollowingImages() has resolved. */
  get followsImages(): boolean {
    return this.hasFollowed;
  }

  /** Applies `image` to the hosted partitions, unless this incarnation is not registered yet. */
  private async follow(image: MetadataImage): Promise<void> {
    if (!this.isFollowing) {
      const { incarnationId } = this.options;
      const unregistered = incarnationId !== undefined && image.brokers.get(this.nodeId)?.incarnationId !== incarnationId;
      if (unregistered && this.options.testOnlyBreakReplication?.leadBeforeRegistration !== true) return;
      this.isFollowing = true;
      if (incarnationId !== undefined) {
        this.options.logger.info('partitions follow the metadata image from this incarnation\'s registration',
          { offset: image.offset });
      }
    }
    await this.replicas.applyImage(image);
    this.fetchers.reconcile(this.replicas.onlinePartitions());
    this.groups.onImage(image);
    this.reportReplicationGauges();
    this.hasFollowed = true;
    this.startFollowing();
  }

  /**
   * Reports the replication gauges from the newest image (not `image` of the follow that just
   * finished: follows may settle out of order) and the partitions offline now.
   */
  private reportReplicationGauges(): void {
    const image = this.options.publisher.current();
    const defaults = withDynamicBrokerConfigs(this.options.config, image, this.nodeId);
    this.options.metrics.setReplicationGauges(replicationGauges(image, { nodeId: this.nodeId,
      minInsyncReplicasOf: (topic) => settingsOfTopic(topic.configs, defaults).minInsyncReplicas,
      offlineReplicaCount: this.replicas.offlinePartitionCount() }));
  }

  private clientListeners(): NodeConfig['listeners'] {
    return this.options.config.listeners.filter((listener) =>
      !this.options.config.controllerListenerNames.includes(listener.name));
  }

  private serve(connection: Connection, listenerName: string, onClosed: () => void): KafkaConnection {
    return new KafkaConnection({
      connection,
      listenerName,
      clock: this.options.runtime.clock,
      logger: this.options.logger.child('connection'),
      refusals: this.refusals,
      metrics: this.options.metrics,
      frameBytesMax: this.options.config.socketRequestMaxBytes,
      inFlightMax: this.options.inFlightRequestsMax ?? 16,
      queuedFramesMax: this.options.queuedFramesMax ?? 1024,
      isAdvertised,
      advertisedRanges: advertisedApiVersions,
      dispatch: (context, apiKey, body) => this.dispatchFromConnection(context, apiKey, body),
      onFatal: (error) => this.fatal(error),
      onClosed,
    });
  }

  private dispatchFromConnection(context: RequestContext, apiKey: number, body: object): Promise<HandlerOutcome> {
    const failing = this.options.testOnlyFailRequestsOfClientId;
    if (failing !== undefined && context.clientId === failing) {
      return Promise.reject(new assert.AssertionError({ message: `test-only failure of a request from "${failing}"` }));
    }
    return dispatch(this.services, context, apiKey, body);
  }

  private fatal(error: unknown): void {
    this.options.logger.error('broker failed an assertion', { error: String(error) });
    if (this.options.onFatal !== undefined) {
      this.options.onFatal(error);
      return;
    }
    throw error;
  }

  /**
   * Handles one decoded request in-process, as a connection would after decoding it (the
   * simulator's clients, tests). Returns undefined for an API or version not advertised, which a
   * connection would answer by closing.
   */
  handleRequest(apiKey: number, apiVersion: number, body: object,
    options: { correlationId?: number; clientId?: string | null } = {}): Promise<HandlerOutcome> | undefined {
    if (!isAdvertised(apiKey, apiVersion)) return undefined;
    const listenerName = this.clientListeners()[0]?.name ?? 'PLAINTEXT';
    return dispatch(this.services, { apiVersion, correlationId: options.correlationId ?? 0,
      clientId: options.clientId ?? null, listenerName, remoteAddress: 'in-process' }, apiKey, body);
  }

  /** The bound client listeners (a configured port 0 resolved). */
  boundAddresses(): BoundAddress[] {
    return this.listeners.map((listener) => {
      const cut = listener.address.lastIndexOf(':');
      const host = listener.address.slice(0, cut).replace(/^\[(.*)\]$/, '$1');
      return { listenerName: listener.name, host, port: Number(listener.address.slice(cut + 1)) };
    });
  }

  /**
   * Where broker `brokerId` is reached for replica fetches: its registered endpoint on this
   * broker's first client listener name (Kafka's inter.broker.listener.name), else its first.
   */
  private brokerAddress(brokerId: number): string | null {
    const broker = this.options.publisher.current().brokers.get(brokerId as NodeId);
    const name = this.clientListeners()[0]?.name;
    const endpoint = broker?.listeners.find((listener) => listener.name === name) ?? broker?.listeners[0];
    if (endpoint === undefined) return null;
    return endpoint.host.includes(':') ? `[${endpoint.host}]:${endpoint.port}` : `${endpoint.host}:${endpoint.port}`;
  }

  /** advertised.listeners for the client listeners, else the bound addresses. */
  advertisedEndpoints(): AdvertisedEndpoint[] {
    const clientNames = new Set(this.clientListeners().map((listener) => listener.name));
    const advertised = this.options.config.advertisedListeners.filter((listener) => clientNames.has(listener.name));
    if (advertised.length > 0) {
      return advertised.map((listener) => ({ listenerName: listener.name, host: listener.host, port: listener.port }));
    }
    return this.boundAddresses().map((bound) => ({ ...bound,
      host: bound.host === '0.0.0.0' || bound.host === '' || bound.host === '::' ? '127.0.0.1' : bound.host }));
  }

  /** Stops accepting, answers requests already received, then flushes and closes every log. */
  async stop(): Promise<void> {
    if (this.state === 'stopping' || this.state === 'stopped') return;
    this.state = 'stopping';
    for (const listener of [...this.stoppingListeners]) listener();
    this.stoppingListeners.clear();
    await Promise.all(this.listeners.map((listener) => listener.stop()));
    this.refusals.flush(this.options.runtime.clock.monotonicNow());
    this.unsubscribe();
    this.fetchers.stop();
    this.isr.stop();
    this.groups.stop();
    this.fetchClient.close();
    await this.replicas.stop();
    this.state = 'stopped';
    this.options.logger.info('broker stopped');
  }
}
