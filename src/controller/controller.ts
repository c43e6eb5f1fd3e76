// The quorum controller (KIP-631; Kafka's QuorumController): active on the node that leads the
// metadata Raft quorum, it validates admin requests against the current metadata image and turns
// them into metadata records, its only output. Each operation is planned by a pure function
// (create-topics.ts, ...), its records are proposed as one Raft entry, and the answer is sent once
// that entry is committed and applied, so the image already shows the change when the client
// hears of it.
//
// Operations run one at a time, in arrival order: each is planned against an image that already
// reflects every earlier operation, so two requests cannot both create the same topic. A node
// that does not lead, or leads but has not yet applied an entry of its own epoch (so its image may
// miss earlier epochs' entries), answers NOT_CONTROLLER, which clients retry. So does a leader
// whose last proposal timed out without settling: that entry may still commit, and planning
// against an image without it could, say, create a topic twice. When this node stops leading,
// the controller renounces, as Kafka's QuorumController does: every operation still waiting for
// its entry to commit is answered NOT_CONTROLLER at once (the next controller may yet commit the
// entry, which a client's retry then finds), instead of waiting out the commit timeout.
import type { TestOnlyBreakCluster } from '../metadata/test-only-break-cluster.js';
import assert from 'node:assert/strict';

import type { RaftStatus } from '../../raft/mod.js';
import type { ProposalOutcome } from '../quorum/state-machine.js';
import type { Logger } from '../log/logger.js';
import type { Runtime } from '../runtime/seam.js';
import { ErrorCode } from '../protocol/mod.js';
import type { AlterConfigsRequest, AlterConfigsResponse } from '../protocol/generated/messages/alter-configs.js';
import type {
  CreatePartitionsRequest, CreatePartitionsResponse,
} from '../protocol/generated/messages/create-partitions.js';
import type { CreateTopicsRequest, CreateTopicsResponse } from '../protocol/generated/messages/create-topics.js';
import type { DeleteTopicsRequest, DeleteTopicsResponse } from '../protocol/generated/messages/delete-topics.js';
import type {
  IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse,
} from '../protocol/generated/messages/incremental-alter-configs.js';
import type {
  BrokerHeartbeatRequest, BrokerHeartbeatResponse,
} from '../protocol/generated/messages/broker-heartbeat.js';
import type { AlterPartitionRequest, AlterPartitionResponse } from '../protocol/generated/messages/alter-partition.js';
import type {
  AllocateProducerIdsRequest, AllocateProducerIdsResponse,
} from '../protocol/generated/messages/allocate-producer-ids.js';
import type {
  BrokerRegistrationRequest, BrokerRegistrationResponse,
} from '../protocol/generated/messages/broker-registration.js';
import type {
  UnregisterBrokerRequest, UnregisterBrokerResponse,
} from '../protocol/generated/messages/unregister-broker.js';
import type { ElectLeadersRequest, ElectLeadersResponse } from '../protocol/generated/messages/elect-leaders.js';
import type {
  AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse,
} from '../protocol/generated/messages/alter-partition-reassignments.js';
import type {
  ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse,
} from '../protocol/generated/messages/list-partition-reassignments.js';
import type { NodeConfig } from '../config/node-config.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import { encodeMetadataRecords, type MetadataRecord } from '../metadata/metadata-records.js';
import type { MetadataPublisher } from '../metadata/image/metadata-publisher.js';
import { planAlterConfigs, planIncrementalAlterConfigs, rejectAlterConfigs } from './alter-configs.js';
import { planAlterPartition, rejectAlterPartition } from './alter-partition.js';
import { planAllocateProducerIds, rejectAllocateProducerIds } from './allocate-producer-ids.js';
import { withDynamicBrokerConfigs } from './broker-config-table.js';
import { BrokerLifecycleControl, type CommitOutcome } from './broker-lifecycle-control.js';
import { bootstrapRecords, type BrokerRegistration, type BrokerRegistrationReply } from './broker-registration.js';
import type { ControllerDefaults, Plan, PlanContext } from './controller-plan.js';
import { planCreatePartitions, rejectCreatePartitions } from './create-partitions.js';
import { planCreateTopics, rejectCreateTopics } from './create-topics.js';
import { planDeleteTopics, rejectDeleteTopics } from './delete-topics.js';
import { planElectLeaders, rejectElectLeaders } from './elect-leaders.js';
import { replicationPolicy, type ReplicationPolicy } from './replication-policy.js';
import { PartitionMaintenance } from './partition-maintenance.js';
import {
  planAlterPartitionReassignments, planListPartitionReassignments, rejectAlterPartitionReassignments,
  rejectListPartitionReassignments,
} from './reassignment.js';
import { uncleanElectionsIn, warnOfUncleanElections } from './unclean-elections.js';

