// The quorum controller's broker lifecycle operations (KIP-631): BrokerRegistration,
// BrokerHeartbeat and UnregisterBroker from brokers over the wire, the in-process registration of
// a combined node's own broker, and fencing brokers whose sessions time out. The rules live in
// pure planners (broker-registration.ts, broker-heartbeat-plan.ts, broker-lifecycle-records.ts,
// leader-election.ts); this file keeps the soft state (BrokerSessions), the session timer, and
// runs each operation in the controller's queue so it is planned against an image that reflects
// every earlier operation.
//
// Sessions belong to the active controller. The first time it acts in a new Raft epoch (an image
// showing it active, a request, the timer) it gives every registered broker a fresh session; it
// then arms one timer, at the earliest session deadline of an unfenced broker, on the runtime's
// monotonic clock, and fences each broker found expired when it fires.
import type { TestOnlyBreakCluster } from '../metadata/test-only-break-cluster.js';
import assert from 'node:assert/strict';

import type { Logger } from '../log/logger.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import { applyRecords } from '../metadata/image/apply-records.js';
import type { MetadataPublisher } from '../metadata/image/metadata-publisher.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import { ErrorCode, type NodeId } from '../protocol/mod.js';
import {
  createBrokerHeartbeatResponse, type BrokerHeartbeatRequest, type BrokerHeartbeatResponse,
} from '../protocol/generated/messages/broker-heartbeat.js';
import {
  createBrokerRegistrationResponse, type BrokerRegistrationRequest, type BrokerRegistrationResponse,
} from '../protocol/generated/messages/broker-registration.js';
import {
  createUnregisterBrokerResponse, type UnregisterBrokerRequest, type UnregisterBrokerResponse,
} from '../protocol/generated/messages/unregister-broker.js';
import type { CancelTimer, Clock } from '../runtime/seam.js';
import { heartbeatBroker, heartbeatRefusal, planBrokerHeartbeat } from './broker-heartbeat-plan.js';
import { BrokerSessions } from './broker-heartbeats.js';
import { fenceBrokerRecords, unfenceBrokerRecords, unregisterBrokerRecords } from './broker-lifecycle-records.js';
import type { ReplicationPolicy } from './replication-policy.js';
import {
  nextBrokerEpoch, planBrokerRegistration, registerBrokerRecord, registrationProblem,
  type BrokerRegistration, type BrokerRegistrationReply,
} from './broker-registration.js';

/** How an attempt to commit records ended (the controller's commit). */
export type CommitOutcome =
  | { readonly ok: true; readonly offset: number }
  | { readonly ok: false; readonly errorCode: number; readonly message: string };

/** What the lifecycle operations borrow from the QuorumController. */
export interface LifecycleHost {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly publisher: MetadataPublisher;
  /** The node's cluster id (meta.properties), or null when the controller was given none. */
  readonly clusterId: string | null;
  /** broker.session.timeout.ms. */
  readonly sessionTimeoutMs: number;
  isActive(): boolean;
  /** The current Raft epoch. */
  epoch(): number;
  /** Runs `operation` in the controller's queue; `overloaded` answers when it is full. */
  serialize<T>(operation: () => Promise<T>, overloaded: () => T): Promise<T>;
  /** Commits `records` as one entry and waits until the image shows them. */
  commit(records: readonly MetadataRecord[]): Promise<CommitOutcome>;
  /** The replication configs per topic of `image` (replication-policy.ts). */
  replicationPolicy(image: MetadataImage): ReplicationPolicy;
  /** Test only (sim/cluster/ negative controls): epoch reuse, fencing that keeps leaders. */
  readonly testOnlyBreakCluster?: TestOnlyBreakCluster;
}

const notControllerMessage = 'This node is not the active controller';
const overloadedMessage = 'The controller has too many operations queued';

/** The broker lifecycle half of the quorum controller. */
export class BrokerLifecycleControl {
  private readonly sessions: BrokerSessions;
  /** The Raft epoch whose active controller set up `sessions`, or null before any. */
  private sessionsEpoch: number | null = null;
  private cancelSessionTimer: CancelTimer | null = null;
  /** Brokers with a fence queued for an expired session. Invariant: each is registered. */
  private readonly fencing = new Set<NodeId>();
  private readonly unsubscribe: () => void;
  private closed = false;

