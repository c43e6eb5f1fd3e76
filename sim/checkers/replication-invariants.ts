// The replication invariants of partition logs (issue 11; simulation.md §7.3 "Partition logs"),
// checked after every event of the replication workload from what every running node shows: its
// committed metadata image and the partitions it hosts, whose logs are read from its disk
// (replica-log-view.ts). Part of sim/checkers/. Anomalies:
//
// - `election-safety`: two brokers lead one partition in one leader epoch (the images, and the
//   brokers acting as leader on them, must agree: KRaft elects per partition, epoch by epoch);
// - `leader-not-in-isr`: an image names a leader outside the partition's ISR (no unclean
//   election is enabled, so a leader is always an in-sync replica);
// - `isr-incomplete`: an ISR member, running and hosting the partition, ends below the
//   leader's high watermark (an in-sync replica lacks a committed record: the KIP-101 loss);
// - `replica-divergence`: a replica holds a batch below a high watermark that differs (offsets,
//   leader epoch or CRC) from the batch committed there, or a leader's committed batch differs
//   from what an earlier leader committed at that offset (nothing below the HWM ever changes);
// - `high-watermark-regressed`: a leader's high watermark goes down within one incarnation and
//   leader epoch, or a consumer's Fetch answer shows a lower high watermark than an answer
//   received before that Fetch was sent (the HWM consumers see never goes back).
//
// A replica is compared only while it runs and hosts the partition online (recovery done); a
// replica that is down is compared again once it is back. The comparison is redone only when a
// leader's high watermark or a member's log end changed, since it reads the logs from the disk.
import assert from 'node:assert/strict';
import { NO_LEADER, type MetadataImage } from '../../src/metadata/image/metadata-image.js';
import { replicaBatches, type ReadableDisk, type ReplicaBatch } from './replica-log-view.js';

/** Stable anomaly names of the replication invariants. */
export type ReplicationAnomaly =
  | 'election-safety' | 'leader-not-in-isr' | 'isr-incomplete' | 'replica-divergence' | 'high-watermark-regressed';

/** One partition a running node hosts online, as its Partition object shows it. */
export interface ObservedReplica {
  /** "topic/partition", as the queue checker names partitions. */
  readonly key: string;
  readonly topicId: string;
  readonly partition: number;
  /** The log's directory on the node's disk. */
  readonly directory: string;
  readonly leaderEpoch: number;
  readonly highWatermark: number;
  readonly logEndOffset: number;
  /** Whether the node acts as this partition's leader now. */
  readonly isLeader: boolean;
}

/** One running node between two events. */
export interface ObservedNode {
  readonly id: number;
  readonly incarnation: number;
  readonly image: MetadataImage;
  readonly replicas: readonly ObservedReplica[];
  readonly disk: ReadableDisk;
}

type Report = (anomaly: ReplicationAnomaly, message: string) => void;

/** Checks the invariants above; feed it every node after every event, and every Fetch answer. */
export class ReplicationInvariants {
  /** Leader epochs seen, for the summary. */
  leaderEpochsSeen = 0;
  /** ISR member comparisons made (each one read two logs). */
  comparisons = 0;
  /** "topicId/partition/epoch" -> the leader and where it was seen. */
  private readonly leaders = new Map<string, { leader: number; seenAt: string }>();
  private readonly imagesChecked = new WeakSet<MetadataImage>();
  /** "key" -> base offset -> the committed batch there. */
  private readonly committed = new Map<string, Map<number, ReplicaBatch>>();
  /** "node#incarnation key epoch" -> the leader's last high watermark. */
  private readonly leaderHighWatermarks = new Map<string, number>();
  /** What each leader/member comparison last saw, so it is redone only on a change. */
  private readonly compared = new Map<string, string>();
  private readonly consumerHighWatermarks = new Map<string, Array<{ sequence: number; highestSoFar: number }>>();
  private sequence = 0;

  constructor(private readonly report: Report) {}