export type { BrokerRegistration, BrokerRegistrationReply } from './broker-registration.js';
export type { ControllerDefaults } from './controller-plan.js';

/** What a QuorumController is built from. */
export interface QuorumControllerOptions {
  /** Only the clock (commit timeouts, broker sessions) and random (topic ids) are used. */
  readonly runtime: Pick<Runtime, 'clock' | 'random'>;
  /**
   * The node configuration (a NodeConfig fits): defaults for topics and partitions, and
   * broker.session.timeout.ms.
   */
  readonly config: ControllerDefaults & Pick<NodeConfig, 'brokerSessionTimeoutMs' | 'autoLeaderRebalanceEnable' |
    'leaderImbalanceCheckIntervalSeconds' | 'leaderImbalancePerBrokerPercentage'>;
  /**
   * The node's cluster id (from meta.properties): the bootstrap records write it, and
   * registrations of another cluster are refused. Without one (tests of the controller alone, and
   * until the node passes it) the first write draws a random id.
   */
  readonly clusterId?: string;
  readonly logger: Logger;
  /** The image of the committed metadata log, fed by the same RaftDriver. */
  readonly publisher: MetadataPublisher;
  /** Proposes one metadata log entry (RaftDriver.propose). */
  readonly propose: (payload: Uint8Array) => Promise<ProposalOutcome>;
  /** The Raft node's status (RaftDriver.status): the controller is active while it leads. */
  readonly raftStatus: () => Pick<RaftStatus, 'role' | 'epoch'>;
  /**
   * Subscribes to the Raft node's leadership changes (RaftDriver.onLeadershipChange) and returns
   * the unsubscribe function: when this node stops leading, the controller renounces. Without it
   * an operation waits for its entry's fate or the commit timeout.
   */
  readonly leadershipChanges?: (listener: () => void) => () => void;
  /** Longest wait for an entry to commit before answering REQUEST_TIMED_OUT. Default 30000. */
  readonly commitTimeoutMs?: number;
  /** Most operations waiting their turn; more are answered REQUEST_TIMED_OUT. Default 1000. */
  readonly queuedOperationsMax?: number;
  /** Test only (sim/cluster/ negative controls): see TestOnlyBreakCluster. */
  readonly testOnlyBreakCluster?: TestOnlyBreakCluster;
  /** Test-only: keep planning while a timed-out proposal may still commit (a negative control). */
  readonly testOnlyBreakSafety?: { readonly planDuringUncertainCommit?: boolean };
}

/** The controller's state for status pages and metrics. */
export interface ControllerStatus {
  readonly active: boolean;
  /** Operations waiting or running. */
  readonly queuedOperations: number;
  /** The epoch of a proposal left uncertain by a commit timeout, or null. */
  readonly uncertainEpoch: number | null;
}

/** The active controller of the metadata quorum (or a standby, answering NOT_CONTROLLER). */
export class QuorumController {
  /** The end of the operation chain: each operation starts when the previous one settled. */
  private tail: Promise<void> = Promise.resolve();
  private queuedOperations = 0;
  /**
   * The epoch of a proposal that timed out and has not settled since, or null. Its entry may
   * still commit, so an image without it is not a safe basis for planning: the controller stays
   * inactive until the proposal settles or a later epoch begins (whose leader's image holds
   * every entry committed before it).
   */
  private uncertainEpoch: number | null = null;
  /** whenActive callers' checks, run again when an uncertain commit settles. */
  private readonly activeWaiters = new Set<() => void>();
  private readonly commitTimeoutMs: number;
  /** Commit waits in progress: the epoch each entry was proposed in, and how to end it early. */
  private readonly commitWaits = new Set<CommitWait>();
  private readonly stopLeadershipWatch: () => void;
  private readonly queuedOperationsMax: number;
  private readonly logger: Logger;
  /** Broker registrations, heartbeats, fencing and unregistration (KIP-631). */
  private readonly lifecycle: BrokerLifecycleControl;
  /** The controller's own partition changes: reassignment completion, unclean elections, rebalance. */
  private readonly maintenance: PartitionMaintenance;

