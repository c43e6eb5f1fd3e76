// Small helpers for the Raft core's unit tests: build cores, carry out Readies the way a driver
// would (recording what was persisted, sent and applied), and deliver messages by hand.
// Goal: let each unit test drive one or a few RaftCore values message by message through
// raft/mod.ts only, with no network model; the shared harness in test/support/ is separate.
import { expect } from 'vitest';
import {
  RaftCore, epoch, nodeId, offset, type Entry, type HardState, type Message, type NodeId, type RaftEvent,
  type RaftOptions, type Ready, type Snapshot, type TestOnlyUnsafe,
} from '../../../raft/mod.js';

/** A deterministic random source: a fixed sequence of values, or always 0 (the shortest timeout). */
export class ScriptedRandom {
  #values: number[];
  constructor(values: readonly number[] = []) { this.#values = [...values]; }
  nextInt(bound: number): number {
    const value = this.#values.shift() ?? 0;
    return value % bound;
  }
}

/** A small seeded generator (xorshift32) for tests that need timeouts to differ between nodes. */
export class SeededRandom extends ScriptedRandom {
  #state: number;
  constructor(seed: number) {
    super();
    this.#state = (seed * 2654435761) >>> 0 || 1;
  }
  override nextInt(bound: number): number {
    let state = this.#state;
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    this.#state = state >>> 0;
    return this.#state % bound;
  }
}

/** What a driver persisted for one node, as a restart would read it back. */
export interface DurableRecord {
  hardState: HardState | null;
  snapshot: Snapshot | null;
  entries: Entry[];
  applied: Entry[];
  appliedSnapshots: Snapshot[];
}

/** A core plus what its driver did with every Ready. */
export interface TestNode {
  readonly id: NodeId;
  core: RaftCore;
  readonly durable: DurableRecord;
  /** Messages sent and not yet delivered or dropped by the test. */
  outbox: Message[];
  events: RaftEvent[];
  readies: Ready[];
}

/** Options for `makeNode`. */
export interface NodeOptions {
  readonly voters: readonly number[];
  readonly electionTimeoutTicks?: number;
  readonly fetchTimeoutTicks?: number;
  readonly random?: ScriptedRandom;
  readonly maxEntriesPerFetch?: number;
  readonly snapshotChunkBytes?: number;
  readonly unsafe?: TestOnlyUnsafe;
  readonly restored?: RaftOptions['restored'];
}

/** Builds one node with the given voters; defaults: election timeout 10, fetch timeout 20. */
export function makeNode(id: number, options: NodeOptions): TestNode {
  const core = new RaftCore({
    id: nodeId(id),
    voters: options.voters.map(nodeId),
    random: options.random ?? new ScriptedRandom(),
    electionTimeoutTicks: options.electionTimeoutTicks ?? 10,
    fetchTimeoutTicks: options.fetchTimeoutTicks ?? 20,
    ...(options.maxEntriesPerFetch === undefined ? {} : { maxEntriesPerFetch: options.maxEntriesPerFetch }),
    ...(options.snapshotChunkBytes === undefined ? {} : { snapshotChunkBytes: options.snapshotChunkBytes }),
    ...(options.unsafe === undefined ? {} : { testOnlyBreakSafety: options.unsafe }),
    ...(options.restored === undefined ? {} : { restored: options.restored }),
  });
  const node: TestNode = {
    id: nodeId(id), core, outbox: [], events: [], readies: [],
    durable: { hardState: null, snapshot: null, entries: [], applied: [], appliedSnapshots: [] },
  };
  if (options.restored !== undefined) {
    node.durable.hardState = options.restored.hardState;
    node.durable.snapshot = options.restored.snapshot;
    node.durable.entries = [...options.restored.entries];
  }
  flush(node);
  return node;
}

/** Carries out one Ready in the contract's order. */
export function carryOut(node: TestNode, ready: Ready): void {
  const durable = node.durable;
  if (ready.hardState !== null) durable.hardState = ready.hardState;
  if (ready.snapshotToPersist !== null) durable.snapshot = ready.snapshotToPersist;
  if (ready.truncateLogTo !== null) {
    const end = ready.truncateLogTo;
    durable.entries = durable.entries.filter((entry) => entry.offset < end);
  }
  durable.entries.push(...ready.entriesToPersist);
  if (ready.logStartOffset !== null) {
    const start = ready.logStartOffset;
    durable.entries = durable.entries.filter((entry) => entry.offset >= start);
  }
  node.outbox.push(...ready.messages);
  if (ready.snapshotToApply !== null) durable.appliedSnapshots.push(ready.snapshotToApply);
  durable.applied.push(...ready.committed);
  node.events.push(...ready.events);
  node.readies.push(ready);
}

/** Handles every pending Ready and checks the core's invariants. */
export function flush(node: TestNode): void {
  while (node.core.hasReady()) {
    const ready = node.core.ready();
    carryOut(node, ready);
    node.core.advance(ready);
  }
  node.core.checkInvariants();
}

/** Ticks a node `count` times, flushing after each tick. */
export function tick(node: TestNode, count = 1): void {
  for (let tickIndex = 0; tickIndex < count; tickIndex += 1) {
    node.core.tick();
    flush(node);
  }
}

/** Delivers one message to its node and flushes. */
export function deliver(nodes: ReadonlyMap<number, TestNode>, message: Message): void {
  const target = nodes.get(message.to);
  if (target === undefined) return;
  target.core.step(message);
  flush(target);
}

/** Takes (removes) the messages a node sent, optionally only of one type. */
export function takeMessages<T extends Message['type']>(node: TestNode, type?: T): Array<Extract<Message, { type: T }>> {
  const taken = node.outbox.filter((message) => type === undefined || message.type === type);
  node.outbox = node.outbox.filter((message) => !taken.includes(message));
  return taken as Array<Extract<Message, { type: T }>>;
}

/** A small cluster: nodes keyed by id. */
export type Cluster = Map<number, TestNode>;

/** Builds a cluster of voters (and optional observers) sharing a bootstrap voter set. */
export function makeCluster(voters: readonly number[], options: Omit<NodeOptions, 'voters'> & {
  readonly observers?: readonly number[];
  readonly randomFor?: (id: number) => ScriptedRandom;
  readonly restoredFor?: (id: number) => RaftOptions['restored'];
} = {}): Cluster {
  const cluster: Cluster = new Map();
  for (const id of [...voters, ...(options.observers ?? [])]) {
    const random = options.randomFor?.(id) ?? options.random ?? new ScriptedRandom();
    const restored = options.restoredFor?.(id) ?? options.restored;
    cluster.set(id, makeNode(id, { ...options, voters, random, ...(restored === undefined ? {} : { restored }) }));
  }
  return cluster;
}

/**
 * Delivers every message in flight until the network is quiet (or `roundsMax` rounds), with an
 * optional filter that drops messages (return false to drop).
 */
export function deliverAll(cluster: Cluster, keep: (message: Message) => boolean = () => true, roundsMax = 100): void {
  for (let round = 0; round < roundsMax; round += 1) {
    const inFlight = [...cluster.values()].flatMap((node) => takeMessages(node));
    if (inFlight.length === 0) return;
    for (const message of inFlight) if (keep(message)) deliver(cluster, message);
  }
}

/** Ticks every node once (in id order) and delivers everything. */
export function tickAll(cluster: Cluster, count = 1, keep?: (message: Message) => boolean): void {
  for (let tickIndex = 0; tickIndex < count; tickIndex += 1) {
    for (const node of cluster.values()) tick(node);
    deliverAll(cluster, keep);
  }
}

/**
 * Ticks `id` alone until it leads (a few election timeouts at most), delivering everything the
 * filter keeps.
 */
export function electLeader(
  cluster: Cluster,
  id: number,
  keep: (message: Message) => boolean = () => true,
  ticksMax = 100,
): TestNode {
  const node = cluster.get(id);
  if (node === undefined) throw new Error(`no node ${id}`);
  for (let tickIndex = 0; tickIndex < ticksMax && node.core.status().role !== 'leader'; tickIndex += 1) {
    tick(node);
    deliverAll(cluster, keep);
  }
  expect(node.core.status().role).toBe('leader');
  return node;
}

/** The node with id `id`. */
export function nodeOf(cluster: Cluster, id: number): TestNode {
  const node = cluster.get(id);
  if (node === undefined) throw new Error(`no node ${id}`);
  return node;
}

/** Encodes a string payload. */
export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The data payloads a node applied, decoded. */
export function appliedData(node: TestNode): string[] {
  return node.durable.applied
    .filter((entry) => entry.kind === 'data')
    .map((entry) => new TextDecoder().decode(entry.payload));
}

/** Events of one type a node reported. */
export function eventsOf<T extends RaftEvent['type']>(node: TestNode, type: T): Array<Extract<RaftEvent, { type: T }>> {
  return node.events.filter((event) => event.type === type) as Array<Extract<RaftEvent, { type: T }>>;
}

/** An entry for a restored log. */
export function entry(at: number, epochOf: number, kind: Entry['kind'] = 'data', text = `${at}`): Entry {
  return { offset: offset(at), epoch: epoch(epochOf), kind, payload: kind === 'data' ? bytes(text) : new Uint8Array(0) };
}

/** A restored durable state: a hard state in `epochOf` and the given entries. */
export function restoredLog(epochOf: number, entries: readonly Entry[]): NonNullable<RaftOptions['restored']> {
  return { hardState: { epoch: epoch(epochOf), votedFor: null, leader: null }, snapshot: null, entries };
}