  /** After every event: every running node. Stops at the first violation. */
  observe(nodes: readonly ObservedNode[]): boolean {
    for (const node of nodes) {
      if (!this.checkImage(node)) return false;
      for (const replica of node.replicas) {
        if (replica.isLeader && !this.checkLeader(node, replica, nodes)) return false;
      }
    }
    return true;
  }

  /** A consumer is about to send a Fetch; pass the token to `fetchAnswered`. */
  fetchInvoked(): number {
    this.sequence += 1;
    return this.sequence;
  }

  /** A Fetch sent with `token` answered `key` with high watermark `highWatermark`. */
  fetchAnswered(token: number, key: string, highWatermark: number, consumer: string): void {
    this.sequence += 1;
    let answers = this.consumerHighWatermarks.get(key);
    if (answers === undefined) {
      answers = [];
      this.consumerHighWatermarks.set(key, answers);
    }
    const before = highestBefore(answers, token);
    if (highWatermark < before) {
      this.report('high-watermark-regressed', `${consumer}'s Fetch of ${key} was answered with high watermark `
        + `${highWatermark}, after an answer received before it was sent showed ${before}`);
    }
    const last = answers.at(-1)?.highestSoFar ?? -1;
    answers.push({ sequence: this.sequence, highestSoFar: Math.max(last, highWatermark) });
  }

  private checkImage(node: ObservedNode): boolean {
    const image = node.image;
    if (this.imagesChecked.has(image)) return true;
    this.imagesChecked.add(image);
    for (const topic of image.topicsById.values()) {
      for (const partition of topic.partitions) {
        if (partition.leader === NO_LEADER) continue;
        const name = `${topic.name}/${partition.partition}`;
        if (!partition.isr.includes(partition.leader)) {
          this.report('leader-not-in-isr', `node ${node.id}'s image at offset ${image.offset} names broker `
            + `${partition.leader} leader of ${name} in epoch ${partition.leaderEpoch}, outside its ISR [${partition.isr.join(',')}]`);
          return false;
        }
        const where = `node ${node.id}'s image at offset ${image.offset}`;
        if (!this.checkOneLeader(`${topic.topicId}/${partition.partition}`, name, partition.leaderEpoch, partition.leader, where)) {
          return false;
        }
      }
    }
    return true;
  }

  private checkOneLeader(id: string, name: string, epoch: number, leader: number, where: string): boolean {
    const key = `${id}/${epoch}`;
    const known = this.leaders.get(key);
    if (known === undefined) {
      this.leaders.set(key, { leader, seenAt: where });
      this.leaderEpochsSeen += 1;
      return true;
    }
    if (known.leader === leader) return true;
    this.report('election-safety', `${name} has two leaders in leader epoch ${epoch}: broker ${known.leader} `
      + `(${known.seenAt}) and broker ${leader} (${where})`);
    return false;
  }

  /** The leader's own checks, then every ISR member against what it committed. */
  private checkLeader(node: ObservedNode, replica: ObservedReplica, nodes: readonly ObservedNode[]): boolean {
    const where = `node ${node.id} acting as leader`;
    if (!this.checkOneLeader(`${replica.topicId}/${replica.partition}`, replica.key, replica.leaderEpoch, node.id, where)) {
      return false;
    }
    const hwmKey = `${node.id}#${node.incarnation} ${replica.key} ${replica.leaderEpoch}`;
    const previous = this.leaderHighWatermarks.get(hwmKey) ?? 0;
    if (replica.highWatermark < previous) {
      this.report('high-watermark-regressed', `node ${node.id} (leader of ${replica.key} in epoch ${replica.leaderEpoch}) `
        + `moved its high watermark from ${previous} back to ${replica.highWatermark}`);
      return false;
    }
    this.leaderHighWatermarks.set(hwmKey, replica.highWatermark);
    const partition = node.image.topicsById.get(replica.topicId as never)?.partitions[replica.partition];
    if (partition === undefined) return true;
    const leaderSeen = `${node.incarnation}:${replica.highWatermark}:${replica.logEndOffset}`;
    if (!this.commit(node, replica, leaderSeen)) return false;
    for (const memberId of partition.isr) {
      if (memberId === node.id) continue;
      const member = nodes.find((candidate) => candidate.id === memberId);
      const hosted = member?.replicas.find((candidate) => candidate.key === replica.key && candidate.topicId === replica.topicId);
      if (member === undefined || hosted === undefined) continue;
      if (!this.checkMember(node, replica, member, hosted)) return false;
    }
    return true;
  }

