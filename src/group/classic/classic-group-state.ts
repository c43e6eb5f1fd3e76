// The five states of a classic group and the transitions between them, as Kafka's
// ClassicGroupState defines them (the rebalance protocol of KIP-62):
//
//   Empty               ── a member joins ──────────────────▶ PreparingRebalance
//   PreparingRebalance  ── join phase ends, members remain ─▶ CompletingRebalance
//   PreparingRebalance  ── join phase ends, nobody left ────▶ Empty
//   CompletingRebalance ── leader's assignment committed ───▶ Stable
//   CompletingRebalance ── a join, leave or expiry ─────────▶ PreparingRebalance
//   Stable              ── a join, leave or expiry ─────────▶ PreparingRebalance
//   any state           ── deleted, or the shard unloads ───▶ Dead
//
// Pure: no I/O, no clock.
import assert from 'node:assert/strict';

/** Kafka's state names, as DescribeGroups and ListGroups print them. */
export type ClassicGroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

/** For each state, the states it may be entered from (ClassicGroupState.validPreviousStates). */
const validPreviousStates: Readonly<Record<ClassicGroupState, readonly ClassicGroupState[]>> = {
  Empty: ['PreparingRebalance'],
  PreparingRebalance: ['Stable', 'CompletingRebalance', 'Empty'],
  CompletingRebalance: ['PreparingRebalance'],
  Stable: ['CompletingRebalance'],
  Dead: ['Stable', 'PreparingRebalance', 'CompletingRebalance', 'Empty', 'Dead'],
};

/** Whether a group in `from` may move to `to`. */
export function isValidTransition(from: ClassicGroupState, to: ClassicGroupState): boolean {
  return validPreviousStates[to].includes(from);
}

/** Asserts a transition is one the state machine allows (a bug otherwise, never bad input). */
export function assertValidTransition(from: ClassicGroupState, to: ClassicGroupState): void {
  assert.ok(isValidTransition(from, to), `classic group transition ${from} -> ${to} is allowed`);
}

/** Whether a rebalance may start from `state` (it can from Empty, Stable and CompletingRebalance). */
export function canRebalance(state: ClassicGroupState): boolean {
  return isValidTransition(state, 'PreparingRebalance');
}

/** ListGroups' states filter compares lower-case names (Kafka's toLowerCaseString). */
export function matchesStateFilter(state: ClassicGroupState, filter: readonly string[]): boolean {
  return filter.length === 0 || filter.some((name) => name.toLowerCase() === state.toLowerCase());
}