  constructor(private readonly host: LifecycleHost) {
    this.sessions = new BrokerSessions(host.sessionTimeoutMs);
    this.sessions.observeImage(host.publisher.current());
    this.unsubscribe = host.publisher.subscribe((image) => {
      this.sessions.observeImage(image);
      this.ensureSessions();
    });
    // A controller built while its node already leads sees no new image to start its sessions;
    // check once the caller has finished wiring (raftStatus may not be callable during it).
    void Promise.resolve().then(() => this.ensureSessions());
  }

  /** BrokerRegistration from a broker over the wire (see broker-registration.ts). */
  brokerRegistration(request: BrokerRegistrationRequest): Promise<BrokerRegistrationResponse> {
    const answer = (errorCode: number, brokerEpoch = -1): BrokerRegistrationResponse =>
      createBrokerRegistrationResponse({ errorCode, brokerEpoch: BigInt(brokerEpoch) });
    return this.host.serialize(async () => {
      if (!this.ensureSessions()) return answer(ErrorCode.NOT_CONTROLLER);
      const nowMs = this.host.clock.monotonicNow();
      const registeringOn = this.host.publisher.current();
      const plan = planBrokerRegistration(request, {
        image: registeringOn,
        policy: this.host.replicationPolicy(registeringOn),
        clusterId: this.host.clusterId,
        hasValidSession: (id) => this.sessions.hasValidSession(id, nowMs),
        testOnlyReuseEpoch: this.host.testOnlyBreakCluster?.reuseBrokerEpoch === true,
      });
      switch (plan.kind) {
        case 'refused': return answer(plan.reply.errorCode);
        case 'current': {
          this.sessions.touch(request.brokerId, this.host.clock.monotonicNow(), -1);
          return answer(ErrorCode.NONE, plan.brokerEpoch);
        }
        case 'register': {
          const committed = await this.host.commit(plan.records);
          if (!committed.ok) return answer(committed.errorCode);
          const registered = this.host.publisher.current().brokers.get(request.brokerId);
          assert.ok(registered?.epoch === plan.brokerEpoch, 'the committed registration is in the image');
          this.sessions.touch(request.brokerId, this.host.clock.monotonicNow(), -1);
          this.host.logger.info('broker registered', { brokerId: request.brokerId, brokerEpoch: plan.brokerEpoch });
          return answer(ErrorCode.NONE, plan.brokerEpoch);
        }
        default: {
          const unexpected: never = plan;
          assert.fail(`unknown registration plan ${String(unexpected)}`);
        }
      }
    }, () => answer(ErrorCode.REQUEST_TIMED_OUT));
  }

  /** BrokerHeartbeat: renews the session, then takes the broker's next lifecycle step. */
  brokerHeartbeat(request: BrokerHeartbeatRequest): Promise<BrokerHeartbeatResponse> {
    // The heartbeat proves the broker alive when it arrives, not when its turn in the queue comes.
    if (this.ensureSessions() && heartbeatBroker(request, this.host.publisher.current()).ok) {
      const nowMs = this.host.clock.monotonicNow();
      this.sessions.touch(request.brokerId, nowMs, Number(request.currentMetadataOffset));
    }
    const overloaded = (): BrokerHeartbeatResponse => heartbeatRefusal(ErrorCode.REQUEST_TIMED_OUT);
    return this.host.serialize(() => this.heartbeatInTurn(request), overloaded);
  }