  /** Records the leader's batches below its high watermark as committed, checking earlier ones. */
  private commit(node: ObservedNode, replica: ObservedReplica, seen: string): boolean {
    const compareKey = `leader ${node.id} ${replica.key}`;
    if (this.compared.get(compareKey) === seen) return true;
    this.compared.set(compareKey, seen);
    let committed = this.committed.get(replica.key);
    if (committed === undefined) {
      committed = new Map();
      this.committed.set(replica.key, committed);
    }
    for (const batch of replicaBatches(node.disk, replica.directory)) {
      if (batch.lastOffset >= replica.highWatermark) break;
      const earlier = committed.get(batch.baseOffset);
      if (earlier === undefined) {
        committed.set(batch.baseOffset, batch);
        continue;
      }
      if (!sameBatch(earlier, batch)) {
        this.report('replica-divergence', `node ${node.id}, leader of ${replica.key} in epoch ${replica.leaderEpoch}, `
          + `holds ${describe(batch)} below its high watermark ${replica.highWatermark}, where ${describe(earlier)} was committed`);
        return false;
      }
    }
    return true;
  }

  private checkMember(leader: ObservedNode, replica: ObservedReplica, member: ObservedNode, hosted: ObservedReplica): boolean {
    const compareKey = `member ${leader.id} ${member.id} ${replica.key}`;
    const seen = `${replica.highWatermark}:${member.incarnation}:${hosted.logEndOffset}`;
    if (this.compared.get(compareKey) === seen) return true;
    this.compared.set(compareKey, seen);
    this.comparisons += 1;
    const context = `ISR member ${member.id} of ${replica.key} (leader ${leader.id}, epoch ${replica.leaderEpoch}, `
      + `high watermark ${replica.highWatermark})`;
    if (hosted.logEndOffset < replica.highWatermark) {
      this.report('isr-incomplete', `${context} ends at offset ${hosted.logEndOffset}`);
      return false;
    }
    const committed = this.committed.get(replica.key);
    assert.ok(committed !== undefined, 'the leader committed before its members are compared');
    const held = new Map(replicaBatches(member.disk, hosted.directory).map((batch) => [batch.baseOffset, batch]));
    for (const batch of committed.values()) {
      if (batch.lastOffset >= replica.highWatermark) continue;
      const mine = held.get(batch.baseOffset);
      if (mine === undefined || !sameBatch(mine, batch)) {
        this.report('replica-divergence', `${context} holds ${mine === undefined ? 'no batch' : describe(mine)} `
          + `where ${describe(batch)} was committed`);
        return false;
      }
    }
    return true;
  }
}

function sameBatch(a: ReplicaBatch, b: ReplicaBatch): boolean {
  return a.baseOffset === b.baseOffset && a.lastOffset === b.lastOffset && a.leaderEpoch === b.leaderEpoch && a.crc === b.crc;
}

function describe(batch: ReplicaBatch): string {
  return `batch ${batch.baseOffset}..${batch.lastOffset} (epoch ${batch.leaderEpoch}, crc ${batch.crc.toString(16)})`;
}

/** The highest high watermark among answers received before `sequence` (-1 if none). */
function highestBefore(answers: ReadonlyArray<{ sequence: number; highestSoFar: number }>, sequence: number): number {
  let low = 0;
  let high = answers.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((answers[middle] as { sequence: number }).sequence < sequence) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? -1 : (answers[low - 1] as { highestSoFar: number }).highestSoFar;
}