  constructor(private readonly options: QuorumControllerOptions) {
    this.commitTimeoutMs = options.commitTimeoutMs ?? 30_000;
    this.queuedOperationsMax = options.queuedOperationsMax ?? 1_000;
    assert.ok(this.commitTimeoutMs > 0, 'the commit timeout is positive');
    assert.ok(this.queuedOperationsMax > 0, 'at least one operation may wait');
    assert.ok(options.clusterId === undefined || options.clusterId !== '', 'a given cluster id is not empty');
    this.logger = options.logger.child('controller');
    this.lifecycle = new BrokerLifecycleControl({
      clock: options.runtime.clock,
      logger: this.logger,
      publisher: options.publisher,
      clusterId: options.clusterId ?? null,
      sessionTimeoutMs: options.config.brokerSessionTimeoutMs,
      isActive: () => this.isActive(),
      epoch: () => this.options.raftStatus().epoch,
      serialize: (operation, overloaded) => this.serialize(operation, overloaded),
      commit: (records) => this.commit(records),
      replicationPolicy: (image) => this.replicationPolicy(image),
      ...(options.testOnlyBreakCluster === undefined ? {} : { testOnlyBreakCluster: options.testOnlyBreakCluster }),
    });
    const { config } = options;
    this.maintenance = new PartitionMaintenance({
      clock: options.runtime.clock,
      logger: this.logger,
      publisher: options.publisher,
      rebalance: {
        enabled: config.autoLeaderRebalanceEnable,
        checkIntervalMs: config.leaderImbalanceCheckIntervalSeconds * 1000,
        imbalancePercentage: config.leaderImbalancePerBrokerPercentage,
      },
      isActive: () => this.isActive(),
      replicationPolicy: (image) => this.replicationPolicy(image),
      serialize: (operation, overloaded) => this.serialize(operation, overloaded),
      commit: (records) => this.commit(records),
    });
    this.stopLeadershipWatch = options.leadershipChanges?.(() => this.renounceLostEpochs()) ?? (() => {});
  }

  /** The replication configs per topic in `image` (replication-policy.ts), with the dynamic broker configs. */
  private replicationPolicy(image: MetadataImage): ReplicationPolicy {
    return replicationPolicy(withDynamicBrokerConfigs(this.options.config, image, null));
  }

  /**
   * True when this node leads the metadata quorum and its image holds every committed entry: the
   * image reflects an entry of the leader's own epoch (the leader-change entry it wrote first),
   * and no proposal of this epoch is left uncertain by a commit timeout.
   */
  isActive(): boolean {
    const status = this.options.raftStatus();
    const uncertain = this.uncertainEpoch !== null && this.uncertainEpoch === status.epoch;
    if (uncertain && this.options.testOnlyBreakSafety?.planDuringUncertainCommit !== true) return false;
    return status.role === 'leader' && this.options.publisher.appliedEpoch() === status.epoch;
  }

  /** The controller's state, for status pages and metrics. */
  status(): ControllerStatus {
    return { active: this.isActive(), queuedOperations: this.queuedOperations, uncertainEpoch: this.uncertainEpoch };
  }

  /** Asserts the controller's invariants (tests and the simulator call it between events). */
  checkInvariants(): void {
    assert.ok(this.queuedOperations >= 0, 'the operation count never goes negative');
    assert.ok(this.queuedOperations <= this.queuedOperationsMax, 'the queue stays within its bound');
    this.options.publisher.checkInvariants();
    this.lifecycle.checkInvariants();
    this.maintenance.checkInvariants();
  }

  /** Stops the broker session timer and image subscription (call when the node stops). */
  close(): void {
    this.lifecycle.close();
    this.maintenance.close();
    this.stopLeadershipWatch();
    // A proposal in flight when the node stops never settles (the driver stopped): its commit
    // timeout would keep the process alive. Its outcome is unknown, so it ends as a timeout.
    for (const wait of [...this.commitWaits]) wait.end('timed-out');
  }

  /** Resolves once this node is the active controller (checked at every new image). */
  whenActive(): Promise<void> {
    if (this.isActive()) return Promise.resolve();
    return new Promise((resolve) => {
      const wakeIfActive = (): void => {
        if (!this.isActive()) return;
        unsubscribe();
        this.activeWaiters.delete(wakeIfActive);
        resolve();
      };
      const unsubscribe = this.options.publisher.subscribe(wakeIfActive);
      // An uncertain commit can settle without a new image; it wakes these waiters itself.
      this.activeWaiters.add(wakeIfActive);
    });
  }

