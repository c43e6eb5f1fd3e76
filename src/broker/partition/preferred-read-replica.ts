// KIP-392: which replica a consumer should fetch from (Kafka's RackAwareReplicaSelector and
// ReplicaManager.findPreferredReadReplica). A consumer that names its rack (client.rack) is sent
// to a replica in that rack, so its reads stay inside the rack instead of crossing to wherever
// the leader is; without a rack, or with no fit replica in it, it reads from the leader.
//
// A replica is fit to serve the fetch when it holds the fetch offset (its log end is at or past
// it) and it was caught up with the leader within replica.lag.time.max.ms: a lagging follower
// would answer with nothing new for a long time. Among the fit replicas of the rack the leader
// wins when it is one of them; otherwise the one with the highest log end offset, then the most
// recently caught up, then the lowest id (so the choice is deterministic).

/** What the leader knows of one follower when choosing. */
export interface ReadReplicaCandidate {
  readonly replicaId: number;
  readonly rack: string | null;
  /** Undefined until the follower fetched in this leader epoch. */
  readonly logEndOffset: number | undefined;
  /** Monotonic ms of the last time it was caught up with the leader. */
  readonly lastCaughtUpTimeMs: number;
}

export interface ReadReplicaChoice {
  readonly clientRack: string;
  readonly fetchOffset: number;
  readonly leaderRack: string | null;
  readonly followers: readonly ReadReplicaCandidate[];
  readonly nowMs: number;
  readonly lagTimeMaxMs: number;
}

/** The follower to send the consumer to, or undefined: the leader serves it. */
export function preferredReadReplica(choice: ReadReplicaChoice): number | undefined {
  if (choice.clientRack === '' || choice.leaderRack === choice.clientRack) return undefined;
  const fit = choice.followers.filter((follower) => follower.rack === choice.clientRack &&
    follower.logEndOffset !== undefined && follower.logEndOffset >= choice.fetchOffset &&
    choice.nowMs - follower.lastCaughtUpTimeMs <= choice.lagTimeMaxMs);
  const [best] = [...fit].sort((left, right) => (right.logEndOffset ?? 0) - (left.logEndOffset ?? 0) ||
    right.lastCaughtUpTimeMs - left.lastCaughtUpTimeMs || left.replicaId - right.replicaId);
  return best?.replicaId;
}
