// The groups workload's lag monitor: a client that, like Burrow or kafka-exporter, reads the
// group's committed offsets of every partition every `intervalMs` (OffsetFetch v8, outside the
// group), so the committed-offsets checker sees the register between the members' own reads.
// Part of sim/groups/. A member that keeps its partitions across a coordinator failover never
// fetches its offsets again, and its next commit overwrites a lost one; the monitor's reads are
// what show a commit acknowledged by one coordinator and missing at the next.
import type { SimNetwork } from '../sim-network.js';
import { PartitionLeaders } from '../replication/partition-leaders.js';
import { ClientMachine } from '../workloads/kafka-clients.js';
import type { World } from '../world.js';
import { CoordinatorLink } from './coordinator-link.js';
import type { GroupHistorySink } from './group-checkers.js';
import { fetchOffsets, groupVersionColumns } from './group-requests.js';

export class OffsetAuditor {
  fetches = 0;
  private running = true;
  private loop: Promise<void> | null = null;

  constructor(private readonly world: World, network: SimNetwork, private readonly history: GroupHistorySink,
    private readonly options: { readonly group: string; readonly partitions: readonly string[]; readonly nodeIds: readonly number[];
      readonly intervalMs: number; readonly requestTimeoutMs: number },
    private readonly machine = new ClientMachine('lag-monitor', world, network, options.requestTimeoutMs)) {}

  start(delayMs: number): void {
    this.world.schedule(delayMs, this.machine.process, () => { this.loop = this.run(); });
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(): Promise<void> {
    const random = this.world.random.fork('lag-monitor');
    const versions = groupVersionColumns[0];
    if (versions === undefined) throw new RangeError('Cannot audit offsets: no group versions');
    const link = new CoordinatorLink(this.machine, new PartitionLeaders(this.options.nodeIds, random.fork('leaders')),
      this.history, random, { group: this.options.group, findCoordinatorVersion: versions.findCoordinator,
        requestTimeoutMs: this.options.requestTimeoutMs });
    while (this.running) {
      if (await link.ensure()) {
        const invokedAtMs = this.world.nowMs;
        const answer = await fetchOffsets(link.send, { group: this.options.group, partitions: this.options.partitions },
          { version: versions.offsetFetch, timeoutMs: this.options.requestTimeoutMs });
        if (answer.kind === 'no-answer' || answer.errorCode !== 0) link.lost(answer.kind === 'no-answer' ? 'unanswered' : `error ${answer.errorCode}`);
        else {
          this.fetches += 1;
          for (const [partition, offset] of answer.offsets) {
            this.history.fetched({ group: this.options.group, partition, offset, member: this.machine.name, invokedAtMs,
              answeredAtMs: this.world.nowMs });
          }
        }
      }
      await this.machine.sleep(this.options.intervalMs);
    }
    this.machine.client.close();
  }
}
