// One block of producer ids a broker was given by the controller (KIP-730; Kafka's
// ProducerIdsBlock): the ids [firstProducerId, firstProducerId + size), handed out in order.
// Pure, no I/O: the manager (producer-id-manager.ts) owns the blocks and asks for new ones.
import assert from 'node:assert/strict';

/** The share of a block handed out at which the next block is asked for (Kafka's PidPrefetchThreshold). */
export const prefetchThreshold = 0.9;

/** A block of producer ids and how far it has been handed out. */
export class ProducerIdBlock {
  /** The next id to hand out. Invariant: firstProducerId <= nextProducerId <= endProducerId. */
  private nextProducerId: bigint;

  constructor(readonly firstProducerId: bigint, readonly size: number) {
    assert.ok(firstProducerId >= 0n, 'producer ids are not negative');
    assert.ok(Number.isSafeInteger(size) && size > 0, 'a block holds at least one id');
    this.nextProducerId = firstProducerId;
  }

  /** One past the last id of the block. */
  get endProducerId(): bigint {
    return this.firstProducerId + BigInt(this.size);
  }

  /** The id whose hand-out triggers the request for the next block. */
  get prefetchProducerId(): bigint {
    return this.firstProducerId + BigInt(Math.floor(this.size * prefetchThreshold));
  }

  /** The next id, or null once every id of the block was handed out. */
  claimNextId(): bigint | null {
    if (this.nextProducerId >= this.endProducerId) return null;
    const claimed = this.nextProducerId;
    this.nextProducerId += 1n;
    assert.ok(this.nextProducerId <= this.endProducerId, 'a block never hands out an id beyond its end');
    return claimed;
  }

  /** The ids not yet handed out. */
  remaining(): number {
    return Number(this.endProducerId - this.nextProducerId);
  }
}