  private async heartbeatInTurn(request: BrokerHeartbeatRequest): Promise<BrokerHeartbeatResponse> {
    if (!this.ensureSessions()) return heartbeatRefusal(ErrorCode.NOT_CONTROLLER);
    const beatOn = this.host.publisher.current();
    const plan = planBrokerHeartbeat(request, { image: beatOn, sessions: this.sessions,
      policy: this.host.replicationPolicy(beatOn) });
    if (plan.kind === 'refused') return plan.response;
    const { broker, current, next } = plan;
    this.sessions.touch(broker.id, this.host.clock.monotonicNow(), plan.metadataOffset);
    if (plan.records.length > 0) {
      const committed = await this.host.commit(plan.records);
      if (!committed.ok) return { ...heartbeatRefusal(committed.errorCode), isCaughtUp: plan.isCaughtUp };
      if (next === 'controlled-shutdown') this.sessions.noteShutdownOffset(broker.id, committed.offset);
    }
    if (current !== next) {
      const fields = { brokerId: broker.id, brokerEpoch: broker.epoch, from: current, to: next };
      this.host.logger.info('broker state changed', fields);
    }
    this.scheduleSessionCheck();
    const after = this.host.publisher.current().brokers.get(broker.id);
    assert.ok(after !== undefined && after.epoch === broker.epoch, 'a heartbeat never changes the registration');
    assert.ok(next !== 'shutdown-now' || after.fenced, 'a broker told to shut down is fenced');
    const shouldShutDown = next === 'shutdown-now';
    return heartbeatAnswer({ isCaughtUp: plan.isCaughtUp, isFenced: after.fenced, shouldShutDown });
  }

  /** UnregisterBroker: leadership moves away, then the broker's registration is removed. */
  unregisterBroker(request: UnregisterBrokerRequest): Promise<UnregisterBrokerResponse> {
    const answer = (errorCode: number, errorMessage: string | null): UnregisterBrokerResponse =>
      createUnregisterBrokerResponse({ errorCode, errorMessage });
    return this.host.serialize(async () => {
      if (!this.ensureSessions()) return answer(ErrorCode.NOT_CONTROLLER, notControllerMessage);
      const image = this.host.publisher.current();
      if (!image.brokers.has(request.brokerId)) {
        const message = `Broker ID ${request.brokerId} is not currently registered`;
        return answer(ErrorCode.BROKER_ID_NOT_REGISTERED, message);
      }
      const committed = await this.host.commit(unregisterBrokerRecords(image, request.brokerId,
        this.host.replicationPolicy(image)));
      if (!committed.ok) return answer(committed.errorCode, committed.message);
      assert.ok(!this.host.publisher.current().brokers.has(request.brokerId), 'an unregistered broker leaves the image');
      this.host.logger.info('broker unregistered', { brokerId: request.brokerId });
      return answer(ErrorCode.NONE, null);
    }, () => answer(ErrorCode.REQUEST_TIMED_OUT, overloadedMessage));
  }

  /**
   * Registers a broker of this controller's own process and unfences it in the same entry. It
   * reads the very image this controller writes, so it has caught up once the entry is applied,
   * and it sends no heartbeats: its session never expires here. Registering again with the same
   * incarnation id returns the same epoch. A new incarnation takes over the old one's
   * leadership (the same process restarted over the same logs), and partitions without a leader
   * whose ISR holds it are given to it.
   */
  registerBroker(registration: BrokerRegistration): Promise<BrokerRegistrationReply> {
    const refusal = (errorCode: number, errorMessage: string): BrokerRegistrationReply =>
      ({ errorCode, errorMessage, brokerEpoch: -1 });
    return this.host.serialize(async () => {
      const problem = registrationProblem(registration);
      if (problem !== null) return problem;
      if (!this.ensureSessions()) return refusal(ErrorCode.NOT_CONTROLLER, notControllerMessage);
      this.sessions.markLocal(registration.brokerId);
      // A timer armed for this broker's previous registration has nothing left to watch.
      this.cancelSessionTimer?.();
      this.cancelSessionTimer = null;
      this.scheduleSessionCheck();
      const image = this.host.publisher.current();
      const existing = image.brokers.get(registration.brokerId);
      const records: MetadataRecord[] = [];
      if (existing === undefined || existing.incarnationId !== registration.incarnationId) {
        records.push(registerBrokerRecord(registration, nextBrokerEpoch(image, existing)));
      }
      const registered = applyRecords(image, records);
      const broker = registered.brokers.get(registration.brokerId);
      assert.ok(broker !== undefined, 'the broker is registered once its record applies');
      if (broker.fenced) records.push(...unfenceBrokerRecords(registered, broker.id, this.host.replicationPolicy(registered)));
      if (records.length > 0) {
        const committed = await this.host.commit(records);
        if (!committed.ok) return refusal(committed.errorCode, committed.message);
        this.host.logger.info('local broker registered and unfenced', { brokerId: broker.id, brokerEpoch: broker.epoch });
      }
      assert.ok(this.host.publisher.current().brokers.get(broker.id)?.fenced === false, 'the local broker is unfenced');
      return { errorCode: ErrorCode.NONE, errorMessage: null, brokerEpoch: broker.epoch };
    }, () => refusal(ErrorCode.REQUEST_TIMED_OUT, overloadedMessage));
  }

