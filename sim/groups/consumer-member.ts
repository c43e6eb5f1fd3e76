// One simulated member of a KIP-848 consumer group (sim/groups/, `--protocol consumer`): the
// ConsumerGroupHeartbeat protocol as Kafka 4.0's consumers speak it, over Weir's Kafka client.
// Part of sim/groups/.
//
//   join (epoch 0, its subscription, owning nothing) ──▶ heartbeat every interval the coordinator
//   gives; each answer's member epoch is the member's; an answer with an assignment is reconciled:
//     revoked partitions: stop consuming, commit them, and the next heartbeat (sent at once)
//                         lists what is still owned: that acknowledges the revocation
//     new partitions:     fetch their committed offsets and consume them (member-positions.ts)
//   FENCED_MEMBER_EPOCH / UNKNOWN_MEMBER_ID: every partition is lost (no commit), join again
//   leave: a heartbeat with epoch -1
//
// The coordinator assigns the member's server-side (uniform or range); the member never
// assigns. Its session is the coordinator's (group.consumer.session.timeout.ms); a member whose
// heartbeats went unanswered for two sessions loses its partitions on its own.
import { ErrorCode, type Uuid } from '../../src/protocol/mod.js';
import type { WorkloadTopic } from '../kafka/kafka-requests.js';
import type { Prng } from '../prng.js';
import type { PartitionLeaders } from '../replication/partition-leaders.js';
import type { World } from '../world.js';
import type { ClientMachine } from '../workloads/kafka-clients.js';
import { splitPartitionName } from './consumer-protocol.js';
import { CoordinatorLink } from './coordinator-link.js';
import type { GroupHistorySink } from './group-checkers.js';
import { consumerGroupHeartbeat, coordinatorMovedErrors, type GroupVersions, type TopicIdPartitions } from './group-requests.js';
import { MemberPositions } from './member-positions.js';

export interface ConsumerMemberOptions {
  readonly group: string;
  readonly topics: readonly WorkloadTopic[];
  readonly sessionTimeoutMs: number;
  readonly rebalanceTimeoutMs: number;
  readonly commitIntervalMs: number;
  readonly requestTimeoutMs: number;
  readonly versions: GroupVersions;
  readonly fetchVersion: number;
}

/** KIP-848 members commit and fetch offsets with OffsetCommit v9 and OffsetFetch v9 (member epochs). */
const consumerOffsetVersions = { offsetCommit: 9, offsetFetch: 9 } as const;
const heartbeatVersion = 0;

/** A KIP-848 member; `run()` resolves once `stop()` was asked and it left the group. */
export class ConsumerMember {
  private memberId = '';
  private memberEpoch = 0;
  private running = true;
  private heartbeatIntervalMs = 200;
  private lastConfirmedAtMs = 0;
  /** Partitions owned now ("topic/partition"). */
  private readonly owned = new Set<string>();
  /** Partitions given up whose revocation no heartbeat answered NONE yet. */
  private releasing: string[] = [];
  private readonly link: CoordinatorLink;
  private readonly positions: MemberPositions;

  constructor(private readonly world: World, private readonly machine: ClientMachine,
    private readonly leaders: PartitionLeaders, private readonly history: GroupHistorySink,
    private readonly random: Prng, private readonly options: ConsumerMemberOptions) {
    const versions = { ...options.versions, ...consumerOffsetVersions };
    this.positions = new MemberPositions(world, machine, leaders, history, random, { ...options, versions });
    this.link = new CoordinatorLink(machine, leaders, history, random, { group: options.group,
      findCoordinatorVersion: options.versions.findCoordinator, requestTimeoutMs: options.requestTimeoutMs });
  }

  get name(): string {
    return this.machine.name;
  }

  get coordinator(): number | null {
    return this.link.id;
  }

  stop(): void {
    this.running = false;
  }

  async run(): Promise<void> {
    this.lastConfirmedAtMs = this.world.nowMs;
    const consuming = this.consumeLoop();
    while (this.running) {
      if (this.world.nowMs - this.lastConfirmedAtMs > 2 * this.options.sessionTimeoutMs) this.loseAll('session lost');
      if (!await this.link.ensure()) continue;
      if (this.leaders.topicIdOf(this.options.topics[0]?.name ?? '') === undefined) {
        await this.leaders.refresh(this.link.send, this.options.requestTimeoutMs);
      }
      const urgent = await this.beat();
      if (!urgent) await this.machine.sleep(this.heartbeatIntervalMs);
    }
    await consuming;
    await this.leave();
    this.machine.client.close();
  }

