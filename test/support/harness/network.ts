// The in-memory network of the Raft test harness (test/support/raft-harness.ts): a queue of
// messages in flight, each with a sequence number, plus the connectivity between nodes
// (partitions). Nothing is delivered on its own: the harness or the test picks which message
// arrives next, drops, duplicates or reorders, so every interleaving can be scripted or drawn
// at random from a seed. A message crossing a partition is lost when it would be delivered,
// like a packet on a cut link; one already in flight when the partition heals arrives.
import assert from 'node:assert/strict';
import type { Message } from '../../../raft/mod.js';

/** A message on its way, with the sequence number it was sent under (unique per harness). */
export interface InFlight {
  readonly sequence: number;
  readonly message: Message;
}

/** A filter over messages in flight; `undefined` fields match anything. */
export interface MessageFilter {
  readonly from?: number;
  readonly to?: number;
  readonly type?: Message['type'];
}

/** Whether `message` passes `filter`. */
export function matchesFilter(message: Message, filter: MessageFilter): boolean {
  if (filter.from !== undefined && message.from !== filter.from) return false;
  if (filter.to !== undefined && message.to !== filter.to) return false;
  if (filter.type !== undefined && message.type !== filter.type) return false;
  return true;
}

/**
 * Messages in flight and who can reach whom.
 * Invariant: `inFlight` is ordered by sequence number (send order) until a test reorders it.
 */
export class HarnessNetwork {
  readonly #inFlight: InFlight[] = [];
  #nextSequence = 1;
  /** Node id -> group number; two nodes talk only when both are in the same group. */
  #groupOf: Map<number, number> | null = null;

  /** The messages in flight, oldest first. */
  get inFlight(): readonly InFlight[] {
    return this.#inFlight;
  }

  /** Puts a message in flight; returns its sequence number. */
  send(message: Message): number {
    assert.notEqual(message.from, message.to, 'a node never messages itself');
    const sequence = this.#nextSequence++;
    this.#inFlight.push({ sequence, message });
    return sequence;
  }

  /** Takes the message with this sequence number off the network and returns it. */
  take(sequence: number): Message {
    const position = this.#inFlight.findIndex((item) => item.sequence === sequence);
    assert.ok(position >= 0, `no message ${sequence} in flight`);
    const [item] = this.#inFlight.splice(position, 1);
    assert.ok(item !== undefined);
    return item.message;
  }

  /** Sends a second copy of a message in flight, as a network that duplicates packets would. */
  duplicate(sequence: number): number {
    const item = this.#inFlight.find((candidate) => candidate.sequence === sequence);
    assert.ok(item !== undefined, `no message ${sequence} in flight`);
    return this.send(item.message);
  }

  /** Drops every message in flight that passes the filter; returns how many. */
  drop(filter: MessageFilter): number {
    let dropped = 0;
    for (let position = this.#inFlight.length - 1; position >= 0; position--) {
      const item = this.#inFlight[position] as InFlight;
      if (matchesFilter(item.message, filter)) {
        this.#inFlight.splice(position, 1);
        dropped++;
      }
    }
    return dropped;
  }

  /**
   * Splits the nodes into groups that cannot reach each other. A node in no group is cut off
   * from everyone.
   */
  partition(groups: readonly (readonly number[])[]): void {
    const groupOf = new Map<number, number>();
    groups.forEach((group, groupNumber) => {
      for (const id of group) {
        assert.ok(!groupOf.has(id), `node ${id} is in two groups`);
        groupOf.set(id, groupNumber);
      }
    });
    this.#groupOf = groupOf;
  }

  /** Removes every partition. */
  heal(): void {
    this.#groupOf = null;
  }

  /** Whether a message from `from` can reach `to` now. */
  canReach(from: number, to: number): boolean {
    if (this.#groupOf === null) return true;
    const fromGroup = this.#groupOf.get(from);
    return fromGroup !== undefined && fromGroup === this.#groupOf.get(to);
  }

  /** The groups of the current partition, or null when the network is whole. */
  get groups(): readonly (readonly number[])[] | null {
    if (this.#groupOf === null) return null;
    const groups: number[][] = [];
    for (const [id, group] of this.#groupOf) (groups[group] ??= []).push(id);
    return groups.filter((group) => group !== undefined).map((group) => group.sort((a, b) => a - b));
  }
}
