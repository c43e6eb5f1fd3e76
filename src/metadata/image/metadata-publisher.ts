// The metadata publisher: the StateMachine that the metadata Raft log drives (src/quorum/raft-driver.ts). It
// turns committed entries into a new MetadataImage and hands each image to its listeners (the
// broker's replica manager, the controller, status pages), as Kafka's MetadataLoader and its
// publishers do (KIP-631; metadata/src/main/java/org/apache/kafka/image/loader/).
//
// Data entries carry a batch of metadata records (metadata-records.ts); leader-change and voters
// entries carry none for the image but still advance its offset. A snapshot replaces the image.
// Everything here runs synchronously inside RaftDriver's apply step, so listeners see images in log
// order and a proposer that learns its entry committed finds it in `current()` already.
import assert from 'node:assert/strict';

import type { Entry, Snapshot } from '../../../raft/mod.js';
import type { StateMachine } from '../../quorum/state-machine.js';
import { decodeMetadataRecords, type MetadataRecord } from '../metadata-records.js';
import type { TestOnlyBreakCluster } from '../test-only-break-cluster.js';
import { applyRecords } from './apply-records.js';
import { decodeImageSnapshot, encodeImageSnapshot } from './image-snapshot.js';
import { diffImages, type MetadataDelta } from './metadata-delta.js';
import { checkImageInvariants, emptyImage, imageAtOffset, type MetadataImage } from './metadata-image.js';

/** Called with every new image and what changed; must not throw (a throw is a bug and ends the node). */
export type ImageListener = (image: MetadataImage, delta: MetadataDelta) => void;

export interface MetadataPublisherOptions {
  /** Check the image's invariants after every change (tests and the simulator). Default false. */
  readonly checkInvariants?: boolean;
  /** Test only (sim/cluster/ negative control): `skipTopicRemoval` misapplies the log on this node. */
  readonly testOnlyBreakCluster?: TestOnlyBreakCluster;
}

interface OffsetWaiter {
  readonly offset: number;
  readonly resolve: (image: MetadataImage) => void;
}

/** Applies the committed metadata log to an immutable image and publishes each new image. */
export class MetadataPublisher implements StateMachine {
  private image: MetadataImage = emptyImage();
  /** The Raft epoch of the last entry applied (or of the snapshot); -1 before any. */
  private epoch = -1;
  private readonly listeners = new Set<ImageListener>();
  /**
   * Callers of waitForOffset not yet woken, in arrival order (few: one per pending admin request).
   * Invariant: each waits for an offset beyond the image's.
   */
  private waiters: OffsetWaiter[] = [];

  constructor(private readonly options: MetadataPublisherOptions = {}) {}

  /** The latest image. */
  current(): MetadataImage {
    return this.image;
  }

  /**
   * The Raft epoch of the last entry the image reflects. A new leader's controller waits until
   * this equals its own epoch: then every entry of earlier epochs is in the image (KIP-595: a
   * leader commits an entry of its own epoch first).
   */
  appliedEpoch(): number {
    return this.epoch;
  }

  /** Asserts the publisher's invariants: a sound image, and no waiter left behind by it. */
  checkInvariants(): void {
    checkImageInvariants(this.image);
    for (const waiter of this.waiters) {
      assert.ok(waiter.offset > this.image.offset, 'a reached offset wakes its waiters');
    }
  }

  /** Adds a listener for future images; returns a function that removes it. */
  subscribe(listener: ImageListener): () => void {
    assert.ok(!this.listeners.has(listener), 'a listener subscribes once');
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Resolves with the first image whose offset is at least `offset` (at once if the current one is). */
  waitForOffset(offset: number): Promise<MetadataImage> {
    assert.ok(Number.isSafeInteger(offset), 'an offset is a safe integer');
    if (this.image.offset >= offset) return Promise.resolve(this.image);
    return new Promise((resolve) => this.waiters.push({ offset, resolve }));
  }

  /**
   * StateMachine: the current image as snapshot data (image-snapshot.ts). It covers the entries
   * up to `current().offset`, which RaftDriver asks for right after applying them.
   */
  snapshot(): Uint8Array {
    return encodeImageSnapshot(this.image);
  }

  /** StateMachine: applies committed entries in offset order. */
  apply(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const records: MetadataRecord[] = [];
    let next = this.image;
    for (const entry of entries) {
      assert.ok(entry.offset > next.offset, 'entries are applied once, in offset order');
      if (entry.kind === 'data') {
        const decoded = this.options.testOnlyBreakCluster?.skipTopicRemoval === true
          ? decodeMetadataRecords(entry.payload).filter((record) => record.type !== 'RemoveTopicRecord')
          : decodeMetadataRecords(entry.payload);
        next = applyRecords(next, decoded,
          { acceptEpochReuse: this.options.testOnlyBreakCluster?.reuseBrokerEpoch === true });
        records.push(...decoded);
      }
      next = imageAtOffset(next, entry.offset);
      this.epoch = entry.epoch;
    }
    this.publish(next, { records, fromSnapshot: false });
  }

  /** StateMachine: replaces the image with the snapshot's. */
  restore(snapshot: Snapshot): void {
    const next = decodeImageSnapshot(snapshot.data, snapshot.id.offset);
    this.epoch = snapshot.id.epoch;
    this.publish(next, { records: [], fromSnapshot: true });
  }

  private publish(
    next: MetadataImage,
    how: { readonly records: readonly MetadataRecord[]; readonly fromSnapshot: boolean },
  ): void {
    const previous = this.image;
    if (this.options.checkInvariants === true) checkImageInvariants(next);
    this.image = next;
    const delta = diffImages(previous, next, how);
    for (const listener of [...this.listeners]) listener(next, delta);
    this.wakeWaiters();
  }

  private wakeWaiters(): void {
    if (this.waiters.length === 0) return;
    const offset = this.image.offset;
    const ready = this.waiters.filter((waiter) => waiter.offset <= offset);
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => waiter.offset > offset);
    for (const waiter of ready) waiter.resolve(this.image);
  }
}
