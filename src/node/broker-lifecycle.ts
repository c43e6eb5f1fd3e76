// The broker's side of its lifecycle with the controller (KIP-631), over the Kafka protocol to
// the active controller wherever it is (src/net/controller-channel.ts):
//   1. register: BrokerRegistration with a fresh incarnation id, the cluster id, the listeners
//      clients reach it at and its log directories; the controller answers with a broker epoch
//      and records the broker fenced;
//   2. heartbeat: BrokerHeartbeat every broker.heartbeat.interval.ms with the metadata offset the
//      broker has applied; the controller unfences the broker once that offset has reached its
//      registration, and fences it again if the heartbeats stop for broker.session.timeout.ms;
//      an answer of STALE_BROKER_EPOCH or BROKER_ID_NOT_REGISTERED sends it back to step 1;
//   3. controlled shutdown: heartbeats with wantShutDown until the controller has moved every
//      leadership away and answers shouldShutDown.
// The controller decides everything and writes it as metadata records; the broker reports ready
// once the committed image shows this incarnation unfenced, so readiness is a pure function of
// the metadata log.
import assert from 'node:assert/strict';
import type { Logger } from '../log/logger.js';
import type { BrokerEndpoint, MetadataImage } from '../metadata/image/metadata-image.js';
import type { MetadataPublisher } from '../metadata/image/metadata-publisher.js';
import { answersNotController, type ControllerChannel } from '../net/controller-channel.js';
import type { LeaderOutcome } from '../net/kafka-client/follow-leader.js';
import { ApiKey, ErrorCode, kafkaError, type NodeId, type Uuid } from '../protocol/mod.js';
import {
  createBrokerHeartbeatRequest, type BrokerHeartbeatResponse,
} from '../protocol/generated/messages/broker-heartbeat.js';
import {
  createBrokerRegistrationRequest, type BrokerRegistrationResponse,
} from '../protocol/generated/messages/broker-registration.js';
import type { CancelTimer, Clock } from '../runtime/seam.js';
import { METADATA_VERSION_FEATURE } from '../metadata/image/metadata-image.js';
import { METADATA_VERSION_LEVEL } from '../controller/broker-registration.js';

/** Pause before registering again after a refusal (elections under way, an old session alive). */
const registrationRetryMs = 250;
/**
 * While fenced the broker heartbeats this much more often than its interval, so that it is
 * unfenced soon after it has caught up instead of a whole interval later.
 */
const fencedHeartbeatSpeedUp = 10;

export interface BrokerLifecycleOptions {
  readonly brokerId: NodeId;
  readonly clusterId: string;
  readonly incarnationId: Uuid;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly publisher: MetadataPublisher;
  readonly channel: Pick<ControllerChannel, 'send'>;
  /** The endpoints clients reach this broker at (known once its listeners are bound). */
  readonly endpoints: () => readonly BrokerEndpoint[];
  readonly rack: string | null;
  /** The directory ids of the broker's log directories (meta.properties). */
  readonly logDirectoryIds: readonly Uuid[];
  /** broker.heartbeat.interval.ms */
  readonly heartbeatIntervalMs: number;
  /** Test only (sim/cluster/ negative control): register, then never heartbeat. */
  readonly testOnlySkipHeartbeats?: boolean;
  /** The epoch this broker stopped cleanly with last time (clean-shutdown.ts), else -1. */
  readonly previousBrokerEpoch: bigint;
}

type State =
  | { readonly name: 'registering' }
  | { readonly name: 'registered'; readonly brokerEpoch: bigint }
  | { readonly name: 'stopped' };

/** Registers one broker incarnation, keeps its session alive, and tells when it is unfenced. */
export class BrokerLifecycle {
  private state: State = { name: 'registering' };
  private readyWaiters: Array<() => void> = [];
  private unfenced = false;
  private wantShutDown = false;
  private shutDownGranted: (() => void) | null = null;
  private cancelTimer: CancelTimer = () => {};
  private readonly unsubscribe: () => void;
  /** Offset of the last image seen. Invariant: never decreases. */
  private lastImageOffset = -1;
  /** The error code of the registration refusals in a row (logged once), null after none. */
  private refusedWith: number | null = null;

  constructor(private readonly options: BrokerLifecycleOptions) {
    assert.ok(options.heartbeatIntervalMs > 0, 'broker.heartbeat.interval.ms is positive');
    this.unsubscribe = options.publisher.subscribe((image) => this.onImage(image));
    this.onImage(options.publisher.current());
    void this.register();
  }

  /** True once the image has shown this incarnation registered and unfenced. */
  isUnfenced(): boolean {
    return this.unfenced;
  }

  /** The epoch of this incarnation's registration, or null before it is registered. */
  brokerEpoch(): bigint | null {
    return this.state.name === 'registered' ? this.state.brokerEpoch : null;
  }

