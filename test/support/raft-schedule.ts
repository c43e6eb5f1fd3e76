// Random fault schedules for the Raft harness, as fast-check arbitraries: a schedule is a list
// of actions (tick, deliver the i-th message in flight, drop or duplicate one, propose,
// partition, isolate the leader, heal, crash, crash in the middle of a Ready, restart,
// snapshot, resign, change voters) that `runSchedule` carries out on a
// RaftHarness. Because a schedule is plain data, fast-check can shrink a failing one to a short
// reproduction, and a printed seed replays it exactly. Used by test/raft/safety.property.test.ts;
// the fault classes follow Kafka's RaftEventSimulationTest and etcd's interaction tests
// (../shared/research/simulation.md §3).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RaftHarness, type TornCut } from './raft-harness.js';

/** One step of a schedule. `pick` chooses among messages in flight (modulo their count). */
export type ScheduleAction =
  | { readonly kind: 'tick'; readonly node: number }
  | { readonly kind: 'tick-all' }
  | { readonly kind: 'deliver'; readonly pick: number }
  | { readonly kind: 'deliver-round' }
  | { readonly kind: 'drop'; readonly pick: number }
  | { readonly kind: 'duplicate'; readonly pick: number }
  | { readonly kind: 'propose'; readonly node: number; readonly entryCount: number }
  | { readonly kind: 'partition'; readonly sides: readonly number[] }
  | { readonly kind: 'isolate-leader' }
  | { readonly kind: 'heal' }
  | { readonly kind: 'crash'; readonly node: number }
  | { readonly kind: 'torn-crash'; readonly node: number; readonly cut: TornCut }
  | { readonly kind: 'restart'; readonly node: number }
  | { readonly kind: 'snapshot'; readonly node: number }
  | { readonly kind: 'resign'; readonly node: number }
  | { readonly kind: 'change-voters'; readonly node: number };

/** The kinds of action. */
export type ActionKind = ScheduleAction['kind'];

/**
 * Relative weights of the actions in a schedule: mostly time passing and messages arriving,
 * so that elections and commits happen between the faults.
 */
export const defaultWeights: Readonly<Record<ActionKind, number>> = {
  'tick-all': 30,
  tick: 6,
  deliver: 30,
  'deliver-round': 12,
  drop: 3,
  duplicate: 3,
  propose: 8,
  snapshot: 1,
  resign: 1,
  // Cutting the leader off while it still takes proposals is what makes logs diverge.
  'isolate-leader': 2,
  partition: 2,
  heal: 2,
  'change-voters': 1,
  crash: 1,
  'torn-crash': 1,
  restart: 2,
};

/** Which faults a schedule may contain, and how long it is. */
export interface ScheduleShape {
  /** Node ids of the cluster (voters and observers). */
  readonly nodes: readonly number[];
  readonly maxActions: number;
  readonly crashes?: boolean;
  readonly partitions?: boolean;
  /** Voter additions and removals (KIP-853) on the leader; keeps at least `minVoters` voters. */
  readonly membership?: { readonly minVoters: number };
  /** Overrides of `defaultWeights`, e.g. `{ snapshot: 5 }` to stress snapshot transfer. */
  readonly weights?: Partial<Record<ActionKind, number>>;
}

/** One arbitrary per action kind. */
function actionArbitraries(nodes: readonly number[]): Record<ActionKind, fc.Arbitrary<ScheduleAction>> {
  const node = fc.constantFrom(...nodes);
  const pick = fc.nat({ max: 1000 });
  const sides = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: nodes.length, maxLength: nodes.length });
  return {
    'tick-all': fc.constant({ kind: 'tick-all' }),
    tick: node.map((id) => ({ kind: 'tick', node: id })),
    deliver: pick.map((index) => ({ kind: 'deliver', pick: index })),
    'deliver-round': fc.constant({ kind: 'deliver-round' }),
    drop: pick.map((index) => ({ kind: 'drop', pick: index })),
    duplicate: pick.map((index) => ({ kind: 'duplicate', pick: index })),
    propose: fc.record({ node, entryCount: fc.integer({ min: 1, max: 3 }) })
      .map((fields) => ({ kind: 'propose', ...fields })),
    snapshot: node.map((id) => ({ kind: 'snapshot', node: id })),
    resign: node.map((id) => ({ kind: 'resign', node: id })),
    'isolate-leader': fc.constant({ kind: 'isolate-leader' }),
    partition: sides.map((assignment) => ({ kind: 'partition', sides: assignment })),
    heal: fc.constant({ kind: 'heal' }),
    'change-voters': node.map((id) => ({ kind: 'change-voters', node: id })),
    crash: node.map((id) => ({ kind: 'crash', node: id })),
    'torn-crash': fc.record({ node, cut: fc.constantFrom<TornCut>(0, 1, 2, 3, 4) })
      .map((fields) => ({ kind: 'torn-crash', ...fields })),
    restart: node.map((id) => ({ kind: 'restart', node: id })),
  };
}

