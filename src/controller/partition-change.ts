// One partition's next registration and the PartitionChangeRecord that gets it there: the rules
// of Kafka's PartitionChangeBuilder with eligible leader replicas (KIP-966, as Kafka 4.1 runs new
// clusters), in its order. Every controller path that changes a partition goes through here: elections when a
// broker leaves or joins service (leader-election.ts), ElectLeaders and the leader rebalance
// (elect-leaders.ts), reassignments and their completion (reassignment.ts). Pure.
//
// The steps, as Kafka takes them:
// 1. Complete a reassignment under way (KIP-455) if the target ISR allows it: without the
//    replicas being removed, the ISR must still hold every remaining replica (so every adding
//    replica has caught up). Then the removed replicas leave `replicas` and the ISR, and adding
//    and removing are cleared. Weir, unlike Kafka, completes only when a remaining ISR member can
//    lead, so a completion never takes a live partition offline.
// 2. Eligible leader replicas (KIP-966, when the topic's min.insync.replicas is given). While the
//    target ISR is at least min.insync.replicas the ELR is empty. Below it, every replica that
//    leaves the ISR joins the ELR: acks=all produces are refused while the ISR is that small, so
//    the leavers hold every acknowledged record, exactly like the ISR itself. A replica whose
//    broker restarted after an unclean shutdown may have lost unflushed records: it leaves the ELR.
// 3. Elect. A valid leader is in the target ISR, or in the ELR when the ISR is empty, and able to
//    lead; one from the ELR becomes the ISR alone. With neither ISR nor ELR, the last known leader
//    (Kafka's balanced recovery: `lastKnownElr` names the leader the partition had when its ISR
//    emptied) leads again as an unclean election, RECOVERING: it may have lost what it did not
//    flush, but it is the replica most likely to have the most; without ELR Kafka re-elects the
//    same replica from the ISR it kept. PREFERRED: the first replica
//    if valid, else the current leader if valid, else the first valid replica. ONLINE: the current
//    leader if valid, else the first valid replica in assignment order. UNCLEAN: as ONLINE, then,
//    with no valid replica, the first replica able to lead although it is outside the ISR: the
//    ISR becomes that one replica and its recovery state RECOVERING (it may lack acknowledged
//    records). With nobody, the leader is -1.
// 4. The leader epoch is bumped (the Leader field set) whenever the leader changes, and also
//    when replicas leave the assignment, so that the removed ones are fenced.
// 5. With the ELR the ISR may become empty (its last member moved to the ELR, which names the
//    replicas known to hold every committed record). Without it an empty target ISR is never
//    written: the last member stays, for the same reason. An unclean election clears the ELR.
//    From 3.6 an ISR shrink alone no longer bumps the leader epoch (KAFKA-15021).
import assert from 'node:assert/strict';

import type { NodeId } from '../protocol/mod.js';
import {
  createPartitionChangeRecord, type PartitionChangeRecord,
} from '../protocol/generated/metadata/partition-change-record.js';
import { LeaderRecoveryState, NO_LEADER, type PartitionImage } from '../metadata/image/metadata-image.js';

/** PartitionChangeRecord's leader value for "the leader did not change". */
const LEADER_UNCHANGED = -2 as NodeId;
/** PartitionChangeRecord's leaderRecoveryState value for "unchanged". */
const RECOVERY_STATE_UNCHANGED = -1;

/** Kafka's PartitionChangeBuilder.Election. */
export type Election = 'preferred' | 'online' | 'unclean';

/** What should change; every field left out keeps the partition's current value. */
export interface PartitionChangeTarget {
  readonly isr?: readonly NodeId[];
  readonly replicas?: readonly NodeId[];
  readonly addingReplicas?: readonly NodeId[];
  readonly removingReplicas?: readonly NodeId[];
  /** Default 'online'. */
  readonly election?: Election;
  /** The topic's min.insync.replicas when eligible leader replicas are kept (KIP-966); absent: not kept. */
  readonly minIsr?: number;
  /** Brokers that registered after an unclean shutdown: no longer eligible leaders. */
  readonly uncleanShutdown?: readonly NodeId[];
  /** Whether a broker may lead now (registered, unfenced, not shutting down, not leaving). */
  readonly canLead: (id: NodeId) => boolean;
}

