// The test-only switches a simulated WeirNode of the whole-node workloads (sim/cluster/,
// sim/replication/) may run with (`--unsafe SWITCH@NODE`), each breaking one rule of the real node
// on one machine for a negative control. The metadata and controller switches are
// src/metadata/test-only-break-cluster.ts's, the replication ones
// src/broker/test-only-break-replication.ts's; the Raft ones break the metadata quorum's core
// (raft/context.ts TestOnlyUnsafe), its driver (src/quorum/raft-driver-switches.ts) or the disk
// under its quorum-state file (unsafe-disk.ts). Each workload names the ones it accepts.
import type { TestOnlyBreakReplication } from '../src/broker/test-only-break-replication.js';
import type { TestOnlyBreakCluster } from '../src/metadata/test-only-break-cluster.js';
import type { TestOnlyBreakGroups } from '../src/group/runtime/test-only-break-groups.js';
import type { TestOnlyBreakRaft } from '../src/node/weir-node.js';

/** The Raft switches, by the name `--unsafe` knows them by. */
export interface RaftSwitches {
  /** Core: votes without the up-to-date log check (Raft §5.4.1). */
  readonly grantVotesWithoutLogCheck?: boolean;
  /** Core: a second, different vote in one epoch. */
  readonly grantMultipleVotesPerEpoch?: boolean;
  /** Core: the leader serves a diverging fetch instead of making the follower truncate. */
  readonly serveDivergingFetches?: boolean;
  /** Driver: a Ready's messages go out before it is durable. */
  readonly sendBeforePersist?: boolean;
  /** Driver: appended entries are applied before they are committed. */
  readonly applyBeforeCommit?: boolean;
  /** Driver: a Ready's committed entries are dropped when it also appends. */
  readonly dropCommittedWithAppend?: boolean;
  /** Disk: every fsync of the quorum-state file and folder does nothing. */
  readonly skipQuorumStateSync?: boolean;
}

/** Every switch one machine of a whole-node workload may run with. */
export type NodeSwitches = TestOnlyBreakCluster & TestOnlyBreakReplication & TestOnlyBreakGroups & RaftSwitches;

/** The names the cluster workload's `--unsafe` accepts, in the order the usage lists them. */
export const clusterSwitchNames: ReadonlyArray<keyof NodeSwitches> = [
  'skipTopicRemoval', 'reuseBrokerEpoch', 'fenceWithoutMovingLeaders', 'skipHeartbeats',
  'grantVotesWithoutLogCheck', 'grantMultipleVotesPerEpoch', 'serveDivergingFetches',
  'sendBeforePersist', 'applyBeforeCommit', 'dropCommittedWithAppend', 'skipQuorumStateSync',
];

/** The names the replication workload's `--unsafe` accepts. */
export const replicationSwitchNames: ReadonlyArray<keyof NodeSwitches> =
  ['electLeaderOutsideIsr', 'truncateToHighWatermark', 'acknowledgeBeforeReplicated', 'leadBeforeRegistration',
    'showUnknownHighWatermark'];

/** The names the groups workload's `--unsafe` accepts (the replication ones: the groups' data path). */
export const groupsSwitchNames: ReadonlyArray<keyof NodeSwitches> = [...replicationSwitchNames, 'serveAboveHighWatermark',
  'acknowledgeWritesAtAppend', 'skipLoading', 'fetchOffsetsUncommitted', 'keepGenerationOnRebalance', 'acceptStaleHeartbeats',
  'revokeWithoutWaiting'];

/** What WeirNode takes of `switches`: the metadata, replication and Raft switches apart. */
export interface WeirNodeSwitches {
  readonly cluster?: TestOnlyBreakCluster;
  readonly replication?: TestOnlyBreakReplication;
  readonly raft?: TestOnlyBreakRaft;
  readonly groups?: TestOnlyBreakGroups;
}

/** `switches` split into what WeirNode takes. */
export function nodeSwitches(switches: NodeSwitches): WeirNodeSwitches {
  const { grantVotesWithoutLogCheck, grantMultipleVotesPerEpoch, serveDivergingFetches, sendBeforePersist,
    applyBeforeCommit, dropCommittedWithAppend, skipQuorumStateSync: _disk,
    truncateToHighWatermark, acknowledgeBeforeReplicated, leadBeforeRegistration, showUnknownHighWatermark,
    serveAboveHighWatermark, acknowledgeWritesAtAppend, skipLoading, fetchOffsetsUncommitted, keepGenerationOnRebalance,
    acceptStaleHeartbeats, revokeWithoutWaiting, ...cluster } = switches;
  const groups = pick({ acknowledgeWritesAtAppend, skipLoading, fetchOffsetsUncommitted, keepGenerationOnRebalance,
    acceptStaleHeartbeats, revokeWithoutWaiting });
  const replication = pick({ truncateToHighWatermark, acknowledgeBeforeReplicated, leadBeforeRegistration,
    showUnknownHighWatermark, serveAboveHighWatermark });
  const core = pick({ grantVotesWithoutLogCheck, grantMultipleVotesPerEpoch, serveDivergingFetches });
  const driver = pick({ applyBeforeCommit, dropCommittedWithAppend });
  const raft: TestOnlyBreakRaft = {
    ...(core === undefined ? {} : { core }),
    ...(driver === undefined ? {} : { driver }),
    ...(sendBeforePersist === true ? { sendBeforePersist: true } : {}),
  };
  return {
    ...(Object.keys(cluster).length === 0 ? {} : { cluster }),
    ...(replication === undefined ? {} : { replication }),
    ...(Object.keys(raft).length === 0 ? {} : { raft }),
    ...(groups === undefined ? {} : { groups }),
  };
}

/** The switches of `flags` that are on, or undefined when none is. */
function pick<T extends Record<string, boolean | undefined>>(flags: T): Partial<T> | undefined {
  const on = Object.fromEntries(Object.entries(flags).filter(([, value]) => value === true)) as Partial<T>;
  return Object.keys(on).length === 0 ? undefined : on;
}
