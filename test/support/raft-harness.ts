// An in-memory cluster of Raft cores for tests and benchmarks, driven from outside through
// raft/mod.ts only. Each node honours the Ready contract as a real driver would (see
// harness/harness-node.ts); the network (harness/network.ts) delivers nothing by itself, so a
// test scripts every delivery, loss, duplication, reordering, partition, crash and restart, or
// draws them from a seeded generator (sim/prng.ts, the simulator's, with a named stream per node). After every input to any core the harness can
// run the core's own `checkInvariants()`, the simulator's Raft safety checkers
// (sim/checkers/raft-safety.ts, fed through each node's hooks) and the persist-before-send check (harness/persist-before-send.ts), so a violation is caught at the
// very step that causes it.
import assert from 'node:assert/strict';
import {
  nodeId,
  offset as toOffset,
  type ChangeResult,
  type Message,
  type NodeId,
  type ProposeResult,
  type RaftEvent,
  type RaftOptions,
} from '../../raft/mod.js';
import { HarnessNode, type CoreOptions, type TornCut } from './harness/harness-node.js';
import { HarnessNetwork, matchesFilter, type MessageFilter } from './harness/network.js';
import { Prng } from '../../sim/prng.js';
import { RaftSafetyCheckers } from '../../sim/checkers/raft-safety.js';
import { renderMessage } from './raft-render.js';

export { HarnessNode, type DurableRecord, type TornCut } from './harness/harness-node.js';
export { HarnessNetwork, matchesFilter, type InFlight, type MessageFilter } from './harness/network.js';

/** How a cluster is built. Timeouts are in ticks. */
export interface RaftHarnessOptions {
  /** The bootstrap voter set; every voter starts with it. */
  readonly voters: readonly number[];
  /** Nodes that replicate the log but do not vote. */
  readonly observers?: readonly number[];
  /** Seeds every random choice of the cores (election timeouts). */
  readonly seed?: number;
  readonly electionTimeoutTicks?: number;
  readonly fetchTimeoutTicks?: number;
  readonly maxEntriesPerFetch?: number;
  readonly snapshotChunkBytes?: number;
  readonly testOnlyBreakSafety?: RaftOptions['testOnlyBreakSafety'];
  /** Run the safety checkers after every input and throw SafetyViolationError (default false). */
  readonly checkSafety?: boolean;
  /** Call each core's checkInvariants() after every input (default true). */
  readonly checkInvariants?: boolean;
  /** Keep every event for `drainEvents()` (default false: transcripts turn it on). */
  readonly recordEvents?: boolean;
  /** Keep applied payloads in each state machine (default true; benchmarks only count them). */
  readonly keepPayloads?: boolean;
}

/** A broken safety property: the anomaly name the checker reports it under, and why. */
export interface Violation {
  readonly checker: string;
  readonly message: string;
}

/** One violation as a line: `[log-matching] offset 3 epoch 2 holds ...`. */
export function renderViolation(violation: Violation): string {
  return `[${violation.checker}] ${violation.message}`;
}

/** Thrown when a safety checker finds a violation; carries the violations and the step. */
export class SafetyViolationError extends Error {
  readonly code = 'SAFETY_VIOLATION';

  constructor(readonly violations: readonly Violation[], readonly inputCount: number) {
    super(`Safety violated at input ${inputCount}:\n${violations.map(renderViolation).join('\n')}`);
    this.name = 'SafetyViolationError';
  }
}

/** What became of a message the harness tried to deliver. */
export type DeliveryOutcome = 'delivered' | 'lost-partition' | 'lost-crashed';

/** One delivery, for transcripts: the message, what became of it, the events it caused. */
export interface Delivery {
  readonly message: Message;
  readonly outcome: DeliveryOutcome;
  readonly events: readonly RaftEvent[];
}

/** An in-memory Raft cluster. */
export class RaftHarness {
  readonly network = new HarnessNetwork();
  readonly random: Prng;
  readonly bootstrapVoters: readonly NodeId[];
  readonly #nodes = new Map<number, HarnessNode>();
  readonly #options: RaftHarnessOptions;
  readonly #safety: RaftSafetyCheckers | null;
  /** What the checkers reported during the current input. */
  #found: Violation[] = [];
  #events: RaftEvent[] = [];
  #inputCount = 0;
  #stepCount = 0;
  #tickCount = 0;