/** The partition's next state, and the record that writes it (null when nothing changes). */
export interface PartitionChange {
  readonly record: PartitionChangeRecord | null;
  readonly leader: NodeId;
  readonly isr: readonly NodeId[];
  readonly replicas: readonly NodeId[];
  readonly addingReplicas: readonly NodeId[];
  readonly removingReplicas: readonly NodeId[];
  readonly elr: readonly NodeId[];
  /** The last known leader while the partition has none and an empty ISR (KIP-966), else empty. */
  readonly lastKnownElr: readonly NodeId[];
  /** True when the leader was elected from outside the ISR (records it lacks may be lost). */
  readonly unclean: boolean;
  /** True when this change completes a reassignment. */
  readonly completesReassignment: boolean;
}

interface Targets {
  isr: readonly NodeId[];
  replicas: readonly NodeId[];
  adding: readonly NodeId[];
  removing: readonly NodeId[];
  elr: readonly NodeId[];
  lastKnownElr: readonly NodeId[];
}

/** Plans `partition`'s change to `target` (see the steps above). */
export function planPartitionChange(partition: PartitionImage, target: PartitionChangeTarget): PartitionChange {
  const targets: Targets = {
    isr: target.isr ?? partition.isr,
    replicas: target.replicas ?? partition.replicas,
    adding: target.addingReplicas ?? partition.addingReplicas,
    removing: target.removingReplicas ?? partition.removingReplicas,
    elr: partition.elr,
    lastKnownElr: partition.lastKnownElr,
  };
  const completesReassignment = completeReassignment(targets, target.canLead);
  if (target.minIsr !== undefined) updateEligibleLeaders(partition, targets, target.minIsr, target.uncleanShutdown ?? []);
  const election = elect(partition, targets, target);
  const record = createPartitionChangeRecord({ partitionId: partition.partition, topicId: partition.topicId });
  let isr = targets.isr;
  // An unclean election re-electing the current leader (a caller dropped it from the target ISR)
  // still resets the ISR to it, so the leader always stays in the ISR.
  if (election.leader !== partition.leader || election.unclean) {
    record.leader = election.leader;
    if (targets.elr.includes(election.leader)) {
      isr = [election.leader];
      targets.elr = targets.elr.filter((id) => id !== election.leader);
    }
    if (election.unclean) {
      isr = [election.leader];
      record.isr = [election.leader];
      targets.elr = [];
      targets.lastKnownElr = [];
      if (partition.leaderRecoveryState !== LeaderRecoveryState.RECOVERING) {
        record.leaderRecoveryState = LeaderRecoveryState.RECOVERING;
      }
    }
  } else if (!partition.replicas.every((id) => targets.replicas.includes(id))) {
    // Replicas leave the assignment: the same leader gets a new epoch, fencing the removed ones.
    record.leader = partition.leader;
  }
  if (isr.length === 0 && target.minIsr === undefined) isr = partition.isr;
  if (target.minIsr !== undefined) targets.lastKnownElr = lastKnownLeader(partition, isr, election.leader);
  if (record.isr === null && !sameList(isr, partition.isr)) record.isr = [...isr];
  if (!sameList(targets.elr, partition.elr)) record.eligibleLeaderReplicas = [...targets.elr];
  if (!sameList(targets.lastKnownElr, partition.lastKnownElr)) record.lastKnownElr = [...targets.lastKnownElr];
  if (!sameList(targets.replicas, partition.replicas)) record.replicas = [...targets.replicas];
  if (!sameList(targets.adding, partition.addingReplicas)) record.addingReplicas = [...targets.adding];
  if (!sameList(targets.removing, partition.removingReplicas)) record.removingReplicas = [...targets.removing];
  const change: PartitionChange = {
    record: isNoOp(record) ? null : record,
    leader: election.leader,
    isr,
    replicas: targets.replicas,
    addingReplicas: targets.adding,
    removingReplicas: targets.removing,
    elr: targets.elr,
    lastKnownElr: targets.lastKnownElr,
    unclean: election.unclean,
    completesReassignment,
  };
  checkChange(partition, change);
  return change;
}

/** Step 1: completes the reassignment in `targets` when its ISR allows; true when it did. */
function completeReassignment(targets: Targets, canLead: (id: NodeId) => boolean): boolean {
  if (targets.adding.length === 0 && targets.removing.length === 0) return false;
  const isr = targets.isr.filter((id) => !targets.removing.includes(id));
  const replicas = targets.replicas.filter((id) => !targets.removing.includes(id));
  if (isr.length === 0 || replicas.length === 0) return false;
  if (!replicas.every((id) => isr.includes(id))) return false;
  if (!isr.some(canLead)) return false;
  targets.isr = isr;
  targets.replicas = replicas;
  targets.adding = [];
  targets.removing = [];
  return true;
}

