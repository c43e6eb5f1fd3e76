// A simulated member's link to its group's coordinator: found with FindCoordinator through a
// random node, kept while the connection to it opens, forgotten after an answer saying it moved
// (NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE, COORDINATOR_LOAD_IN_PROGRESS) or no answer at
// all. Part of sim/groups/; both members (classic-member.ts, consumer-member.ts) use it.
import { ErrorCode } from '../../src/protocol/mod.js';
import type { KafkaSend } from '../kafka/kafka-requests.js';
import { kafkaAddressOf } from '../kafka/weir-node-program.js';
import type { Prng } from '../prng.js';
import type { PartitionLeaders } from '../replication/partition-leaders.js';
import type { ClientMachine } from '../workloads/kafka-clients.js';
import type { GroupHistorySink } from './group-checkers.js';
import { findCoordinator } from './group-requests.js';

export class CoordinatorLink {
  /** The coordinator's node id as last found, or null. */
  id: number | null = null;

  constructor(private readonly machine: ClientMachine, private readonly leaders: PartitionLeaders,
    private readonly history: GroupHistorySink, private readonly random: Prng,
    private readonly options: { readonly group: string; readonly findCoordinatorVersion: number; readonly requestTimeoutMs: number }) {}

  /** Sends to the coordinator. Precondition: `id` is known (`ensure` answered true). */
  get send(): KafkaSend {
    if (this.id === null) throw new RangeError('Cannot send to the coordinator: none is known');
    return this.machine.sendTo(kafkaAddressOf(this.id));
  }

  /** Finds the coordinator unless one is known and reachable; false (after a pause) when none answered. */
  async ensure(): Promise<boolean> {
    if (this.id !== null) {
      if (await this.machine.connected(kafkaAddressOf(this.id))) return true;
      this.id = null;
    }
    const address = this.leaders.anyNode();
    if (await this.machine.connected(address)) {
      const answer = await findCoordinator(this.machine.sendTo(address), this.options.group,
        { version: this.options.findCoordinatorVersion, timeoutMs: this.options.requestTimeoutMs });
      if (answer.kind === 'answer' && answer.errorCode === ErrorCode.NONE) {
        this.id = answer.nodeId;
        return true;
      }
    }
    await this.machine.sleep(30 + this.random.nextInt(50));
    return false;
  }

  /** Forgets the coordinator after an answer saying it moved (or none at all). */
  lost(why: string): void {
    this.history.note(this.machine.name, `coordinator ${this.id} lost: ${why}`);
    this.id = null;
  }
}