  /** One heartbeat; true when the next must go at once (a revocation to acknowledge, a rejoin). */
  private async beat(): Promise<boolean> {
    const joining = this.memberEpoch === 0;
    const releasing = [...this.releasing];
    const coordinator = this.link.id as number;
    const invokedAtMs = this.world.nowMs;
    const answer = await consumerGroupHeartbeat(this.link.send, { group: this.options.group, memberId: this.memberId,
      memberEpoch: this.memberEpoch, rebalanceTimeoutMs: joining ? this.options.rebalanceTimeoutMs : -1,
      subscribedTopicNames: joining ? this.options.topics.map((topic) => topic.name) : null,
      owned: joining ? [] : this.wireOwned() }, { version: heartbeatVersion, timeoutMs: this.options.requestTimeoutMs });
    if (answer.kind === 'no-answer') {
      this.link.lost('ConsumerGroupHeartbeat unanswered');
      return false;
    }
    switch (answer.errorCode) {
      case ErrorCode.NONE: {
        this.lastConfirmedAtMs = invokedAtMs;
        this.memberId = answer.memberId ?? this.memberId;
        this.memberEpoch = answer.memberEpoch;
        if (answer.heartbeatIntervalMs > 0) this.heartbeatIntervalMs = answer.heartbeatIntervalMs;
        if (releasing.length > 0) {
          this.history.released({ group: this.options.group, member: this.name, partitions: releasing, coordinator, invokedAtMs });
          this.releasing = this.releasing.filter((partition) => !releasing.includes(partition));
        }
        if (answer.assignment !== null) await this.reconcile(answer.assignment, coordinator);
        return this.releasing.length > 0;
      }
      case ErrorCode.FENCED_MEMBER_EPOCH:
      case ErrorCode.UNKNOWN_MEMBER_ID:
        this.loseAll(`ConsumerGroupHeartbeat error ${answer.errorCode}`);
        if (answer.errorCode === ErrorCode.UNKNOWN_MEMBER_ID) this.memberId = '';
        return true;
      default:
        if (coordinatorMovedErrors.has(answer.errorCode)) this.link.lost(`ConsumerGroupHeartbeat error ${answer.errorCode}`);
        else this.history.note(this.name, `ConsumerGroupHeartbeat error ${answer.errorCode}`);
        await this.machine.sleep(20 + this.random.nextInt(40));
        return false;
    }
  }

  /** Moves towards the assignment a heartbeat answered: revoke first, then take the new partitions. */
  private async reconcile(assignment: readonly TopicIdPartitions[], coordinator: number): Promise<void> {
    const target = new Set<string>();
    for (const entry of assignment) {
      const topic = this.leaders.topicNameOf(entry.topicId);
      if (topic === undefined) continue;
      for (const partition of entry.partitions) target.add(`${topic}/${partition}`);
    }
    const revoked = [...this.owned].filter((partition) => !target.has(partition));
    if (revoked.length > 0) {
      for (const partition of revoked) this.owned.delete(partition);
      // The application's revocation callback (onPartitionsRevoked) takes its time before the commit.
      await this.machine.sleep(10 + this.random.nextInt(50));
      await this.positions.commit(this.link.send, { generationId: this.memberEpoch, memberId: this.memberId }, revoked);
      this.positions.drop(revoked);
      this.releasing.push(...revoked);
    }
    const added = [...target].filter((partition) => !this.owned.has(partition));
    if (added.length === 0) return;
    this.positions.drop(added);
    for (const partition of added) this.owned.add(partition);
    this.history.granted({ group: this.options.group, member: this.name, generation: this.memberEpoch, partitions: added,
      coordinator, answeredAtMs: this.world.nowMs });
  }

  /** The owned partitions on the wire, by topic id. */
  private wireOwned(): TopicIdPartitions[] {
    const byTopic = new Map<Uuid, number[]>();
    for (const name of this.owned) {
      const { topic, partition } = splitPartitionName(name);
      const topicId = this.leaders.topicIdOf(topic);
      if (topicId === undefined) continue;
      byTopic.set(topicId, [...byTopic.get(topicId) ?? [], partition].sort((a, b) => a - b));
    }
    return [...byTopic].map(([topicId, partitions]) => ({ topicId, partitions }));
  }

  /** Fenced or the session lost: every partition is gone, uncommitted; join again with epoch 0. */
  private loseAll(why: string): void {
    this.history.note(this.name, `loses every partition: ${why}`);
    this.history.lost(this.options.group, this.name);
    this.owned.clear();
    this.releasing = [];
    this.positions.drop();
    this.memberEpoch = 0;
    this.lastConfirmedAtMs = this.world.nowMs;
  }

  /** Consumes the owned partitions in turn (resuming each new one first) and commits every interval. */
  private async consumeLoop(): Promise<void> {
    let nextCommitAtMs = this.world.nowMs + this.options.commitIntervalMs;
    let turn = 0;
    while (this.running) {
      const owned = [...this.owned];
      const partition = owned[turn++ % Math.max(1, owned.length)];
      if (partition === undefined || this.link.id === null) {
        await this.machine.sleep(this.heartbeatIntervalMs);
        continue;
      }
      const epoch = this.memberEpoch;
      if (!this.positions.has(partition)) {
        const answer = await this.positions.resume(this.link.send, [partition], epoch);
        // Revoked while its offsets were fetched: the position must not outlive the ownership.
        if (!this.owned.has(partition)) this.positions.drop([partition]);
        if (answer.kind === 'answer' && answer.errorCode !== ErrorCode.NONE) await this.machine.sleep(20);
      } else {
        await this.positions.consume(partition, epoch, () => this.owned.has(partition));
      }
      if (this.world.nowMs >= nextCommitAtMs && this.link.id !== null) {
        await this.positions.commit(this.link.send, { generationId: this.memberEpoch, memberId: this.memberId }, [...this.owned]);
        nextCommitAtMs = this.world.nowMs + this.options.commitIntervalMs;
      }
    }
    if (this.link.id !== null && this.memberEpoch > 0) {
      await this.positions.commit(this.link.send, { generationId: this.memberEpoch, memberId: this.memberId }, [...this.owned]);
    }
  }

  /** Leaves with epoch -1 (a lost answer is the session's to clean up). */
  private async leave(): Promise<void> {
    if (this.memberId === '' || this.link.id === null) return;
    const answer = await consumerGroupHeartbeat(this.link.send, { group: this.options.group, memberId: this.memberId,
      memberEpoch: -1, rebalanceTimeoutMs: -1, subscribedTopicNames: null, owned: null },
    { version: heartbeatVersion, timeoutMs: this.options.requestTimeoutMs });
    this.history.note(this.name, `left: ${answer.kind === 'answer' ? `error ${answer.errorCode}` : 'no answer'}`);
  }
}