/**
 * Step 2: the ELR for the target ISR (KIP-966), in assignment order. Replicas leaving the
 * assignment leave it too.
 */
function updateEligibleLeaders(partition: PartitionImage, targets: Targets, minIsr: number,
  uncleanShutdown: readonly NodeId[]): void {
  if (targets.isr.length >= minIsr) {
    targets.elr = [];
    return;
  }
  const candidates = new Set([...targets.elr, ...partition.isr]);
  targets.elr = targets.replicas.filter((id) => candidates.has(id) && !targets.isr.includes(id) &&
    !uncleanShutdown.includes(id));
}

/**
 * The last known leader to keep (KIP-966's balanced recovery): set to the partition's leader
 * (or its last ISR member) when the ISR empties, kept while the partition has no leader, and
 * cleared once it has one.
 */
function lastKnownLeader(partition: PartitionImage, isr: readonly NodeId[], leader: NodeId): readonly NodeId[] {
  if (leader !== NO_LEADER) return [];
  if (isr.length > 0) return partition.lastKnownElr;
  if (partition.isr.length === 0) return partition.lastKnownElr;
  const last = partition.leader !== NO_LEADER ? partition.leader : partition.isr[0];
  return last === undefined ? partition.lastKnownElr : [last];
}

/** Step 3: the elected leader (possibly the current one, possibly -1). */
function elect(partition: PartitionImage, targets: Targets, target: PartitionChangeTarget):
  { readonly leader: NodeId; readonly unclean: boolean } {
  const eligible = (id: NodeId): boolean => targets.isr.includes(id) || (targets.isr.length === 0 && targets.elr.includes(id));
  const valid = (id: NodeId): boolean => id !== NO_LEADER && eligible(id) && target.canLead(id);
  const election = target.election ?? 'online';
  const first = targets.replicas[0];
  if (election === 'preferred' && first !== undefined && valid(first)) return { leader: first, unclean: false };
  if (valid(partition.leader)) return { leader: partition.leader, unclean: false };
  const online = targets.replicas.find(valid);
  if (online !== undefined) return { leader: online, unclean: false };
  const [lastKnown] = partition.lastKnownElr;
  if (target.minIsr !== undefined && targets.isr.length === 0 && targets.elr.length === 0 && lastKnown !== undefined &&
    targets.replicas.includes(lastKnown) && target.canLead(lastKnown)) {
    return { leader: lastKnown, unclean: true };
  }
  if (election === 'unclean') {
    const unclean = targets.replicas.find((id) => target.canLead(id));
    if (unclean !== undefined) return { leader: unclean, unclean: true };
  }
  return { leader: NO_LEADER, unclean: false };
}

function isNoOp(record: PartitionChangeRecord): boolean {
  return record.isr === null && record.leader === LEADER_UNCHANGED && record.replicas === null &&
    record.addingReplicas === null && record.removingReplicas === null &&
    record.leaderRecoveryState === RECOVERY_STATE_UNCHANGED && record.eligibleLeaderReplicas === null &&
    record.lastKnownElr === null;
}

function sameList(left: readonly NodeId[], right: readonly NodeId[]): boolean {
  return left.length === right.length && left.every((id, index) => right[index] === id);
}

/** The postconditions every caller relies on. */
function checkChange(partition: PartitionImage, change: PartitionChange): void {
  assert.ok(change.isr.length > 0 || change.leader === NO_LEADER, 'a partition with a leader has an ISR');
  assert.ok(change.elr.every((id) => !change.isr.includes(id) && change.replicas.includes(id)),
    'eligible leader replicas are replicas outside the ISR');
  assert.ok(change.isr.every((id) => change.replicas.includes(id)), 'the ISR stays within the replicas');
  assert.ok(change.leader === NO_LEADER || change.isr.includes(change.leader), 'the leader is in the ISR');
  assert.ok(change.removingReplicas.length < change.replicas.length, 'a reassignment keeps a replica');
  assert.ok(change.addingReplicas.length < change.replicas.length, 'a reassignment started from some replica');
  const record = change.record;
  assert.ok(record === null || record.leader === LEADER_UNCHANGED || record.leader === change.leader,
    'the record names the elected leader');
  assert.ok(record !== null || change.leader === partition.leader, 'a new leader always comes with a record');
}
