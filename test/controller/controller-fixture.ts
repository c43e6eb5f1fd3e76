// A controller on a stand-in quorum, for the controller's tests: proposals are applied to the
// publisher at once (a single voter that commits instantly), or refused, or left hanging, as a
// test chooses; the clock is manual so commit timeouts fire only when a test advances it.
// Nothing here runs Raft; test/controller/controller-raft.test.ts runs the real RaftDriver.
import { buildNodeConfig, type NodeConfig } from '../../src/config/node-config.js';
import { silentLogger, type Logger } from '../../src/log/logger.js';
import type { Entry, Epoch, Offset } from '../../raft/mod.js';
import type { ProposalOutcome } from '../../src/quorum/state-machine.js';
import type { CancelTimer, Clock } from '../../src/runtime/seam.js';
import { nodeId, type NodeId, type Uuid } from '../../src/protocol/mod.js';
import { uuidFromBytes } from '../../src/protocol/mod.js';
import { QuorumController } from '../../src/controller/controller.js';
import { MetadataPublisher } from '../../src/metadata/image/metadata-publisher.js';
import { decodeMetadataRecords, encodeMetadataRecords, type MetadataRecord } from '../../src/metadata/metadata-records.js';
import { Prng } from '../../sim/prng.js';

/** A clock whose timers fire only in `advance`. */
export class ManualClock implements Clock {
  private nowMs = 0;
  private timers: { dueMs: number; callback: () => void; cancelled: boolean }[] = [];
  now(): number {
    return this.nowMs;
  }
  monotonicNow(): number {
    return this.nowMs;
  }
  setTimer(delayMs: number, callback: () => void): CancelTimer {
    const timer = { dueMs: this.nowMs + delayMs, callback, cancelled: false };
    this.timers.push(timer);
    return () => { timer.cancelled = true; };
  }
  /** Timers set and neither fired nor cancelled. */
  pendingTimers(): number {
    return this.timers.filter((timer) => !timer.cancelled).length;
  }
  advance(ms: number): void {
    this.nowMs += ms;
    const due = this.timers.filter((timer) => timer.dueMs <= this.nowMs && !timer.cancelled);
    this.timers = this.timers.filter((timer) => timer.dueMs > this.nowMs && !timer.cancelled);
    for (const timer of due) timer.callback();
  }
}

/** How the stand-in quorum treats a proposal. */
export type ProposalMode = 'commit' | 'fail' | 'hang';

/** A node config for tests; `extra` is properties text appended to the minimum. */
export function testConfig(extra = ''): NodeConfig {
  return buildNodeConfig(`node.id=1\ncontroller.quorum.voters=1@127.0.0.1:9093\n${extra}`);
}

/** A controller over a publisher, with a stand-in single-voter quorum. */
export class ControllerFixture {
  readonly publisher: MetadataPublisher;
  readonly clock = new ManualClock();
  readonly random: Prng;
  readonly controller: QuorumController;
  role: 'leader' | 'follower' = 'leader';
  epoch = 1;
  mode: ProposalMode = 'commit';
  proposals = 0;
  /** Payloads of committed data entries, in log order (to replay them elsewhere). */
  readonly committedPayloads: Uint8Array[] = [];
  /** Rewrites each proposed batch before it is committed (negative controls break the controller this way). */
  tamper: ((records: MetadataRecord[]) => MetadataRecord[]) | null = null;
  private endOffset = 0;
  /** The controller's leadership listener (RaftDriver.onLeadershipChange stand-in). */
  private readonly leadershipListeners = new Set<() => void>();
  private hung: { payload: Uint8Array; resolve: (outcome: ProposalOutcome) => void }[] = [];

