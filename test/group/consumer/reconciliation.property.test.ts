// Goal: KIP-848's safety and liveness through any sequence of member actions. Safety: no
// partition is ever consumed by two members at once — checked on the consumers' side (what
// each TestMember really holds, slow consumers included), after every step. Liveness: once
// every consumer heartbeats and takes up its assignment, the group becomes Stable with every
// partition held by exactly one consumer at the group's epoch.
// Method: fast-check draws a sequence of joins, heartbeats (taking the answer up at once or
// not yet), late take-ups, leaves, crashes (the others heartbeat on through the session timeout)
// and topics growing, run on the real ConsumerGroups over the in-memory shard context. The
// negative control breaks the real reconciliation (TestOnlyBreakConsumerGroups:
// revokeWithoutWaiting) and expects this checker, "partition owned by two members", to fire.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConsumerGroups } from '../../../src/group/consumer/consumer-groups.js';
import type { TestOnlyBreakConsumerGroups } from '../../../src/group/consumer/test-only-break-consumer-groups.js';
import { eachPartition, partitionCount } from '../../../src/group/consumer/topic-partitions.js';
import { imageWithTopics, MemoryShardContext, testSettings } from './support/memory-shard-context.js';
import { TestMember } from './support/test-member.js';

type Step =
  | { readonly kind: 'join'; readonly topics: readonly string[] }
  | { readonly kind: 'heartbeat'; readonly member: number; readonly takeUp: boolean }
  | { readonly kind: 'take-up'; readonly member: number }
  | { readonly kind: 'leave'; readonly member: number }
  | { readonly kind: 'crash'; readonly member: number }
  | { readonly kind: 'grow'; readonly topic: 'alpha' | 'beta' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('join' as const),
    topics: fc.constantFrom(['alpha'], ['beta'], ['alpha', 'beta']) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('heartbeat' as const), member: fc.nat(7), takeUp: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('take-up' as const), member: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('leave' as const), member: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('crash' as const), member: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('grow' as const), topic: fc.constantFrom('alpha' as const, 'beta' as const) }) },
);

/** The checker: what the live consumers hold is pairwise disjoint. */
function checkNoPartitionOwnedTwice(consumers: readonly TestMember[]): void {
  const holder = new Map<string, string>();
  for (const consumer of consumers) {
    for (const [topicId, partition] of eachPartition(consumer.owned)) {
      const key = `${topicId}:${partition}`;
      const other = holder.get(key);
      if (other !== undefined) {
        throw new Error(`partition owned by two members: ${key} by "${other}" and "${consumer.memberId}"`);
      }
      holder.set(key, consumer.memberId);
    }
  }
}

class World {
  readonly partitions = { alpha: 3, beta: 2 };
  readonly context = new MemoryShardContext(testSettings, imageWithTopics(this.partitions));
  readonly groups: ConsumerGroups;
  readonly consumers: TestMember[] = [];
  private joined = 0;

  constructor(testOnlyBreak?: TestOnlyBreakConsumerGroups) {
    this.groups = new ConsumerGroups(this.context, () => undefined, testOnlyBreak);
  }

  private pick(index: number): TestMember | undefined {
    return this.consumers.length === 0 ? undefined : this.consumers[index % this.consumers.length];
  }

  async run(next: Step): Promise<void> {
    switch (next.kind) {
      case 'join': {
        if (this.consumers.length >= 5) return;
        const consumer = new TestMember(this.groups, { topics: next.topics, memberId: `m${this.joined++}` });
        this.consumers.push(consumer);
        await consumer.join();
        return;
      }
      case 'heartbeat': await this.pick(next.member)?.heartbeat({ takeUp: next.takeUp }); return;
      case 'take-up': this.pick(next.member)?.applyAssignment(); return;
      case 'leave': return this.leave(next.member);
      case 'crash': return this.crash(next.member);
      case 'grow':
        this.partitions[next.topic] += 1;
        this.context.currentImage = imageWithTopics(this.partitions);
        return;
      default: {
        const unexpected: never = next;
        throw new Error(`unknown step ${JSON.stringify(unexpected)}`);
      }
    }
  }

  private async leave(index: number): Promise<void> {
    const consumer = this.pick(index);
    if (consumer === undefined) return;
    this.consumers.splice(this.consumers.indexOf(consumer), 1);
    await consumer.leave();
  }

  /** A consumer dies (it holds nothing any more); the others heartbeat through its session timeout. */
  private async crash(index: number): Promise<void> {
    const consumer = this.pick(index);
    if (consumer === undefined) return;
    this.consumers.splice(this.consumers.indexOf(consumer), 1);
    consumer.loseEverything();
    const stepMs = testSettings.consumerGroupHeartbeatIntervalMs;
    for (let elapsed = 0; elapsed <= testSettings.consumerGroupSessionTimeoutMs; elapsed += stepMs) {
      this.context.advance(stepMs);
      for (const other of [...this.consumers]) {
        await other.heartbeat();
        this.check();
      }
    }
  }

  check(): void {
    checkNoPartitionOwnedTwice(this.consumers);
    this.groups.group('group')?.checkInvariants();
  }

  /** Everyone heartbeats and takes up its answers until the group is Stable (bounded rounds). */
  async settle(): Promise<void> {
    // At least one round: a change of the image shows only at the next heartbeat.
    for (let round = 0; round < 12; round++) {
      for (const consumer of this.consumers) {
        await consumer.heartbeat();
        if (consumer.epoch === 0) await consumer.join();
        this.check();
      }
      if (this.groups.group('group')?.state() === 'Stable') return;
    }
  }
}

async function runSteps(steps: readonly Step[], testOnlyBreak?: TestOnlyBreakConsumerGroups): Promise<World> {
  const world = new World(testOnlyBreak);
  for (const next of steps) {
    await world.run(next);
    world.check();
  }
  return world;
}

const steps = fc.array(step, { minLength: 1, maxLength: 40 });

describe('KIP-848 reconciliation through any sequence of member actions', () => {
  it('never lets two members own one partition, and settles to a Stable group holding every partition', async () => {
    await fc.assert(fc.asyncProperty(steps, async (drawn) => {
      const world = await runSteps(drawn);
      await world.settle();
      const group = world.groups.group('group');
      if (world.consumers.length === 0 || group === undefined) return;
      expect(group.state()).toBe('Stable');
      for (const consumer of world.consumers) expect(consumer.epoch).toBe(group.groupEpoch);
      const subscribed = new Set(world.consumers.flatMap((consumer) => consumer.options.topics));
      const expected = [...subscribed].reduce((sum, topic) => sum + world.partitions[topic as 'alpha' | 'beta'], 0);
      const held = world.consumers.reduce((sum, consumer) => sum + partitionCount(consumer.owned), 0);
      expect(held).toBe(expected);
    }), { numRuns: 150 });
  });

  it('negative control: with revokeWithoutWaiting the checker "partition owned by two members" fires', async () => {
    let caught: unknown;
    try {
      await fc.assert(fc.asyncProperty(steps, async (drawn) => {
        await runSteps(drawn, { revokeWithoutWaiting: true });
      // A fixed seed keeps the control deterministic; it fails within a few hundred runs.
      }), { numRuns: 2000, seed: 848 });
    } catch (error) {
      caught = error;
    }
    const cause = (caught as { cause?: unknown } | undefined)?.cause;
    expect(String(cause)).toContain('partition owned by two members');
  });
});
