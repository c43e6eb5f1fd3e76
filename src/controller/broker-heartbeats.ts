// The active controller's soft state about broker sessions (KIP-631; Kafka's
// BrokerHeartbeatManager), and the pure rule that turns one heartbeat into the broker's next
// state. Nothing here is in the metadata log: a newly active controller starts with a fresh
// session for every registered broker, as Kafka's ClusterControlManager.activate does, so a broker
// is never fenced for heartbeats a previous controller received.
//
// Times are the runtime clock's monotonic milliseconds, passed in by the caller: this file reads
// no clock. A session is valid while `now < lastContactMs + sessionTimeoutMs`; at that deadline
// an unfenced broker is fenced.
//
//   fenced ──caught up, !wantFence──▶ unfenced ──wantShutDown, leads──▶ controlled-shutdown
//     ▲  │                              │  │                                │ leads nothing and
//     │  │                    wantFence │  │ wantShutDown, leads nothing    │ the others saw it
//     └──┼──────────────────────────────┘  ▼                                ▼
//        └──────wantShutDown─────────▶ shutdown-now (fenced) ◀──────────────┘
import assert from 'node:assert/strict';

import type { NodeId } from '../protocol/mod.js';
import { isActiveBroker, type BrokerImage, type MetadataImage } from '../metadata/image/metadata-image.js';

/** Where a broker stands in its lifecycle, as the controller sees it. */
export type BrokerControlState = 'fenced' | 'unfenced' | 'controlled-shutdown' | 'shutdown-now';

/** What one heartbeat asks for, and the facts the rule needs. */
export interface HeartbeatFacts {
  readonly wantFence: boolean;
  readonly wantShutDown: boolean;
  /** currentMetadataOffset reached the offset of the broker's registration record. */
  readonly caughtUp: boolean;
  /** The broker still leads some partition. */
  readonly leadsPartitions: boolean;
  /** Every active broker has reported an offset at or past the one that began this shutdown. */
  readonly othersSawShutdown: boolean;
}

/** The state of `broker` in the image: fenced first (a fenced broker has left any shutdown). */
export function currentBrokerState(broker: BrokerImage): BrokerControlState {
  if (broker.fenced) return 'fenced';
  return broker.inControlledShutdown ? 'controlled-shutdown' : 'unfenced';
}

/**
 * The broker's next state after a heartbeat (Kafka's calculateNextBrokerState). A registration
 * that entered controlled shutdown is never unfenced again: that broker process registers anew.
 */
export function nextBrokerState(
  current: BrokerControlState,
  facts: HeartbeatFacts & { readonly inControlledShutdown: boolean },
): BrokerControlState {
  switch (current) {
    case 'fenced':
      if (facts.wantShutDown) return 'shutdown-now';
      if (!facts.wantFence && facts.caughtUp && !facts.inControlledShutdown) return 'unfenced';
      return 'fenced';
    case 'unfenced':
      if (facts.wantFence) return facts.wantShutDown ? 'shutdown-now' : 'fenced';
      if (!facts.wantShutDown) return 'unfenced';
      return facts.leadsPartitions ? 'controlled-shutdown' : 'shutdown-now';
    case 'controlled-shutdown':
      if (facts.leadsPartitions || !facts.othersSawShutdown) return 'controlled-shutdown';
      return 'shutdown-now';
    case 'shutdown-now':
      return 'shutdown-now';
    default: {
      const unexpected: never = current;
      assert.fail(`unknown broker state ${String(unexpected)}`);
    }
  }
}

/** One broker's session. */
interface Session {
  /** Monotonic ms of the last heartbeat (or of the session's start). */
  lastContactMs: number;
  /** The metadata offset the broker last reported; -1 before its first heartbeat. */
  metadataOffset: number;
}

/** What the tracker remembers of a registration it saw in an image. */
interface RegistrationSeen {
  readonly epoch: number;
  /**
   * An offset at or past the registration record's: the offset of the image that first showed
   * it. A broker whose image reached it has its registration. Kafka keeps the record's exact
   * offset; images here cover whole batches of entries, so this may be a little later.
   */
  readonly offset: number;
}

/** Broker sessions, registration offsets and controlled-shutdown offsets of the active controller. */
export class BrokerSessions {
  private readonly sessions = new Map<NodeId, Session>();
  private readonly registrations = new Map<NodeId, RegistrationSeen>();
  /** Per broker in controlled shutdown, the offset of the entry that began it. */
  private readonly shutdownOffsets = new Map<NodeId, number>();
  /**
   * Brokers in this controller's own process (registered through registerBroker): they read the
   * controller's own image and send no heartbeats, so their sessions never expire here.
   */
  private readonly local = new Set<NodeId>();

  constructor(private readonly sessionTimeoutMs: number) {
    assert.ok(Number.isSafeInteger(sessionTimeoutMs) && sessionTimeoutMs > 0, 'the session timeout is positive');
  }