  /** CreateTopics: validates, creates the topics that pass, answers per topic. */
  createTopics(request: CreateTopicsRequest, apiVersion: number): Promise<CreateTopicsResponse> {
    return this.run('create-topics', {
      apiVersion,
      validateOnly: request.validateOnly,
      plan: (context) => planCreateTopics(request, context),
      reject: (errorCode, message) => rejectCreateTopics(request, { apiVersion, errorCode, message }),
    });
  }

  /** DeleteTopics: deletes the named topics (by name, or by id from version 6). */
  deleteTopics(request: DeleteTopicsRequest, apiVersion: number): Promise<DeleteTopicsResponse> {
    return this.run('delete-topics', {
      apiVersion,
      validateOnly: false,
      plan: (context) => planDeleteTopics(request, context),
      reject: (errorCode, message) => rejectDeleteTopics(request, { apiVersion, errorCode, message }),
    });
  }

  /** CreatePartitions: grows topics' partition counts. */
  createPartitions(request: CreatePartitionsRequest, apiVersion: number): Promise<CreatePartitionsResponse> {
    return this.run('create-partitions', {
      apiVersion,
      validateOnly: request.validateOnly,
      plan: (context) => planCreatePartitions(request, context),
      reject: (errorCode, message) => rejectCreatePartitions(request, { apiVersion, errorCode, message }),
    });
  }

  /** AlterConfigs: replaces the config overrides of topics and brokers. */
  alterConfigs(request: AlterConfigsRequest, apiVersion: number): Promise<AlterConfigsResponse> {
    return this.run('alter-configs', {
      apiVersion,
      validateOnly: request.validateOnly,
      plan: (context) => planAlterConfigs(request, context),
      reject: (errorCode, message) =>
        rejectAlterConfigs<AlterConfigsResponse>(request, { apiVersion, errorCode, message }),
    });
  }

  /** IncrementalAlterConfigs: SET / DELETE / APPEND / SUBTRACT on topic and broker configs. */
  incrementalAlterConfigs(
    request: IncrementalAlterConfigsRequest,
    apiVersion: number,
  ): Promise<IncrementalAlterConfigsResponse> {
    return this.run('incremental-alter-configs', {
      apiVersion,
      validateOnly: request.validateOnly,
      plan: (context) => planIncrementalAlterConfigs(request, context),
      reject: (errorCode, message) =>
        rejectAlterConfigs<IncrementalAlterConfigsResponse>(request, { apiVersion, errorCode, message }),
    });
  }

  /** ElectLeaders (API key 43): preferred or unclean elections (elect-leaders.ts). */
  electLeaders(request: ElectLeadersRequest, apiVersion: number): Promise<ElectLeadersResponse> {
    return this.run('elect-leaders', {
      apiVersion,
      validateOnly: false,
      plan: (context) => planElectLeaders(request, context),
      reject: (errorCode, message) => rejectElectLeaders(request, { apiVersion, errorCode, message }),
    });
  }

  /** AlterPartitionReassignments (API key 45): starts or cancels reassignments (reassignment.ts). */
  alterPartitionReassignments(request: AlterPartitionReassignmentsRequest, apiVersion: number):
    Promise<AlterPartitionReassignmentsResponse> {
    return this.run('alter-partition-reassignments', {
      apiVersion,
      validateOnly: false,
      plan: (context) => planAlterPartitionReassignments(request, context),
      reject: (errorCode, message) => rejectAlterPartitionReassignments(request, { apiVersion, errorCode, message }),
    });
  }

  /** ListPartitionReassignments (API key 46): the reassignments under way. */
  listPartitionReassignments(request: ListPartitionReassignmentsRequest, apiVersion: number):
    Promise<ListPartitionReassignmentsResponse> {
    return this.run('list-partition-reassignments', {
      apiVersion,
      validateOnly: false,
      plan: (context) => planListPartitionReassignments(request, context),
      reject: (errorCode, message) => rejectListPartitionReassignments(request, { apiVersion, errorCode, message }),
    });
  }

  /**
   * AlterPartition (API key 56) from a partition leader: its proposed ISR shrink or expansion,
   * committed as a PartitionChangeRecord or refused (alter-partition.ts).
   */
  alterPartition(request: AlterPartitionRequest, apiVersion: number): Promise<AlterPartitionResponse> {
    return this.run('alter-partition', {
      apiVersion,
      validateOnly: false,
      plan: (context) => planAlterPartition(request, context),
      reject: (errorCode, message) => rejectAlterPartition(request, { apiVersion, errorCode, message }),
    });
  }