/** Schedules of `maxActions / 2` to `maxActions` actions drawn with the shape's weights. */
export function scheduleArbitrary(shape: ScheduleShape): fc.Arbitrary<ScheduleAction[]> {
  const weights: Record<ActionKind, number> = { ...defaultWeights, ...shape.weights };
  if (shape.partitions === false) Object.assign(weights, { 'isolate-leader': 0, partition: 0, heal: 0 });
  if (shape.crashes === false) Object.assign(weights, { crash: 0, 'torn-crash': 0, restart: 0 });
  if (shape.membership === undefined) weights['change-voters'] = 0;
  const arbitraries = actionArbitraries(shape.nodes);
  const weighted = (Object.keys(weights) as ActionKind[])
    .filter((kind) => weights[kind] > 0)
    .map((kind) => ({ weight: weights[kind], arbitrary: arbitraries[kind] }));
  assert.ok(weighted.length > 0, 'a schedule has at least one kind of action');
  // size 'max': without it fast-check keeps arrays short, and short schedules elect no leader.
  const minLength = Math.floor(shape.maxActions / 2);
  return fc.array(fc.oneof(...weighted), { minLength, maxLength: shape.maxActions, size: 'max' });
}

/** Carries out schedules on one harness; numbers proposals so every payload is unique. */
export class ScheduleRunner {
  readonly #harness: RaftHarness;
  readonly #minVoters: number;
  #proposalCount = 0;

  /** @param options.minVoters voter removals stop at this many voters (default 3) */
  constructor(harness: RaftHarness, options: { readonly minVoters?: number } = {}) {
    this.#harness = harness;
    this.#minVoters = options.minVoters ?? 3;
  }

  /** Runs every action in order. Safety violations surface as thrown errors. */
  run(actions: readonly ScheduleAction[]): void {
    for (const action of actions) this.apply(action);
  }

  apply(action: ScheduleAction): void {
    const harness = this.#harness;
    switch (action.kind) {
      case 'tick': return harness.tick(action.node);
      case 'tick-all': return harness.tickAll();
      case 'deliver': return this.#withPicked(action.pick, (sequence) => void harness.deliver(sequence));
      case 'deliver-round': return void harness.deliverRound();
      case 'drop': return this.#withPicked(action.pick, (sequence) => void harness.network.take(sequence));
      case 'duplicate': return this.#withPicked(action.pick, (sequence) => void harness.network.duplicate(sequence));
      case 'propose': return this.#propose(action.node, action.entryCount);
      case 'partition': return this.#partition(action.sides);
      case 'isolate-leader': return this.#isolateLeader();
      case 'heal': return harness.heal();
      case 'crash': if (harness.node(action.node).alive) harness.crash(action.node); return;
      case 'torn-crash': if (harness.node(action.node).alive) harness.tornCrash(action.node, action.cut); return;
      case 'restart': if (!harness.node(action.node).alive) harness.restart(action.node); return;
      case 'snapshot': return this.#snapshot(action.node);
      case 'resign': if (this.#isLeader(action.node)) harness.resign(action.node); return;
      case 'change-voters': return this.#changeVoters(action.node);
      default: {
        const unexpected: never = action;
        assert.fail(`unknown action ${JSON.stringify(unexpected)}`);
      }
    }
  }

  /**
   * Proposes `entryCount` fresh payloads on the node if it leads, else on every node that
   * believes it leads. Feeding deposed leaders that have not noticed yet is what makes logs
   * diverge, so truncation gets exercised.
   */
  #propose(node: number, entryCount: number): void {
    const targets = this.#isLeader(node) ? [node] : this.#harness.leaders().map((leader) => leader.id);
    for (const target of targets) {
      const payloads: Uint8Array[] = [];
      for (let count = 0; count < entryCount; count++) payloads.push(new TextEncoder().encode(`p${++this.#proposalCount}`));
      this.#harness.propose(target, payloads);
    }
  }

  #withPicked(pick: number, action: (sequence: number) => void): void {
    const inFlight = this.#harness.network.inFlight;
    if (inFlight.length === 0) return;
    action((inFlight[pick % inFlight.length] as { sequence: number }).sequence);
  }

  #partition(sides: readonly number[]): void {
    const ids = this.#harness.ids();
    const groups: number[][] = [[], [], []];
    ids.forEach((id, position) => (groups[sides[position] ?? 0] as number[]).push(id));
    this.#harness.partition(groups.filter((group) => group.length > 0));
  }

  #snapshot(node: number): void {
    const harnessNode = this.#harness.node(node);
    if (!harnessNode.alive) return;
    const status = harnessNode.core.status();
    if (harnessNode.stateMachine.appliedEnd > status.logStartOffset) this.#harness.takeSnapshot(node);
  }

  #isolateLeader(): void {
    const leader = this.#harness.leaders()[0];
    if (leader === undefined) return;
    this.#harness.partition([[leader.id], this.#harness.ids().filter((id) => id !== leader.id)]);
  }

  /** On the newest leader: removes `node` if it votes, else adds it. Refusals are fine. */
  #changeVoters(node: number): void {
    const leader = this.#harness.leaders()[0];
    if (leader === undefined) return;
    const voters = this.#harness.node(leader.id).core.status().voters;
    if (!voters.includes(node as never)) this.#harness.addVoter(leader.id, node);
    else if (voters.length > this.#minVoters) this.#harness.removeVoter(leader.id, node);
  }

  #isLeader(node: number): boolean {
    const harnessNode = this.#harness.node(node);
    return harnessNode.alive && harnessNode.core.status().role === 'leader';
  }
}

/** A short text of a schedule for failure reports: one action per line. */
export function describeSchedule(actions: readonly ScheduleAction[]): string {
  return actions.map((action) => JSON.stringify(action)).join('\n');
}