  /** Notes registrations that `image` shows for the first time; forgets unregistered brokers. */
  observeImage(image: MetadataImage): void {
    for (const [id, broker] of image.brokers) {
      if (this.registrations.get(id)?.epoch === broker.epoch) continue;
      this.registrations.set(id, { epoch: broker.epoch, offset: image.offset });
      this.shutdownOffsets.delete(id);
    }
    for (const id of [...this.registrations.keys()]) {
      if (image.brokers.has(id)) continue;
      this.registrations.delete(id);
      this.sessions.delete(id);
      this.shutdownOffsets.delete(id);
      this.local.delete(id);
    }
  }

  /** A fresh session for every broker of `image` (a newly active controller's first step). */
  renewAll(image: MetadataImage, nowMs: number): void {
    this.sessions.clear();
    this.shutdownOffsets.clear();
    for (const id of image.brokers.keys()) this.sessions.set(id, { lastContactMs: nowMs, metadataOffset: -1 });
  }

  /** Records a heartbeat (or a registration) of `id` at `nowMs`. */
  touch(id: NodeId, nowMs: number, metadataOffset: number): void {
    const previous = this.sessions.get(id);
    assert.ok(previous === undefined || nowMs >= previous.lastContactMs, 'monotonic time never goes back');
    this.sessions.set(id, { lastContactMs: nowMs, metadataOffset: Math.max(metadataOffset, -1) });
  }

  /** Marks `id` as a broker of this controller's own process (see `local`). */
  markLocal(id: NodeId): void {
    this.local.add(id);
  }

  /** True while `id` has a session that has not timed out (always for a local broker). */
  hasValidSession(id: NodeId, nowMs: number): boolean {
    if (this.local.has(id)) return true;
    const session = this.sessions.get(id);
    return session !== undefined && nowMs < session.lastContactMs + this.sessionTimeoutMs;
  }

  /** Unfenced, non-local brokers of `image` whose session has timed out at `nowMs`, by id. */
  expiredBrokers(image: MetadataImage, nowMs: number): NodeId[] {
    const expired: NodeId[] = [];
    for (const broker of image.brokers.values()) {
      if (broker.fenced || this.local.has(broker.id)) continue;
      if (!this.hasValidSession(broker.id, nowMs)) expired.push(broker.id);
    }
    return expired.sort((a, b) => a - b);
  }

  /**
   * The earliest session deadline of an unfenced, non-local broker of `image` not in `excluded`
   * (brokers whose fence is already queued), or null.
   */
  nextDeadlineMs(image: MetadataImage, excluded: ReadonlySet<NodeId>): number | null {
    let earliest: number | null = null;
    for (const broker of image.brokers.values()) {
      if (broker.fenced || this.local.has(broker.id) || excluded.has(broker.id)) continue;
      const session = this.sessions.get(broker.id);
      // No session yet (the image shows a broker unfenced before this controller saw it): due now.
      const deadline = session === undefined ? Number.NEGATIVE_INFINITY : session.lastContactMs + this.sessionTimeoutMs;
      earliest = earliest === null ? deadline : Math.min(earliest, deadline);
    }
    return earliest;
  }

  /** An offset at or past `id`'s registration record; the image's offset if not seen before. */
  registrationOffset(id: NodeId, image: MetadataImage): number {
    const seen = this.registrations.get(id);
    const broker = image.brokers.get(id);
    return seen !== undefined && broker !== undefined && seen.epoch === broker.epoch ? seen.offset : image.offset;
  }

  /** Remembers the offset at which `id` entered controlled shutdown (kept once set). */
  noteShutdownOffset(id: NodeId, offset: number): void {
    if (!this.shutdownOffsets.has(id)) this.shutdownOffsets.set(id, offset);
  }

  /**
   * The offset that began `id`'s controlled shutdown; a controller that did not see it begin
   * takes its image's offset, which is later and so only delays the shutdown.
   */
  shutdownOffset(id: NodeId, image: MetadataImage): number {
    this.noteShutdownOffset(id, image.offset);
    const offset = this.shutdownOffsets.get(id);
    assert.ok(offset !== undefined, 'a shutdown offset was just noted');
    return offset;
  }

  /**
   * The lowest metadata offset reported by the active brokers of `image` (unfenced, not shutting
   * down), other than `except`; a local broker reads this controller's image. Infinity when none.
   */
  lowestActiveOffset(image: MetadataImage, except: NodeId): number {
    let lowest = Number.POSITIVE_INFINITY;
    for (const id of image.brokers.keys()) {
      if (id === except || !isActiveBroker(image, id)) continue;
      const offset = this.local.has(id) ? image.offset : (this.sessions.get(id)?.metadataOffset ?? -1);
      lowest = Math.min(lowest, offset);
    }
    return lowest;
  }

  /** Asserts the tracker's invariants against the image it follows. */
  checkInvariants(image: MetadataImage): void {
    for (const [id, session] of this.sessions) {
      assert.ok(Number.isFinite(session.lastContactMs), 'a session has a contact time');
      assert.ok(session.metadataOffset >= -1, 'a reported offset is -1 or an offset');
      assert.ok(image.brokers.has(id), 'sessions of unregistered brokers are dropped');
    }
    for (const [id, seen] of this.registrations) {
      assert.ok(seen.offset <= image.offset, 'a registration was seen at or before the current image');
      assert.ok(image.brokers.has(id), 'a remembered registration is in the image');
    }
  }
}
