// What every simulated group member does with the partitions it owns, whichever group protocol
// gave them (classic-member.ts, consumer-member.ts): start each at the committed offset
// OffsetFetch gives (the log start when none: auto.offset.reset=earliest), fetch it from its
// leader from the member's position, and commit positions that moved. Part of sim/groups/.
// Every answer goes to the history sink (group-checkers.ts) with its times.
//
// A Fetch answered OFFSET_OUT_OF_RANGE leaves the position where it is, and the member asks
// again until the log reaches it: it does no truncation detection (KIP-320) and no reset. With a
// correct broker that never happens (a position is at most a high watermark, which every ISR
// member holds); a broker that served records above its high watermark makes the member skip the
// records that replaced them, which the resume checker must catch.
import { ErrorCode } from '../../src/protocol/mod.js';
import { fetch, type KafkaSend, type TopicPartition } from '../kafka/kafka-requests.js';
import type { Prng } from '../prng.js';
import { leaderMovedErrors, type PartitionLeaders } from '../replication/partition-leaders.js';
import type { World } from '../world.js';
import type { ClientMachine } from '../workloads/kafka-clients.js';
import { splitPartitionName } from './consumer-protocol.js';
import type { GroupHistorySink } from './group-checkers.js';
import { commitOffsets, fetchOffsets, type Answer, type GroupVersions } from './group-requests.js';

export interface MemberPositionsOptions {
  readonly group: string;
  readonly requestTimeoutMs: number;
  readonly versions: GroupVersions;
  readonly fetchVersion: number;
}

/** Who the member is when it commits: the classic generation, or the KIP-848 member epoch. */
export interface CommitIdentity {
  readonly generationId: number;
  readonly memberId: string;
}

/** The positions of the partitions one member consumes. */
export class MemberPositions {
  private readonly positions = new Map<string, number>();
  /** The offsets this member last had acknowledged, so unchanged positions are not recommitted. */
  private readonly committedByMe = new Map<string, number>();

  constructor(private readonly world: World, private readonly machine: ClientMachine, private readonly leaders: PartitionLeaders,
    private readonly history: GroupHistorySink, private readonly random: Prng, private readonly options: MemberPositionsOptions) {}

  get name(): string {
    return this.machine.name;
  }

  has(partition: string): boolean {
    return this.positions.has(partition);
  }

  /** Forgets `partitions` (given up), or every partition. */
  drop(partitions?: readonly string[]): void {
    for (const partition of partitions ?? [...this.positions.keys()]) this.positions.delete(partition);
  }

  /**
   * Fetches the committed offsets of `partitions` from the coordinator and starts each there.
   * Answers NONE, the error code to act on, or no-answer.
   */
  async resume(send: KafkaSend, partitions: readonly string[], generation: number): Promise<Answer<object>> {
    const invokedAtMs = this.world.nowMs;
    const answer = await fetchOffsets(send, { group: this.options.group, partitions },
      { version: this.options.versions.offsetFetch, timeoutMs: this.options.requestTimeoutMs });
    if (answer.kind === 'no-answer' || answer.errorCode !== ErrorCode.NONE) return answer;
    for (const partition of partitions) {
      const committed = answer.offsets.get(partition) as number;
      const start = committed >= 0 ? committed : 0;
      this.history.fetched({ group: this.options.group, partition, offset: committed, member: this.name, invokedAtMs,
        answeredAtMs: this.world.nowMs });
      this.history.resumed({ group: this.options.group, member: this.name, generation, partition,
        committedOffset: committed, startOffset: start });
      this.positions.set(partition, start);
      this.committedByMe.set(partition, committed);
    }
    return answer;
  }

  /** One Fetch of `partition` from this member's position at its leader; `owned` is asked when it answers. */
  async consume(partition: string, generation: number, owned: () => boolean): Promise<void> {
    const from = this.positions.get(partition);
    if (from === undefined) return;
    const address = await this.leaderAddress(partition);
    if (address === null || !await this.machine.connected(address)) {
      this.leaders.forget(partition);
      await this.machine.sleep(20 + this.random.nextInt(30));
      return;
    }
    const { topic, partition: index } = splitPartitionName(partition);
    const target: TopicPartition = { topic, partition: index, key: partition };
    const result = await fetch(this.machine.sendTo(address), target, from, { maxWaitMs: 10 + this.random.nextInt(40),
      partitionMaxBytes: 256 + this.random.nextInt(2048), timeoutMs: this.options.requestTimeoutMs, version: this.options.fetchVersion });
    if (result.kind === 'records') {
      // Records that arrive after the partition was given up are dropped, as a consumer drops a
      // revoked partition's fetched records.
      if (!owned() || this.positions.get(partition) !== from) return;
      this.history.consumed({ group: this.options.group, member: this.name, generation, partition, records: result.records });
      const last = result.records.at(-1);
      if (last !== undefined) this.positions.set(partition, last.offset + 1);
      return;
    }
    if (result.kind !== 'error' || leaderMovedErrors.has(result.errorCode)) this.leaders.forget(partition);
    if (result.kind === 'error') this.history.note(this.name, `Fetch ${partition} from ${from}: error ${result.errorCode}`);
    await this.machine.sleep(10 + this.random.nextInt(20));
  }

  private async leaderAddress(partition: string): Promise<string | null> {
    const known = this.leaders.addressOf(partition);
    if (known !== null) return known;
    const any = this.leaders.anyNode();
    if (await this.machine.connected(any)) await this.leaders.refresh(this.machine.sendTo(any), this.options.requestTimeoutMs);
    return this.leaders.addressOf(partition);
  }

  /**
   * Commits every position (of `only`, if given) that moved since its last acknowledged commit;
   * null when there was nothing to commit. Each partition acknowledged goes to the history.
   */
  async commit(send: KafkaSend, identity: CommitIdentity, only?: readonly string[]): Promise<Answer<object> | null> {
    const offsets = new Map([...this.positions].filter(([partition, position]) =>
      (only === undefined || only.includes(partition)) && this.committedByMe.get(partition) !== position));
    if (offsets.size === 0) return null;
    const invokedAtMs = this.world.nowMs;
    const answer = await commitOffsets(send, { group: this.options.group, generationId: identity.generationId,
      memberId: identity.memberId, offsets }, { version: this.options.versions.offsetCommit, timeoutMs: this.options.requestTimeoutMs });
    if (answer.kind === 'no-answer') return answer;
    for (const [partition, errorCode] of answer.partitions) {
      const offset = offsets.get(partition);
      if (errorCode !== ErrorCode.NONE || offset === undefined) continue;
      this.committedByMe.set(partition, offset);
      this.history.committed({ group: this.options.group, partition, offset, member: this.name, invokedAtMs,
        answeredAtMs: this.world.nowMs });
    }
    return answer;
  }
}