  constructor(options: {
    seed?: number; config?: NodeConfig; checkInvariants?: boolean; breakSafety?: boolean;
    /** The node's cluster id given to the controller; absent, the first write draws one. */
    clusterId?: string;
    /** The controller's logger (default: silent). */
    logger?: Logger;
  } = {}) {
    this.random = Prng.fromSeed(options.seed ?? 1);
    this.publisher = new MetadataPublisher({ checkInvariants: options.checkInvariants ?? true });
    // The leader's own leader-change entry: applying it makes the controller active.
    this.applyEntry({ kind: 'leader-change', payload: new Uint8Array(0) });
    this.controller = new QuorumController({
      runtime: { clock: this.clock, random: this.random },
      config: options.config ?? testConfig(),
      logger: options.logger ?? silentLogger(),
      publisher: this.publisher,
      propose: (payload) => this.propose(payload),
      raftStatus: () => ({ role: this.role, epoch: this.epoch as Epoch }),
      leadershipChanges: (listener) => {
        this.leadershipListeners.add(listener);
        return () => { this.leadershipListeners.delete(listener); };
      },
      ...(options.clusterId === undefined ? {} : { clusterId: options.clusterId }),
      ...(options.breakSafety === true ? { testOnlyBreakSafety: { planDuringUncertainCommit: true } } : {}),
    });
  }

  /** Registers brokers `ids` (each unfenced), as nodes do at start. */
  async registerBrokers(ids: readonly number[]): Promise<void> {
    for (const id of ids) {
      const reply = await this.controller.registerBroker({
        brokerId: nodeId(id),
        incarnationId: incarnation(id),
        listeners: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9000 + id, securityProtocol: 0 }],
      });
      if (reply.errorCode !== 0) throw new Error(`registration of broker ${id} failed: ${reply.errorCode}`);
    }
  }

  /**
   * Commits `records` as an entry this controller did not plan, as another controller operation's
   * would be (AlterPartition's ISR change, say), and returns its offset.
   */
  commitRecords(records: readonly MetadataRecord[]): Offset {
    const payload = encodeMetadataRecords([...records]);
    this.committedPayloads.push(payload);
    return this.applyEntry({ kind: 'data', payload });
  }

  /** How many proposals are hanging. */
  hungCount(): number {
    return this.hung.length;
  }

  /** Commits the oldest `count` (default all) proposals left hanging, in order, as a slow quorum finally would. */
  commitHung(count = this.hung.length): void {
    for (const { payload, resolve } of this.hung.splice(0, count)) {
      this.committedPayloads.push(payload);
      resolve({ status: 'committed', offset: this.applyEntry({ kind: 'data', payload }) });
    }
  }

  /** Tells the controller that `role` / `epoch` changed, as the driver does after a Ready. */
  announceLeadership(): void {
    for (const listener of [...this.leadershipListeners]) listener();
  }

  /** A new leader epoch: the leader-change entry of `epoch` is applied. */
  newEpoch(): void {
    this.epoch += 1;
    this.applyEntry({ kind: 'leader-change', payload: new Uint8Array(0) });
  }

  private applyEntry(entry: Pick<Entry, 'kind' | 'payload'>): Offset {
    const offset = this.endOffset as Offset;
    this.endOffset += 1;
    this.publisher.apply([{ offset, epoch: this.epoch as Epoch, kind: entry.kind, payload: entry.payload }]);
    return offset;
  }

  private async propose(payload: Uint8Array): Promise<ProposalOutcome> {
    this.proposals += 1;
    switch (this.mode) {
      case 'commit': {
        const committed = this.tamper === null ? payload : encodeMetadataRecords(this.tamper(decodeMetadataRecords(payload)));
        this.committedPayloads.push(committed);
        return { status: 'committed', offset: this.applyEntry({ kind: 'data', payload: committed }) };
      }
      case 'fail': return { status: 'failed', reason: 'not-leader', leader: null };
      case 'hang': return new Promise((resolve) => this.hung.push({ payload, resolve }));
      default: {
        const unexpected: never = this.mode;
        throw new Error(`unknown mode ${String(unexpected)}`);
      }
    }
  }
}

/** A fixed incarnation id per broker id. */
export function incarnation(id: number): Uuid {
  const bytes = new Uint8Array(16);
  bytes[15] = id;
  bytes[0] = 0x40;
  return uuidFromBytes(bytes);
}

/** Brands a broker id list. */
export function brokers(...ids: number[]): NodeId[] {
  return ids.map((id) => nodeId(id));
}