  /**
   * AllocateProducerIds (API key 67, KIP-730) from a broker: the next block of producer ids,
   * answered once its ProducerIdsRecord is committed (allocate-producer-ids.ts). The operation
   * queue plans one request at a time, so two brokers asking at once get consecutive blocks.
   */
  allocateProducerIds(request: AllocateProducerIdsRequest, apiVersion: number): Promise<AllocateProducerIdsResponse> {
    return this.run('allocate-producer-ids', {
      apiVersion,
      validateOnly: false,
      plan: (context) => planAllocateProducerIds(request, context),
      reject: (errorCode, message) => rejectAllocateProducerIds({ apiVersion, errorCode, message }),
    });
  }

  /**
   * BrokerRegistration (API key 62) from a broker: a new incarnation is recorded fenced with a
   * new broker epoch; the same incarnation gets its epoch back (broker-registration.ts).
   */
  brokerRegistration(request: BrokerRegistrationRequest, apiVersion: number): Promise<BrokerRegistrationResponse> {
    assert.ok(Number.isInteger(apiVersion) && apiVersion >= 0, 'an API version is a non-negative integer');
    return this.lifecycle.brokerRegistration(request);
  }

  /**
   * BrokerHeartbeat (API key 63): renews the broker's session; unfences it once caught up, runs
   * its controlled shutdown, or fences it on request (broker-heartbeat-plan.ts).
   */
  brokerHeartbeat(request: BrokerHeartbeatRequest, apiVersion: number): Promise<BrokerHeartbeatResponse> {
    assert.ok(Number.isInteger(apiVersion) && apiVersion >= 0, 'an API version is a non-negative integer');
    return this.lifecycle.brokerHeartbeat(request);
  }

  /** UnregisterBroker (API key 64): moves the broker's leadership away and removes it. */
  unregisterBroker(request: UnregisterBrokerRequest, apiVersion: number): Promise<UnregisterBrokerResponse> {
    assert.ok(Number.isInteger(apiVersion) && apiVersion >= 0, 'an API version is a non-negative integer');
    return this.lifecycle.unregisterBroker(request);
  }

  /**
   * Registers a broker of this node's own process and unfences it in the same entry, as the
   * combined node does today (it sends no heartbeats, so this controller never fences it). The
   * wire path is `brokerRegistration`; this one goes once the broker's heartbeat loop lands.
   */
  registerBroker(registration: BrokerRegistration): Promise<BrokerRegistrationReply> {
    return this.lifecycle.registerBroker(registration);
  }

  /** Plans, commits and answers one admin operation, in turn. */
  private run<Response>(
    name: string,
    operation: {
      readonly apiVersion: number;
      readonly validateOnly: boolean;
      readonly plan: (context: PlanContext) => Plan<Response>;
      readonly reject: (errorCode: number, message: string) => Response;
    },
  ): Promise<Response> {
    const overloaded = (): Response =>
      operation.reject(ErrorCode.REQUEST_TIMED_OUT, 'The controller has too many operations queued');
    return this.serialize(async () => {
      if (!this.isActive()) return operation.reject(ErrorCode.NOT_CONTROLLER, notControllerMessage);
      const image = this.options.publisher.current();
      const context: PlanContext = {
        image,
        // Topic defaults as the cluster-wide dynamic broker configs leave them (KIP-226).
        defaults: withDynamicBrokerConfigs(this.options.config, image, null),
        random: this.options.runtime.random,
        apiVersion: operation.apiVersion,
      };
      const plan = operation.plan(context);
      if (operation.validateOnly || plan.records.length === 0) return plan.response;
      const committed = await this.commit(plan.records);
      if (!committed.ok) {
        const { errorCode, message } = committed;
        this.logger.warn('operation not committed', { operation: name, errorCode, reason: message });
        return plan.fail(committed.errorCode, committed.message);
      }
      const recordCount = plan.records.length;
      this.logger.info('operation committed', { operation: name, offset: committed.offset, recordCount });
      return plan.response;
    }, overloaded);
  }

