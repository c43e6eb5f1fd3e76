// The topic configs the controller's partition changes depend on, resolved as every topic config
// is (the topic's override, else the dynamic broker configs, else the node's config, else Kafka's
// default): whether a leaderless partition may be led from outside its ISR
// (unclean.leader.election.enable), and the min.insync.replicas below which replicas leaving the
// ISR stay eligible leaders (KIP-966's ELR, kept unless eligible.leader.replicas.enable=false).
// One object, built once per image, handed to every planner that changes partitions.
import type { TopicImage } from '../metadata/image/metadata-image.js';
import type { ControllerDefaults } from './controller-plan.js';
import { topicSettings, uncleanElectionEnabled } from './topic-configs.js';

export interface ReplicationPolicy {
  /** unclean.leader.election.enable in force for `topic`. */
  uncleanElectionEnabled(topic: TopicImage): boolean;
  /** min.insync.replicas of `topic` when eligible leader replicas are kept; undefined when not. */
  eligibleLeaderMinIsr(topic: TopicImage): number | undefined;
}

/** The policy of a controller with `defaults` (dynamic broker configs already folded in). */
export function replicationPolicy(defaults: ControllerDefaults): ReplicationPolicy {
  return {
    uncleanElectionEnabled: (topic) => uncleanElectionEnabled(topic.configs, defaults),
    eligibleLeaderMinIsr: (topic) => defaults.eligibleLeaderReplicasEnable
      ? topicSettings(topic.configs, defaults).minInsyncReplicas : undefined,
  };
}
