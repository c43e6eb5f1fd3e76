// Raft safety on the real metadata quorum of the whole-cluster workload: every Raft checker of
// sim/checkers/ (raft-safety.ts: durability, log matching, election safety, leader completeness,
// state machine safety, monotonic high watermark and epoch, what a high watermark bounds), fed by
// each WeirNode's Raft driver through its tap (src/quorum/observer-tap.ts) and, after every
// event, with the Raft status of the node whose code ran. Part of sim/cluster/. Voters and
// observers alike: a broker-only node's log must match, and its state machine apply, the same.
import type { RaftStatus } from '../../raft/mod.js';
import type { WeirNode } from '../../src/node/weir-node.js';
import type { RaftDriverTap } from '../../src/quorum/observer-tap.js';
import type { CheckedNode } from '../checkers/checked-node.js';
import { RaftSafetyCheckers } from '../checkers/raft-safety.js';
import type { SimMachine } from '../machine.js';
import type { SimProcess, World } from '../world.js';

export class ClusterRaftSafety {
  private readonly checkers: RaftSafetyCheckers;
  /** Each machine's current driver status (from before its WeirNode finished starting). */
  private readonly statusOf = new Map<number, () => RaftStatus | null>();

  /** `silenced`: anomalies not reported (test only: a control shows another checker still fires). */
  constructor(private readonly world: World, private readonly machines: readonly SimMachine<WeirNode>[],
    silenced: ReadonlySet<string> = new Set()) {
    const report = (anomaly: string, message: string): void => {
      if (!silenced.has(anomaly)) world.fail(anomaly, message);
    };
    const highWatermarkOf = (checked: CheckedNode): number | null => {
      const machine = this.machines[checked.id - 1];
      return machine?.status === 'up' ? this.statusOf.get(checked.id)?.()?.highWatermark ?? null : null;
    };
    // The simulated disks take time: a follower's high watermark may run ahead of its fsync.
    this.checkers = new RaftSafetyCheckers(report, highWatermarkOf);
    world.afterEachEvent((owner) => this.afterEvent(owner));
  }

  /** Leaders elected so far (for the run summary). */
  get elections(): number {
    return this.checkers.elections.elections;
  }

  /** The tap of one incarnation of `machine`'s node, whose driver's status `status` reads. */
  tap(machine: SimMachine<unknown>, status: () => RaftStatus | null): RaftDriverTap {
    this.statusOf.set(machine.id, status);
    const checkers = this.checkers;
    return {
      onRaftEvent: (event) => checkers.onRaftEvent(machine, event),
      onRecovered: (recovered) => checkers.onRecovered(machine, recovered),
      onPersisting: (ready) => checkers.onPersisting(machine, ready),
      onPersisted: (ready) => checkers.onPersisted(machine, ready),
      onApplied: (entries) => checkers.onApplied(machine, entries),
    };
  }

  /** The node's process ended or refused to start (the machine's onDown). */
  onDown(machine: SimMachine<unknown>): void {
    this.statusOf.delete(machine.id);
    this.checkers.onDown(machine);
  }

  /** Only the node whose process owned the event ran: its status is the one that can have moved. */
  private afterEvent(owner: SimProcess | null): void {
    if (owner === null || this.world.violation !== null) return;
    for (const machine of this.machines) {
      if (machine.process !== owner || machine.status !== 'up') continue;
      const status = this.statusOf.get(machine.id)?.();
      if (status !== undefined && status !== null) this.checkers.afterInput(machine, status);
    }
  }
}