  /** Cancels the session timer and stops following images. Idempotent. */
  close(): void {
    this.closed = true;
    this.cancelSessionTimer?.();
    this.cancelSessionTimer = null;
    this.unsubscribe();
  }

  /** Asserts the soft state's invariants against the current image. */
  checkInvariants(): void {
    const image = this.host.publisher.current();
    this.sessions.checkInvariants(image);
    assert.ok(this.fencing.size <= image.brokers.size, 'at most one fence is queued per broker');
    assert.ok(!this.closed || this.cancelSessionTimer === null, 'a closed controller arms no timer');
  }

  /**
   * True when this controller is active; the first time in a Raft epoch it renews every session.
   * Arms the session timer while active, cancels it otherwise.
   */
  private ensureSessions(): boolean {
    if (this.closed || !this.host.isActive()) {
      this.cancelSessionTimer?.();
      this.cancelSessionTimer = null;
      return false;
    }
    const epoch = this.host.epoch();
    if (this.sessionsEpoch !== epoch) {
      this.sessions.renewAll(this.host.publisher.current(), this.host.clock.monotonicNow());
      this.sessionsEpoch = epoch;
      this.cancelSessionTimer?.();
      this.cancelSessionTimer = null;
      this.host.logger.info('broker sessions renewed by a newly active controller', { epoch });
    }
    this.scheduleSessionCheck();
    return true;
  }

  /** Arms the session timer at the earliest deadline, unless it is armed or nothing can expire. */
  private scheduleSessionCheck(): void {
    if (this.closed || this.cancelSessionTimer !== null) return;
    const deadlineMs = this.sessions.nextDeadlineMs(this.host.publisher.current(), this.fencing);
    if (deadlineMs === null) return;
    const delayMs = Math.max(0, deadlineMs - this.host.clock.monotonicNow());
    this.cancelSessionTimer = this.host.clock.setTimer(delayMs, () => {
      this.cancelSessionTimer = null;
      this.onSessionTimeout();
    });
  }

  /** The session timer: queues a fence for every broker whose session is over. */
  private onSessionTimeout(): void {
    if (!this.ensureSessions()) return;
    const expired = this.sessions.expiredBrokers(this.host.publisher.current(), this.host.clock.monotonicNow());
    for (const id of expired) {
      if (this.fencing.has(id)) continue;
      this.fencing.add(id);
      const fenced = this.host.serialize(() => this.fenceExpired(id), () => undefined);
      void fenced.finally(() => {
        this.fencing.delete(id);
        this.scheduleSessionCheck();
      });
    }
    this.scheduleSessionCheck();
  }

  /** Fences `id` if, in its turn, it is still unfenced and its session still over. */
  private async fenceExpired(id: NodeId): Promise<void> {
    if (!this.ensureSessions()) return;
    const image = this.host.publisher.current();
    const broker = image.brokers.get(id);
    if (broker === undefined || broker.fenced || this.sessions.hasValidSession(id, this.host.clock.monotonicNow())) return;
    const committed = await this.host.commit(fenceBrokerRecords(image, id, this.host.replicationPolicy(image),
      this.host.testOnlyBreakCluster?.fenceWithoutMovingLeaders === true,
      this.host.testOnlyBreakCluster?.electLeaderOutsideIsr === true));
    if (!committed.ok) {
      this.host.logger.warn('fencing a broker was not committed', { brokerId: id, errorCode: committed.errorCode });
      return;
    }
    this.host.logger.warn('broker fenced: no heartbeat within broker.session.timeout.ms', {
      brokerId: id, brokerEpoch: broker.epoch, sessionTimeoutMs: this.host.sessionTimeoutMs,
    });
  }
}

function heartbeatAnswer(
  fields: { readonly isCaughtUp: boolean; readonly isFenced: boolean; readonly shouldShutDown: boolean },
): BrokerHeartbeatResponse {
  return createBrokerHeartbeatResponse({ errorCode: ErrorCode.NONE, ...fields });
}
