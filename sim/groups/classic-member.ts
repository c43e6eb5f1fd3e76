// One simulated member of a classic consumer group (sim/groups/): the eager protocol as Kafka's
// consumers speak it, over Weir's Kafka client on the simulated network. Part of sim/groups/.
//
//   find coordinator ──▶ JoinGroup ──▶ SyncGroup ──▶ own: OffsetFetch, then Fetch + OffsetCommit,
//         ▲                 ▲  (leader: range assignor)      with Heartbeats beside them
//         │                 └──── rejoin: commit positions, give every partition up ◀──┘
//         └── NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE/LOAD_IN_PROGRESS, no answer
//
// - JoinGroup with member id "" is answered MEMBER_ID_REQUIRED (KIP-394) with the id to join
//   with; UNKNOWN_MEMBER_ID starts over with "".
// - The leader (the JoinGroup answer names it) assigns with the range assignor and sends every
//   member's assignment in its SyncGroup.
// - While it owns partitions, a heartbeat every `heartbeatIntervalMs`: REBALANCE_IN_PROGRESS,
//   ILLEGAL_GENERATION or UNKNOWN_MEMBER_ID end the generation for it. A member whose heartbeats
//   went unanswered for two sessions gives its partitions up on its own (its coordinator has
//   removed it by then; librdkafka does so after one): between one and two sessions it still
//   asks, and the coordinator must tell it that it is gone.
// - It consumes its partitions as member-positions.ts does, and commits its positions every
//   `commitIntervalMs` and before it rejoins (the Java consumer's commit on revocation), so the
//   next owner resumes where it stopped.
//
// Every answer it acts on goes to the history sink (group-checkers.ts) with its times.
import assert from 'node:assert/strict';
import { ErrorCode } from '../../src/protocol/mod.js';
import type { WorkloadTopic } from '../kafka/kafka-requests.js';
import { kafkaAddressOf } from '../kafka/weir-node-program.js';
import type { Prng } from '../prng.js';
import type { PartitionLeaders } from '../replication/partition-leaders.js';
import type { World } from '../world.js';
import type { ClientMachine } from '../workloads/kafka-clients.js';
import { decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription } from './consumer-protocol.js';
import type { GroupHistorySink } from './group-checkers.js';
import {
  coordinatorMovedErrors, heartbeat, joinGroup, leaveGroup, syncGroup, type GroupVersions, type JoinAnswer,
} from './group-requests.js';
import { CoordinatorLink } from './coordinator-link.js';
import { MemberPositions } from './member-positions.js';
import { rangeAssign } from './range-assignor.js';

export interface ClassicMemberOptions {
  readonly group: string;
  readonly topics: readonly WorkloadTopic[];
  readonly nodeIds: readonly number[];
  readonly sessionTimeoutMs: number;
  readonly rebalanceTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly commitIntervalMs: number;
  readonly requestTimeoutMs: number;
  readonly versions: GroupVersions;
  readonly fetchVersion: number;
}

/** Errors of a heartbeat or commit that end this member's generation. */
const generationEndedErrors: ReadonlySet<number> = new Set([
  ErrorCode.REBALANCE_IN_PROGRESS, ErrorCode.ILLEGAL_GENERATION, ErrorCode.UNKNOWN_MEMBER_ID,
]);

/** One generation as this member holds it. */
interface Generation {
  readonly generationId: number;
  readonly partitions: readonly string[];
  /** Set once the generation is over for this member (it rejoins). */
  ended: string | null;
  /** Invoke time of the last heartbeat answered NONE (the session is measured from it). */
  lastConfirmedAtMs: number;
}

/** A classic group member; `run()` resolves once `stop()` was asked and it left the group. */
export class ClassicMember {
  private readonly link: CoordinatorLink;
  private memberId = '';
  private running = true;
  private readonly positions: MemberPositions;
  private readonly partitionCounts: ReadonlyMap<string, number>;

  constructor(private readonly world: World, private readonly machine: ClientMachine,
    leaders: PartitionLeaders, private readonly history: GroupHistorySink,
    private readonly random: Prng, private readonly options: ClassicMemberOptions) {
    this.partitionCounts = new Map(options.topics.map((topic) => [topic.name, topic.partitions]));
    this.positions = new MemberPositions(world, machine, leaders, history, random, options);
    this.link = new CoordinatorLink(machine, leaders, history, random, { group: options.group,
      findCoordinatorVersion: options.versions.findCoordinator, requestTimeoutMs: options.requestTimeoutMs });
    assert.ok(options.heartbeatIntervalMs < options.sessionTimeoutMs, 'heartbeats come within the session');
  }