  /** Resolves once this incarnation is registered and unfenced. */
  whenUnfenced(): Promise<void> {
    if (this.unfenced) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /**
   * Controlled shutdown: asks the controller to move this broker's leaderships away and resolves
   * once it says the broker may stop, or after `timeoutMs` (the controller may be unreachable).
   */
  shutDown(timeoutMs: number): Promise<void> {
    if (this.state.name !== 'registered') return Promise.resolve();
    this.wantShutDown = true;
    return new Promise((resolve) => {
      const cancelDeadline = this.options.clock.setTimer(timeoutMs, () => {
        this.options.logger.warn('controlled shutdown timed out; stopping anyway', { timeoutMs });
        this.shutDownGranted = null;
        resolve();
      });
      this.shutDownGranted = () => {
        cancelDeadline();
        resolve();
      };
      this.scheduleHeartbeat(0);
    });
  }

  /** Stops heartbeating and watching the image; returns the epoch it was registered with, or null. Idempotent. */
  stop(): bigint | null {
    const epoch = this.brokerEpoch();
    this.state = { name: 'stopped' };
    this.cancelTimer();
    this.unsubscribe();
    return epoch;
  }

  private onImage(image: MetadataImage): void {
    assert.ok(image.offset >= this.lastImageOffset, 'images arrive in log order');
    this.lastImageOffset = image.offset;
    const broker = image.brokers.get(this.options.brokerId);
    const unfenced = broker !== undefined && broker.incarnationId === this.options.incarnationId && !broker.fenced;
    if (unfenced && !this.unfenced) {
      this.unfenced = true;
      this.options.logger.info('broker unfenced', { brokerEpoch: broker.epoch, metadataOffset: image.offset });
      for (const wake of this.readyWaiters.splice(0)) wake();
    } else if (!unfenced && this.unfenced) {
      this.unfenced = false;
      this.options.logger.warn('broker fenced by the controller', { metadataOffset: image.offset });
    }
  }

  private async register(): Promise<void> {
    if (this.state.name !== 'registering') return;
    const listeners = this.options.endpoints();
    assert.ok(listeners.length > 0, 'a broker registers at least one client endpoint');
    const outcome = await this.options.channel.send<BrokerRegistrationResponse>({
      apiKey: ApiKey.BrokerRegistration,
      body: createBrokerRegistrationRequest({
        brokerId: this.options.brokerId,
        clusterId: this.options.clusterId,
        incarnationId: this.options.incarnationId,
        listeners: listeners.map((endpoint) => ({
          name: endpoint.name, host: endpoint.host, port: endpoint.port, securityProtocol: endpoint.securityProtocol,
        })),
        features: [{ name: METADATA_VERSION_FEATURE, minSupportedVersion: 1, maxSupportedVersion: METADATA_VERSION_LEVEL }],
        rack: this.options.rack,
        logDirs: [...this.options.logDirectoryIds],
        previousBrokerEpoch: this.options.previousBrokerEpoch,
      }),
      isNotController: answersNotController,
      deadlineMs: this.options.heartbeatIntervalMs,
      // A registration repeated by the same incarnation is answered with the same epoch.
      retryUnknownOutcome: true,
    });
    if (this.state.name !== 'registering') return;
    const answer = answerOf(outcome);
    if (answer === null || answer.errorCode !== ErrorCode.NONE) {
      // A refusal repeats every retry for as long as its cause lasts (an old incarnation's session
      // lasts broker.session.timeout.ms): one line when it starts, one when registration succeeds.
      if (answer !== null && answer.errorCode !== this.refusedWith) {
        this.refusedWith = answer.errorCode;
        this.options.logger.warn('broker registration refused, retrying', { errorCode: answer.errorCode,
          ...(answer.errorCode === ErrorCode.DUPLICATE_BROKER_REGISTRATION
            ? { why: 'the previous incarnation of this broker id is still registered; waiting for its session to end' } : {}) });
      }
      this.cancelTimer = this.options.clock.setTimer(registrationRetryMs, () => { void this.register(); });
      return;
    }
    this.options.logger.info('broker registered', { brokerEpoch: String(answer.brokerEpoch),
      ...(this.refusedWith === null ? {} : { afterRefusals: kafkaError(this.refusedWith)?.name ?? this.refusedWith }) });
    this.refusedWith = null;
    this.state = { name: 'registered', brokerEpoch: answer.brokerEpoch };
    this.scheduleHeartbeat(0);
  }

  private scheduleHeartbeat(delayMs: number): void {
    this.cancelTimer();
    this.cancelTimer = this.options.clock.setTimer(delayMs, () => { void this.heartbeat(); });
  }

  private async heartbeat(): Promise<void> {
    const state = this.state;
    if (state.name !== 'registered' || this.options.testOnlySkipHeartbeats === true) return;
    const outcome = await this.options.channel.send<BrokerHeartbeatResponse>({
      apiKey: ApiKey.BrokerHeartbeat,
      body: createBrokerHeartbeatRequest({
        brokerId: this.options.brokerId,
        brokerEpoch: state.brokerEpoch,
        currentMetadataOffset: BigInt(Math.max(0, this.lastImageOffset)),
        wantFence: false,
        wantShutDown: this.wantShutDown,
        offlineLogDirs: [],
      }),
      isNotController: answersNotController,
      deadlineMs: this.options.heartbeatIntervalMs,
      retryUnknownOutcome: true,
    });
    if (this.state !== state) return;
    const answer = answerOf(outcome);
    if (answer !== null && (answer.errorCode === ErrorCode.STALE_BROKER_EPOCH ||
      answer.errorCode === ErrorCode.BROKER_ID_NOT_REGISTERED)) {
      this.options.logger.warn('the controller no longer knows this registration; registering again',
        { errorCode: answer.errorCode });
      this.state = { name: 'registering' };
      void this.register();
      return;
    }
    if (answer !== null && answer.errorCode === ErrorCode.NONE && answer.shouldShutDown && this.shutDownGranted !== null) {
      this.options.logger.info('controlled shutdown granted');
      const granted = this.shutDownGranted;
      this.shutDownGranted = null;
      granted();
      return;
    }
    const fenced = answer === null || answer.isFenced;
    const interval = this.options.heartbeatIntervalMs;
    const pace = fenced || this.wantShutDown ? Math.max(1, Math.floor(interval / fencedHeartbeatSpeedUp)) : interval;
    this.scheduleHeartbeat(pace);
  }
}

/** The controller's answer, or null when none came (no controller known, unreachable, lost). */
function answerOf<Body>(outcome: LeaderOutcome<Body>): Body | null {
  return outcome.kind === 'response' ? outcome.body : null;
}
