// The broker's producer id manager (KIP-730; Kafka's RPCProducerIdManager): hands out producer
// ids to idempotent producers (InitProducerId, handlers/init-producer-id.ts) from a block the
// active controller gave this broker (AllocateProducerIds, src/controller/allocate-producer-ids.ts).
//
//   generate() ─▶ an id of the current block ──(the 90% mark handed out)──▶ ask for the next block
//        │ current block used up
//        ├─ a next block arrived ──▶ it becomes the current block, hand out its first id
//        └─ none yet ──▶ ask for it, answer COORDINATOR_LOAD_IN_PROGRESS (the client retries;
//                        Kafka answers this rather than REQUEST_TIMED_OUT, which older clients
//                        treat as fatal)
//
// At most one AllocateProducerIds is in flight, shared by every caller; a refused request is
// not repeated before `retryBackoffMs` has passed (Kafka's 50 ms), so a controller that keeps
// refusing (STALE_BROKER_EPOCH while this broker re-registers) is not flooded. Ids are unique
// across the cluster because blocks are (the controller's rule); within a broker each id of a
// block is claimed once.
import assert from 'node:assert/strict';

import type { Logger } from '../../log/logger.js';
import { ErrorCode, type NodeId } from '../../protocol/mod.js';
import type {
  AllocateProducerIdsRequest, AllocateProducerIdsResponse,
} from '../../protocol/generated/messages/allocate-producer-ids.js';
import type { Clock } from '../../runtime/seam.js';
import { ProducerIdBlock } from './producer-id-block.js';

/** A producer id, or the error code InitProducerId answers. */
export type ProducerIdOutcome =
  | { readonly ok: true; readonly producerId: bigint }
  | { readonly ok: false; readonly errorCode: number };

export interface ProducerIdManagerOptions {
  readonly brokerId: NodeId;
  /** This broker's current broker epoch (from the image), or -1 while it is not registered. */
  readonly brokerEpoch: () => bigint;
  /** Sends AllocateProducerIds to the active controller; null when no answer came. */
  readonly allocate: (request: AllocateProducerIdsRequest) => Promise<AllocateProducerIdsResponse | null>;
  readonly clock: Pick<Clock, 'monotonicNow'>;
  readonly logger: Logger;
  /** How long after a refused request the next one waits. Default 50 ms, Kafka's RetryBackoffMs. */
  readonly retryBackoffMs?: number;
  /** A bug surfaced while handling an answer; the node must stop. */
  readonly onFatal: (error: unknown) => void;
}

/** Hands out producer ids from blocks the controller allocates to this broker. */
export class ProducerIdManager {
  private current: ProducerIdBlock | null = null;
  /** The block fetched ahead of need, taken once `current` runs out. */
  private prefetched: ProducerIdBlock | null = null;
  /** The AllocateProducerIds in flight, or null. Invariant: at most one. */
  private inFlight: Promise<void> | null = null;
  /** Monotonic time before which no request is sent after a refusal, or null. */
  private backoffUntilMs: number | null = null;
  /** One past the highest id of any block taken, so that a block going backwards is refused. */
  private highestEnd = 0n;
  private readonly retryBackoffMs: number;

  constructor(private readonly options: ProducerIdManagerOptions) {
    this.retryBackoffMs = options.retryBackoffMs ?? 50;
    assert.ok(this.retryBackoffMs >= 0, 'the retry backoff is not negative');
  }

  /** A new producer id, or COORDINATOR_LOAD_IN_PROGRESS while no block is at hand. */
  generate(): ProducerIdOutcome {
    for (;;) {
      const block = this.current;
      const claimed = block?.claimNextId() ?? null;
      if (block !== null && claimed !== null) {
        if (claimed === block.prefetchProducerId) this.requestNextBlock();
        return { ok: true, producerId: claimed };
      }
      if (this.prefetched === null) {
        this.requestNextBlock();
        return { ok: false, errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS };
      }
      // A fresh block always has an id, so the loop ends in the next turn.
      this.current = this.prefetched;
      this.prefetched = null;
    }
  }

  /** Settles once no request is in flight (tests wait on it instead of sleeping). */
  async settled(): Promise<void> {
    while (this.inFlight !== null) await this.inFlight;
  }

  /** Whether a next block waits to be used (tests, status). */
  hasPrefetchedBlock(): boolean {
    return this.prefetched !== null;
  }

  checkInvariants(): void {
    if (this.current !== null) assert.ok(this.current.endProducerId <= this.highestEnd, 'blocks are tracked');
    if (this.prefetched !== null && this.current !== null) {
      assert.ok(this.prefetched.firstProducerId >= this.current.endProducerId, 'the next block follows the current one');
    }
    assert.ok(this.prefetched === null || this.inFlight === null, 'no request while a next block waits');
  }

  /** Asks the controller for the next block unless one waits, one is asked for, or the backoff runs. */
  private requestNextBlock(): void {
    if (this.prefetched !== null || this.inFlight !== null) return;
    if (this.backoffUntilMs !== null && this.options.clock.monotonicNow() < this.backoffUntilMs) return;
    this.backoffUntilMs = null;
    const request: AllocateProducerIdsRequest = { brokerId: this.options.brokerId, brokerEpoch: this.options.brokerEpoch() };
    this.options.logger.debug('asking the controller for a producer id block', { brokerEpoch: request.brokerEpoch });
    this.inFlight = this.options.allocate(request).then(
      (response) => { this.inFlight = null; this.onAllocateProducerIdsResponse(response); },
      (error: unknown) => { this.inFlight = null; this.options.onFatal(error); },
    );
  }

  private onAllocateProducerIdsResponse(response: AllocateProducerIdsResponse | null): void {
    // No answer within the channel's deadline: asked again at the next need, as Kafka does on a timeout.
    if (response === null) {
      this.options.logger.warn('no answer from the controller to AllocateProducerIds');
      return;
    }
    if (response.errorCode !== ErrorCode.NONE) {
      this.options.logger.warn('the controller refused a producer id block', { errorCode: response.errorCode });
      this.backOff();
      return;
    }
    const start = BigInt(response.producerIdStart);
    const size = response.producerIdLen;
    if (start < this.highestEnd || size <= 0 || !Number.isSafeInteger(size)) {
      this.options.logger.error('refused a producer id block that overlaps or is empty', {
        producerIdStart: start, producerIdLen: size, highestEnd: this.highestEnd });
      this.backOff();
      return;
    }
    this.prefetched = new ProducerIdBlock(start, size);
    this.highestEnd = this.prefetched.endProducerId;
    this.options.logger.info('got a producer id block', { producerIdStart: start, producerIdLen: size });
  }

  private backOff(): void {
    this.backoffUntilMs = this.options.clock.monotonicNow() + this.retryBackoffMs;
  }
}