  get name(): string {
    return this.machine.name;
  }

  /** The coordinator's node id as last found, or null. */
  get coordinator(): number | null {
    return this.link.id;
  }

  /** Asks the member to commit, leave its group and end `run()`. */
  stop(): void {
    this.running = false;
  }

  async run(): Promise<void> {
    while (this.running) {
      if (!await this.ensureCoordinator()) continue;
      const joined = await this.join();
      if (joined === null) continue;
      const generation = await this.sync(joined);
      if (generation === null) continue;
      await this.own(generation);
    }
    await this.leave();
    this.machine.client.close();
  }

  private get groupSend() {
    return this.link.send;
  }

  private timeouts() {
    return { timeoutMs: this.options.requestTimeoutMs };
  }

  private ensureCoordinator(): Promise<boolean> {
    return this.link.ensure();
  }

  private coordinatorLost(why: string): void {
    this.link.lost(why);
  }

  private async join(): Promise<JoinAnswer & { kind: 'answer' } | null> {
    const answer = await joinGroup(this.groupSend, { group: this.options.group, memberId: this.memberId,
      sessionTimeoutMs: this.options.sessionTimeoutMs, rebalanceTimeoutMs: this.options.rebalanceTimeoutMs,
      metadata: encodeSubscription(this.options.topics.map((topic) => topic.name)) },
    { version: this.options.versions.joinGroup, ...this.timeouts() });
    if (answer.kind === 'no-answer') return this.unanswered('JoinGroup');
    switch (answer.errorCode) {
      case ErrorCode.NONE:
        this.memberId = answer.memberId;
        return answer;
      case ErrorCode.MEMBER_ID_REQUIRED:
        this.memberId = answer.memberId;
        return null;
      case ErrorCode.UNKNOWN_MEMBER_ID:
        this.memberId = '';
        return null;
      default:
        return this.joinRefused('JoinGroup', answer.errorCode);
    }
  }

  /** A JoinGroup or SyncGroup without an answer: find the coordinator again after a pause. */
  private async unanswered(request: string): Promise<null> {
    this.coordinatorLost(`${request} unanswered`);
    await this.machine.sleep(20 + this.random.nextInt(40));
    return null;
  }

  /** A JoinGroup or SyncGroup refused: find the coordinator again if it moved; pause a little. */
  private async joinRefused(request: string, errorCode: number): Promise<null> {
    if (coordinatorMovedErrors.has(errorCode)) this.coordinatorLost(`${request} error ${errorCode}`);
    else this.history.note(this.name, `${request} error ${errorCode}`);
    if (errorCode === ErrorCode.UNKNOWN_MEMBER_ID) this.memberId = '';
    if (errorCode !== ErrorCode.REBALANCE_IN_PROGRESS) await this.machine.sleep(20 + this.random.nextInt(40));
    return null;
  }

  private async sync(joined: JoinAnswer & { kind: 'answer' }): Promise<Generation | null> {
    const assignments = new Map<string, Uint8Array>();
    if (joined.leader === this.memberId) {
      const members = joined.members.map((member) => ({ memberId: member.memberId, topics: decodeSubscription(member.metadata) }));
      for (const [memberId, partitions] of rangeAssign(members, this.partitionCounts)) assignments.set(memberId, encodeAssignment(partitions));
    }
    const coordinator = this.link.id as number;
    const answer = await syncGroup(this.groupSend, { group: this.options.group, generationId: joined.generationId,
      memberId: this.memberId, assignments },
    { version: this.options.versions.syncGroup, rebalanceTimeoutMs: this.options.rebalanceTimeoutMs, ...this.timeouts() });
    if (answer.kind === 'no-answer') return this.unanswered('SyncGroup');
    if (answer.errorCode !== ErrorCode.NONE) return this.joinRefused('SyncGroup', answer.errorCode);
    const partitions = decodeAssignment(answer.assignment);
    this.history.assigned({ group: this.options.group, member: this.name, generation: joined.generationId, partitions,
      coordinator, answeredAtMs: this.world.nowMs });
    return { generationId: joined.generationId, partitions, ended: null, lastConfirmedAtMs: this.world.nowMs };
  }

