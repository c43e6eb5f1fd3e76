// The broker's side of its lifecycle with the controller (KIP-631): register with a fresh
// incarnation id and the listeners clients reach it at, retry while no controller can take the
// registration, and report the broker ready once the committed metadata image shows this
// incarnation unfenced. The controller decides everything; the broker only asks and watches the
// image, so readiness is a pure function of the committed metadata log.
import assert from 'node:assert/strict';
import type { BrokerRegistration, BrokerRegistrationReply } from '../controller/broker-registration.js';
import type { Logger } from '../log/logger.js';
import type { BrokerEndpoint, MetadataImage } from '../metadata/image/metadata-image.js';
import type { MetadataPublisher } from '../metadata/image/metadata-publisher.js';
import { ErrorCode, type NodeId, type Uuid } from '../protocol/mod.js';
import type { CancelTimer, Clock } from '../runtime/seam.js';

/** Pause between registration attempts while no controller takes it (elections under way). */
const registrationRetryMs = 100;

/** Where the broker's registration goes. */
export interface RegistrationTarget {
  /** True when a registration sent now can be answered (a controller is active). */
  isActive(): boolean;
  registerBroker(registration: BrokerRegistration): Promise<BrokerRegistrationReply>;
}

export interface BrokerLifecycleOptions {
  readonly brokerId: NodeId;
  readonly incarnationId: Uuid;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly publisher: MetadataPublisher;
  readonly controller: RegistrationTarget;
  /** The endpoints clients reach this broker at (known once its listeners are bound). */
  readonly endpoints: () => readonly BrokerEndpoint[];
  readonly onFatal: (error: unknown) => void;
}

/** Registers one broker incarnation and tells when the controller has unfenced it. */
export class BrokerLifecycle {
  private readyWaiters: Array<() => void> = [];
  private unfenced = false;
  private stopped = false;
  private cancelRetry: CancelTimer = () => {};
  private readonly unsubscribe: () => void;
  /** Offset of the last image seen. Invariant: never decreases. */
  private lastImageOffset = -1;

  constructor(private readonly options: BrokerLifecycleOptions) {
    this.unsubscribe = options.publisher.subscribe((image) => this.onImage(image));
    this.onImage(options.publisher.current());
    this.register();
  }

  /** True once the image has shown this incarnation registered and unfenced. */
  isUnfenced(): boolean {
    return this.unfenced;
  }

  /** Resolves once this incarnation is registered and unfenced. */
  whenUnfenced(): Promise<void> {
    if (this.unfenced) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Stops retrying and watching the image. Idempotent. */
  stop(): void {
    this.stopped = true;
    this.cancelRetry();
    this.unsubscribe();
  }

  private onImage(image: MetadataImage): void {
    assert.ok(image.offset >= this.lastImageOffset, 'images arrive in log order');
    this.lastImageOffset = image.offset;
    if (this.unfenced) return;
    const broker = image.brokers.get(this.options.brokerId);
    if (broker === undefined || broker.incarnationId !== this.options.incarnationId || broker.fenced) return;
    this.unfenced = true;
    for (const wake of this.readyWaiters.splice(0)) wake();
  }

  private register(): void {
    if (this.stopped || this.unfenced) return;
    const retry = (): void => {
      this.cancelRetry = this.options.clock.setTimer(registrationRetryMs, () => this.register());
    };
    if (!this.options.controller.isActive()) {
      retry();
      return;
    }
    const listeners = this.options.endpoints();
    assert.ok(listeners.length > 0, 'a broker registers at least one client endpoint');
    this.options.controller.registerBroker({
      brokerId: this.options.brokerId,
      incarnationId: this.options.incarnationId,
      listeners,
    }).then((reply) => {
      if (reply.errorCode === ErrorCode.NONE) return;
      this.options.logger.warn('broker registration refused, retrying', {
        errorCode: reply.errorCode, error: reply.errorMessage,
      });
      retry();
    }, (error: unknown) => this.options.onFatal(error));
  }
}