  /** Runs `operation` after every earlier one settled; `overloaded` answers when the queue is full. */
  private serialize<T>(operation: () => Promise<T>, overloaded: () => T): Promise<T> {
    if (this.queuedOperations >= this.queuedOperationsMax) return Promise.resolve(overloaded());
    this.queuedOperations += 1;
    const result = this.tail.then(operation);
    this.tail = result.then(
      () => { this.queuedOperations -= 1; },
      () => { this.queuedOperations -= 1; },
    );
    return result;
  }

  /**
   * Proposes `records` (plus the bootstrap records on a cluster's first write) as one entry and
   * waits until it is committed and applied, or failed, or the commit timeout passed.
   */
  private async commit(records: readonly MetadataRecord[]): Promise<CommitOutcome> {
    assert.ok(records.length > 0, 'an entry carries at least one record');
    const image = this.options.publisher.current();
    const bootstrap = bootstrapRecords(image, {
      clusterId: this.options.clusterId ?? null, random: this.options.runtime.random,
    });
    const payload = encodeMetadataRecords([...bootstrap, ...records]);
    const epoch = this.options.raftStatus().epoch;
    const proposal = this.options.propose(payload);
    const outcome = await this.withTimeout(proposal, epoch);
    if (outcome === 'timed-out') {
      this.becomeUncertain(epoch, proposal);
      return { ok: false, errorCode: ErrorCode.REQUEST_TIMED_OUT, message: 'The metadata change timed out' };
    }
    if (outcome === 'renounced') {
      // No uncertainty to keep: this node plans again only in a later epoch of its own, whose
      // image holds the entry if it was committed.
      const message = 'The controller lost its leadership before the metadata change committed';
      return { ok: false, errorCode: ErrorCode.NOT_CONTROLLER, message };
    }
    if (outcome.status === 'failed') {
      const message = `The metadata change was not committed (${outcome.reason})`;
      return { ok: false, errorCode: ErrorCode.NOT_CONTROLLER, message };
    }
    warnOfUncleanElections(this.logger, uncleanElectionsIn(image, records));
    await this.options.publisher.waitForOffset(outcome.offset);
    const applied = this.options.publisher.current().offset;
    assert.ok(applied >= outcome.offset, 'a committed entry is applied before the answer');
    return { ok: true, offset: outcome.offset };
  }

  /** Stops planning in `epoch` until `proposal` settles (see `uncertainEpoch`). */
  private becomeUncertain(epoch: number, proposal: Promise<ProposalOutcome>): void {
    this.uncertainEpoch = epoch;
    this.logger.warn('a metadata change timed out; inactive until it settles or the epoch ends', { epoch });
    const settled = (): void => {
      if (this.uncertainEpoch !== epoch) return;
      this.uncertainEpoch = null;
      for (const wakeIfActive of [...this.activeWaiters]) wakeIfActive();
    };
    proposal.then(settled, settled);
  }

  /** Renounces (Kafka's QuorumController.renounce): ends the commit waits of every epoch this node no longer leads. */
  private renounceLostEpochs(): void {
    const status = this.options.raftStatus();
    const lost = [...this.commitWaits].filter((wait) => status.role !== 'leader' || wait.epoch !== status.epoch);
    if (lost.length > 0) this.logger.info('renouncing: no longer the leader', { epoch: status.epoch, operations: lost.length });
    for (const wait of lost) wait.end('renounced');
  }

  /** The proposal's outcome, or how its wait ended first: the commit timeout, or a renounce. */
  private withTimeout(proposal: Promise<ProposalOutcome>, epoch: number): Promise<ProposalOutcome | CommitWaitEnding> {
    return new Promise((resolve, reject) => {
      const wait: CommitWait = {
        epoch,
        end: (ending) => { finish(); resolve(ending); },
      };
      const cancel = this.options.runtime.clock.setTimer(this.commitTimeoutMs, () => wait.end('timed-out'));
      const finish = (): void => {
        cancel();
        this.commitWaits.delete(wait);
      };
      this.commitWaits.add(wait);
      proposal.then(
        (outcome) => { finish(); resolve(outcome); },
        (error: unknown) => { finish(); reject(error); },
      );
    });
  }
}

/** How a commit wait can end before its proposal settles. */
type CommitWaitEnding = 'timed-out' | 'renounced';

/** One operation waiting for its entry to commit. */
interface CommitWait {
  /** The epoch the entry was proposed in; the wait is renounced once this node leads it no more. */
  readonly epoch: number;
  readonly end: (ending: CommitWaitEnding) => void;
}

const notControllerMessage = 'This node is not the active controller';