  /** Owns `generation`'s partitions until it ends; then commits and gives them up. */
  private async own(generation: Generation): Promise<void> {
    this.positions.drop();
    const beating = this.heartbeatLoop(generation);
    if (await this.resume(generation)) {
      let nextCommitAtMs = this.world.nowMs + this.options.commitIntervalMs;
      let turn = 0;
      while (this.running && generation.ended === null) {
        const partition = generation.partitions[turn++ % Math.max(1, generation.partitions.length)];
        if (partition === undefined) await this.machine.sleep(this.options.heartbeatIntervalMs);
        else await this.positions.consume(partition, generation.generationId, () => generation.ended === null);
        if (this.world.nowMs >= nextCommitAtMs) {
          await this.commit(generation);
          nextCommitAtMs = this.world.nowMs + this.options.commitIntervalMs;
        }
      }
      // Commit on revocation: what this member consumed is committed before it gives it up.
      if (this.memberId !== '') await this.commit(generation);
    }
    generation.ended ??= 'stopping';
    this.history.note(this.name, `gives up generation ${generation.generationId}: ${generation.ended}`);
    this.positions.drop();
    await beating;
  }

  /** Heartbeats until the generation ends (an error answer, a session without answers, or a stop). */
  private async heartbeatLoop(generation: Generation): Promise<void> {
    while (generation.ended === null && this.running) {
      await this.machine.sleep(this.options.heartbeatIntervalMs);
      if (generation.ended !== null || !this.running) return;
      if (this.world.nowMs - generation.lastConfirmedAtMs > 2 * this.options.sessionTimeoutMs) {
        generation.ended = 'session lost';
        this.memberId = '';
        return;
      }
      if (!await this.ensureCoordinator()) continue;
      const coordinator = this.link.id as number;
      const invokedAtMs = this.world.nowMs;
      const answer = await heartbeat(this.groupSend, { group: this.options.group, generationId: generation.generationId,
        memberId: this.memberId }, { version: this.options.versions.heartbeat, ...this.timeouts() });
      if (answer.kind === 'no-answer') {
        this.coordinatorLost('Heartbeat unanswered');
      } else if (answer.errorCode === ErrorCode.NONE) {
        generation.lastConfirmedAtMs = invokedAtMs;
        this.history.confirmed({ group: this.options.group, member: this.name, generation: generation.generationId,
          coordinator, invokedAtMs });
      } else {
        this.answerEndsGeneration(generation, 'Heartbeat', answer.errorCode);
      }
    }
  }

  /** Acts on an error answer of a heartbeat or a commit. */
  private answerEndsGeneration(generation: Generation, request: string, errorCode: number): void {
    if (coordinatorMovedErrors.has(errorCode)) {
      this.coordinatorLost(`${request} error ${errorCode}`);
    } else if (generationEndedErrors.has(errorCode)) {
      generation.ended ??= errorCode === ErrorCode.REBALANCE_IN_PROGRESS ? 'rebalance' : `error ${errorCode} (${request})`;
      if (errorCode === ErrorCode.UNKNOWN_MEMBER_ID) this.memberId = '';
    } else {
      this.history.note(this.name, `${request} error ${errorCode}`);
    }
  }

  /** Fetches the committed offsets of the generation's partitions and starts there; false if it ended first. */
  private async resume(generation: Generation): Promise<boolean> {
    if (generation.partitions.length === 0) return true;
    while (this.running && generation.ended === null) {
      if (!await this.ensureCoordinator()) continue;
      const answer = await this.positions.resume(this.groupSend, generation.partitions, generation.generationId);
      if (answer.kind === 'no-answer') {
        this.coordinatorLost('OffsetFetch unanswered');
        continue;
      }
      if (answer.errorCode === ErrorCode.NONE) return true;
      this.answerEndsGeneration(generation, 'OffsetFetch', answer.errorCode);
      await this.machine.sleep(20 + this.random.nextInt(30));
    }
    return false;
  }

  /** Commits every position that moved since the last acknowledged commit. */
  private async commit(generation: Generation): Promise<void> {
    if (this.coordinator === null) return;
    const answer = await this.positions.commit(this.groupSend, { generationId: generation.generationId, memberId: this.memberId });
    if (answer === null) return;
    if (answer.kind === 'no-answer') this.coordinatorLost('OffsetCommit unanswered');
    else if (answer.errorCode !== ErrorCode.NONE) this.answerEndsGeneration(generation, 'OffsetCommit', answer.errorCode);
  }

  /** LeaveGroup once, if it has a member id and a coordinator (a lost answer is the session's to clean up). */
  private async leave(): Promise<void> {
    if (this.memberId === '' || this.coordinator === null || !await this.machine.connected(kafkaAddressOf(this.coordinator))) return;
    const answer = await leaveGroup(this.groupSend, { group: this.options.group, memberId: this.memberId },
      { version: this.options.versions.leaveGroup, ...this.timeouts() });
    this.history.note(this.name, `left: ${answer.kind === 'answer' ? `error ${answer.errorCode}` : 'no answer'}`);
  }
}