  constructor(options: RaftHarnessOptions) {
    assert.ok(options.voters.length > 0, 'a cluster needs voters');
    this.#options = options;
    this.random = Prng.fromSeed(options.seed ?? 1);
    this.bootstrapVoters = options.voters.map(nodeId);
    this.#safety = options.checkSafety === true
      ? new RaftSafetyCheckers(
        (checker, message) => this.#found.push({ checker, message }),
        (host) => {
          const node = this.node(host.id);
          return node.alive ? node.core.status().highWatermark : null;
        },
      )
      : null;
    for (const id of [...options.voters, ...(options.observers ?? [])]) this.addNode(id);
  }

  /** Adds a node that starts with the bootstrap voter set (an observer unless it is in it). */
  addNode(id: number): HarnessNode {
    assert.ok(!this.#nodes.has(id), `node ${id} exists`);
    const options = this.#options;
    const coreOptions: CoreOptions = {
      voters: this.bootstrapVoters,
      random: this.random.fork(`node-${id}`),
      electionTimeoutTicks: options.electionTimeoutTicks ?? 10,
      fetchTimeoutTicks: options.fetchTimeoutTicks ?? 15,
      ...(options.maxEntriesPerFetch === undefined ? {} : { maxEntriesPerFetch: options.maxEntriesPerFetch }),
      ...(options.snapshotChunkBytes === undefined ? {} : { snapshotChunkBytes: options.snapshotChunkBytes }),
      ...(options.testOnlyBreakSafety === undefined ? {} : { testOnlyBreakSafety: options.testOnlyBreakSafety }),
    };
    const node = new HarnessNode(nodeId(id), coreOptions, {
      keepPayloads: options.keepPayloads ?? true,
      ...(this.#safety === null ? {} : { observer: this.#safety }),
    });
    this.#nodes.set(id, node);
    this.#afterInput(node);
    return node;
  }

  /** Every node id, ascending. */
  ids(): number[] {
    return [...this.#nodes.keys()].sort((a, b) => a - b);
  }

  node(id: number): HarnessNode {
    const node = this.#nodes.get(id);
    assert.ok(node !== undefined, `no node ${id}`);
    return node;
  }

  /** Counts of inputs handed to cores: messages stepped, ticks, and both. */
  get counts(): { readonly steps: number; readonly ticks: number; readonly inputs: number } {
    return { steps: this.#stepCount, ticks: this.#tickCount, inputs: this.#inputCount };
  }

  /** The events recorded since the last drain (needs `recordEvents`). */
  drainEvents(): RaftEvent[] {
    const events = this.#events;
    this.#events = [];
    return events;
  }

  /** One tick of one node's logical clock. A crashed node does not tick. */
  tick(id: number): void {
    const node = this.node(id);
    if (!node.alive) return;
    node.core.tick();
    this.#tickCount++;
    this.#afterInput(node);
  }

  /** One tick on every live node, in id order. */
  tickAll(): void {
    for (const id of this.ids()) this.tick(id);
  }

  /** Delivers the message in flight with this sequence number (or loses it, see outcome). */
  deliver(sequence: number): Delivery {
    const message = this.network.take(sequence);
    const target = this.#nodes.get(message.to);
    let outcome: DeliveryOutcome = 'delivered';
    if (!this.network.canReach(message.from, message.to)) outcome = 'lost-partition';
    else if (target === undefined || !target.alive) outcome = 'lost-crashed';
    const before = this.#events.length;
    if (outcome === 'delivered' && target !== undefined) {
      target.core.step(message);
      this.#stepCount++;
      this.#afterInput(target);
    }
    return { message, outcome, events: this.#events.slice(before) };
  }

  /**
   * Delivers, in send order, every message in flight now that passes the filter; messages
   * they cause wait for the next round.
   */
  deliverRound(filter: MessageFilter = {}): Delivery[] {
    const chosen = this.network.inFlight.filter((item) => matchesFilter(item.message, filter));
    return chosen.map((item) => this.deliver(item.sequence));
  }

  /** Delivers rounds until nothing matching is in flight; asserts it ends within `maxRounds`. */
  stabilize(filter: MessageFilter = {}, maxRounds = 100): Delivery[] {
    const deliveries: Delivery[] = [];
    for (let round = 0; round < maxRounds; round++) {
      const delivered = this.deliverRound(filter);
      if (delivered.length === 0) return deliveries;
      deliveries.push(...delivered);
    }
    assert.fail(`messages still in flight after ${maxRounds} rounds`);
  }

  /** Proposes data entries on a node. */
  propose(id: number, payloads: readonly Uint8Array[]): ProposeResult {
    return this.#input(id, (node) => node.core.propose(payloads));
  }

  /** Asks a leader to resign in favour of the given voters (EndQuorumEpoch). */
  resign(id: number, preferredSuccessors?: readonly number[]): void {
    this.#input(id, (node) => node.core.resign(preferredSuccessors?.map(nodeId)));
  }

  addVoter(leader: number, voter: number): ChangeResult {
    return this.#input(leader, (node) => node.core.addVoter(nodeId(voter)));
  }

  removeVoter(leader: number, voter: number): ChangeResult {
    return this.#input(leader, (node) => node.core.removeVoter(nodeId(voter)));
  }

  /**
   * Has a node's state machine take a snapshot at `endOffset` (default: all it applied) and
   * hands it to the core, which may then shorten its log.
   */
  takeSnapshot(id: number, endOffset?: number): void {
    this.#input(id, (node) => {
      const machine = node.stateMachine;
      const end = endOffset ?? machine.appliedEnd;
      assert.ok(end > 0 && end <= machine.appliedEnd, `node ${id} has not applied up to ${end}`);
      const lastEpoch = node.durable.entries.find((entry) => entry.offset === end - 1)?.epoch;
      assert.ok(lastEpoch !== undefined, `node ${id} no longer holds offset ${end - 1}`);
      // The core fills in the voter set in force at the snapshot's end itself.
      const snapshotId = { offset: toOffset(end), epoch: lastEpoch };
      node.core.snapshotTaken({ id: snapshotId, data: machine.encodeUpTo(end) });
    });
  }

  /** Crashes a node: its core and state machine are gone, its durable record stays. */
  crash(id: number): void {
    this.node(id).crash();
    this.#check();
  }

  /**
   * Arms a torn crash: the node's next Ready that has something to persist is carried out only
   * up to `cut` (see TornCut), then the node crashes without sending anything.
   */
  tornCrash(id: number, cut: TornCut): void {
    this.node(id).armTornCrash(cut);
  }

  /** Restarts a crashed node from its durable record. */
  restart(id: number): void {
    const node = this.node(id);
    node.restart();
    this.#afterInput(node);
  }

  /** Groups of nodes that can talk only among themselves; see HarnessNetwork.partition. */
  partition(groups: readonly (readonly number[])[]): void {
    this.network.partition(groups);
  }

  heal(): void {
    this.network.heal();
  }

  /** Cancels every armed torn crash. */
  disarmTornCrashes(): void {
    for (const id of this.ids()) this.node(id).disarmTornCrash();
  }

  /** The live leaders, as [id, epoch] pairs, highest epoch first. */
  leaders(): { id: number; epoch: number }[] {
    return this.ids()
      .filter((id) => this.node(id).alive && this.node(id).core.status().role === 'leader')
      .map((id) => ({ id, epoch: this.node(id).core.status().epoch }))
      .sort((a, b) => b.epoch - a.epoch);
  }

  #input<T>(id: number, action: (node: HarnessNode) => T): T {
    const node = this.node(id);
    const result = action(node);
    this.#afterInput(node);
    return result;
  }

  #afterInput(node: HarnessNode): void {
    this.#inputCount++;
    node.processReady({
      send: (message) => this.network.send(message),
      event: (event) => {
        if (this.#options.recordEvents === true) this.#events.push(event);
      },
      ...(this.#safety === null ? {} : {
        uncovered: (message: Message, reason: string) => this.#found.push({
          checker: 'PersistBeforeSend',
          message: `node ${message.from} sent ${renderMessage(message)} but ${reason}`,
        }),
      }),
    });
    // A torn crash may have ended the node during that Ready.
    if (node.alive) this.#safety?.afterInput(node, node.core.status());
    // The checkers first: what they name is seen from outside, a core's invariant is its own view.
    this.#check();
    if (node.alive && this.#options.checkInvariants !== false) node.core.checkInvariants();
  }

  /** Throws what the checkers found during the last input, if anything. */
  #check(): void {
    const violations = this.#found;
    if (violations.length === 0) return;
    this.#found = [];
    throw new SafetyViolationError(violations, this.#inputCount);
  }
}
