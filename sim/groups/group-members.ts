// The members of the groups workload, each a client machine whose process can crash
// (`client-crash` steps of the nemesis) and start again as a new incarnation: a new process, a
// new Kafka client, and a new member that joins with no member id, while the group removes the
// crashed one when its session expires. Part of sim/groups/.
import assert from 'node:assert/strict';
import { fetchVersions } from '../kafka/kafka-requests.js';
import { PartitionLeaders } from '../replication/partition-leaders.js';
import type { SimNetwork } from '../sim-network.js';
import { ClientMachine, versionFor } from '../workloads/kafka-clients.js';
import { describeError, type World } from '../world.js';
import { ClassicMember, type ClassicMemberOptions } from './classic-member.js';
import { ConsumerMember } from './consumer-member.js';
import type { GroupHistorySink } from './group-checkers.js';
import { groupVersionColumns, type GroupVersions } from './group-requests.js';

/** The group protocol the members speak: classic (JoinGroup, SyncGroup) or KIP-848's. */
export type GroupProtocol = 'classic' | 'consumer';

/** One member name's current incarnation. */
interface Slot {
  incarnation: number;
  member: ClassicMember | ConsumerMember | null;
  machine: ClientMachine | null;
  /** The run of the live incarnation (a crashed one's never ends and is dropped). */
  run: Promise<void> | null;
}

export class GroupMembers {
  readonly names: readonly string[];
  crashes = 0;
  private readonly slots = new Map<string, Slot>();
  private stopping = false;

  constructor(private readonly world: World, private readonly network: SimNetwork, private readonly history: GroupHistorySink,
    private readonly options: Omit<ClassicMemberOptions, 'versions' | 'fetchVersion'> & { readonly memberCount: number;
      readonly protocol: GroupProtocol }) {
    this.names = Array.from({ length: options.memberCount }, (_, index) => `member-${index + 1}`);
    for (const name of this.names) this.slots.set(name, { incarnation: -1, member: null, machine: null, run: null });
  }

  /** Starts every member, each at a slightly different time. */
  start(delayMs: number): void {
    for (const [index, name] of this.names.entries()) this.world.schedule(delayMs + index * 150, null, () => this.startMember(name));
  }

  /** The coordinator the members last found (the first live member's), or null. */
  coordinator(): number | null {
    for (const slot of this.slots.values()) if (slot.member?.coordinator != null) return slot.member.coordinator;
    return null;
  }

  /** Crashes `name`'s process; returns how to start its next incarnation, or null if it is not running. */
  crash(name: string): (() => void) | null {
    const slot = this.slots.get(name);
    assert.ok(slot !== undefined, `no member ${name}`);
    if (slot.machine === null || this.stopping) return null;
    this.world.stop(slot.machine.process);
    this.network.crashHost(name);
    this.world.record('member-crash', { member: name, incarnation: slot.incarnation });
    this.crashes += 1;
    Object.assign(slot, { member: null, machine: null, run: null });
    return () => { if (slot.machine === null && !this.stopping) this.startMember(name); };
  }

  /** Starts every crashed member again (the heal). */
  restartCrashed(): void {
    for (const [name, slot] of this.slots) if (slot.machine === null && slot.incarnation >= 0) this.startMember(name);
  }

  /** Asks every live member to commit and leave; resolves once they all did. */
  async stop(): Promise<void> {
    this.stopping = true;
    const runs: Array<Promise<void>> = [];
    for (const slot of this.slots.values()) {
      slot.member?.stop();
      if (slot.run !== null) runs.push(slot.run);
    }
    await Promise.all(runs);
  }

  private startMember(name: string): void {
    const slot = this.slots.get(name) as Slot;
    slot.incarnation += 1;
    const tag = `${name}#${slot.incarnation}`;
    const machine = new ClientMachine(name, this.world, this.network, this.options.requestTimeoutMs, slot.incarnation);
    const leaders = new PartitionLeaders(this.options.nodeIds, this.world.random.fork(`${tag}/leaders`));
    const versions = groupVersionColumns[versionFor(name, groupVersionColumns.map((_, index) => index))] as GroupVersions;
    const random = this.world.random.fork(`${tag}/member`);
    const options = { ...this.options, versions, fetchVersion: versionFor(name, fetchVersions) };
    const member = this.options.protocol === 'classic' ? new ClassicMember(this.world, machine, leaders, this.history, random, options)
      : new ConsumerMember(this.world, machine, leaders, this.history, random, options);
    this.world.record('member-start', { member: name, incarnation: slot.incarnation });
    slot.machine = machine;
    slot.member = member;
    slot.run = member.run().catch((error: unknown) => { this.world.fail('assertion', `${tag} threw: ${describeError(error)}`); });
  }
}
