// Every key of a Weir node's configuration: its Kafka name, what it means, its default and how
// its value is parsed. Keys follow Kafka's server.properties names wherever Kafka has one, so an
// operator's knowledge (and often their file) carries over. `weir node --help` prints this table.
import {
  boolean,
  hostPort,
  integer,
  long,
  list,
  listenerAddress,
  oneOf,
  replicaSelector,
  optionalText,
  quorumVoter,
  text,
  type ValueParser,
} from './value-parsers.js';

/** One configuration key. `defaultValue` is in the file's own syntax; null means required. */
export interface KeyDefinition<T> {
  readonly key: string;
  readonly doc: string;
  readonly defaultValue: string | null;
  readonly parse: ValueParser<T>;
}

function define<T>(key: string, parse: ValueParser<T>, defaultValue: string | null, doc: string): KeyDefinition<T> {
  return { key, parse, defaultValue, doc };
}

const int32 = { min: 0, max: 2_147_483_647 };
const positiveInt32 = { min: 1, max: 2_147_483_647 };
const unlimitedOrLong = { min: -1, max: Number.MAX_SAFE_INTEGER };
const positiveLong = { min: 1, max: Number.MAX_SAFE_INTEGER };

/** The configuration keys, by the camelCase name of the field they fill in NodeConfig. */
export const nodeConfigKeys = {
  nodeId: define('node.id', integer(int32), null,
    'This node\'s id, unique in the cluster; a controller\'s id must appear in controller.quorum.voters'),
  processRoles: define('process.roles', list(oneOf(['broker', 'controller'] as const)), 'broker,controller',
    'The roles this node plays: broker, controller, or both (combined mode)'),
  controllerQuorumVoters: define('controller.quorum.voters', list(quorumVoter), '',
    'The static controller quorum as id@host:port entries, separated by commas (the bootstrap voter set); ' +
    'empty when controller.quorum.bootstrap.servers is set'),
  controllerQuorumBootstrapServers: define('controller.quorum.bootstrap.servers', list(hostPort), '',
    'host:port of controllers to learn the voters from (KIP-853 dynamic quorum); a controller not among the ' +
    'voters starts as an observer and can then be added with AddRaftVoter (weir quorum add-voter)'),
  listeners: define('listeners', list(listenerAddress), 'PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093',
    'Listeners as NAME://host:port, separated by commas; port 0 picks a free port'),
  advertisedListeners: define('advertised.listeners', list(listenerAddress), '',
    'Addresses given to clients, as NAME://host:port; empty means the client listeners as bound'),
  controllerListenerNames: define('controller.listener.names', list(text), 'CONTROLLER',
    'Names of the listeners that carry the controller quorum\'s internal traffic'),
  httpListener: define('http.listener', hostPort, '127.0.0.1:9644',
    'host:port of the HTTP listener serving /healthz, /readyz, /metrics and the admin API'),
  logDirs: define('log.dirs', list(text), './data',
    'Directories holding partition logs, separated by commas'),
  metadataLogDir: define('metadata.log.dir', optionalText, '',
    'Directory of the Raft metadata log and quorum state; empty means the first of log.dirs'),
  numPartitions: define('num.partitions', integer(positiveInt32), '1',
    'Partitions of an automatically created topic, and of CreateTopics without a count'),
  defaultReplicationFactor: define('default.replication.factor', integer({ min: 1, max: 32_767 }), '1',
    'Replication factor of an automatically created topic, and of CreateTopics without one'),
  minInsyncReplicas: define('min.insync.replicas', integer(positiveInt32), '1',
    'Replicas that must acknowledge an acks=-1 produce for it to succeed'),
  uncleanLeaderElectionEnable: define('unclean.leader.election.enable', boolean, 'false',
    'Whether a replica outside the ISR may lead a partition that has no live ISR member; it may lose ' +
    'acknowledged records. The topic config of the same name overrides it'),
  autoLeaderRebalanceEnable: define('auto.leader.rebalance.enable', boolean, 'true',
    'Whether the active controller moves leadership back to preferred replicas when brokers are imbalanced'),
  leaderImbalanceCheckIntervalSeconds: define('leader.imbalance.check.interval.seconds', long(positiveLong), '300',
    'How often the active controller checks for leader imbalance, in seconds'),
  leaderImbalancePerBrokerPercentage: define('leader.imbalance.per.broker.percentage', integer({ min: 0, max: 100 }),
    '10', 'Share of a broker\'s preferred partitions that may be led elsewhere before a rebalance, in percent'),
  autoCreateTopicsEnable: define('auto.create.topics.enable', boolean, 'true',
    'Whether a Metadata or Produce request for an unknown topic creates it'),
  logSegmentBytes: define('log.segment.bytes', integer({ min: 14, max: 2_147_483_647 }), '1073741824',
    'Size at which a partition\'s active segment is rolled'),
  logRollMs: define('log.roll.ms', long(positiveLong), '604800000',
    'Age at which a partition\'s active segment is rolled, in milliseconds'),
  logRetentionMs: define('log.retention.ms', long(unlimitedOrLong), '604800000',
    'How long records are kept before whole segments are deleted; -1 keeps them forever'),
  logRetentionBytes: define('log.retention.bytes', long(unlimitedOrLong), '-1',
    'Size a partition may reach before its oldest segments are deleted; -1 means no limit'),
  logRetentionCheckIntervalMs: define('log.retention.check.interval.ms', long(positiveLong), '300000',
    'How often each partition is checked for segments that retention deletes, in milliseconds'),
  logCleanupPolicy: define('log.cleanup.policy', list(oneOf(['compact', 'delete'] as const)), 'delete',
    'Default cleanup.policy of topics: delete old segments by retention, compact to the last record per key, ' +
    'or both (compact,delete)'),
  logCleanerEnable: define('log.cleaner.enable', boolean, 'true',
    'Whether the log cleaner compacts the partitions of topics whose cleanup.policy includes compact'),
  logCleanerBackoffMs: define('log.cleaner.backoff.ms', long({ min: 1, max: Number.MAX_SAFE_INTEGER }), '15000',
    'How long the log cleaner waits when no partition needs cleaning, in milliseconds'),
  logCleanerIoBufferSize: define('log.cleaner.io.buffer.size', integer({ min: 512, max: 2_147_483_647 }), '524288',
    'Bytes the log cleaner reads per step before it yields to other work'),
  logCleanerDedupeBufferSize: define('log.cleaner.dedupe.buffer.size', long({ min: 1024, max: Number.MAX_SAFE_INTEGER }),
    '134217728', 'Memory bound of the log cleaner\'s offset map (latest offset per key), in bytes'),
  logFlushIntervalMessages: define('log.flush.interval.messages', long(positiveLong), '9223372036854775807',
    'Records appended to a partition between two fsyncs; 1 fsyncs every append'),
  logFlushIntervalMs: define('log.flush.interval.ms', long(unlimitedOrLong), '-1',
    'Longest time unflushed records may wait for an fsync; -1 leaves it to the messages count'),
  messageMaxBytes: define('message.max.bytes', integer(positiveInt32), '1048588',
    'Largest record batch a producer may send, in bytes'),
  socketRequestMaxBytes: define('socket.request.max.bytes', integer(positiveInt32), '104857600',
    'Largest request frame accepted on a connection; a larger one closes the connection'),
  electionTimeoutMs: define('controller.quorum.election.timeout.ms', integer(positiveInt32), '1000',
    'Base of the randomized Raft election timeout, in milliseconds'),
  fetchTimeoutMs: define('controller.quorum.fetch.timeout.ms', integer(positiveInt32), '2000',
    'Time without hearing from the quorum leader before a voter starts an election'),
  brokerRack: define('broker.rack', optionalText, '',
    'The rack of this broker (a failure domain); empty means none. Sent in its registration'),
  brokerSessionTimeoutMs: define('broker.session.timeout.ms', integer(positiveInt32), '9000',
    'Time without a heartbeat after which the active controller fences a broker (moves its leadership away)'),
  brokerHeartbeatIntervalMs: define('broker.heartbeat.interval.ms', integer(positiveInt32), '2000',
    'Time between a broker\'s heartbeats to the active controller; below broker.session.timeout.ms'),
  replicaLagTimeMaxMs: define('replica.lag.time.max.ms', long(positiveLong), '30000',
    'Time a follower may go without catching up to its leader\'s log end before it leaves the ISR, in milliseconds'),
  eligibleLeaderReplicasEnable: define('eligible.leader.replicas.enable', boolean, 'true',
    'KIP-966 (as Kafka 4.1 runs new clusters): replicas that leave an ISR below min.insync.replicas stay eligible to lead cleanly; false: only the ISR'),
  replicaSelectorClass: define('replica.selector.class', replicaSelector, '',
    'KIP-392: org.apache.kafka.common.replica.RackAwareReplicaSelector sends a consumer with client.rack to a caught-up replica in its rack, and lets followers serve consumers; empty: the leader only'),
  // The group coordinator (src/group), Kafka's GroupCoordinatorConfig names and defaults.
  offsetsTopicNumPartitions: define('offsets.topic.num.partitions', integer(positiveInt32), '50',
    'Partitions of __consumer_offsets, created on the first FindCoordinator; a group\'s coordinator leads ' +
    'partition abs(hash(group.id)) % this count'),
  offsetsTopicReplicationFactor: define('offsets.topic.replication.factor', integer({ min: 1, max: 32_767 }), '3',
    'Replication factor of __consumer_offsets when it is created (capped at the live brokers)'),
  offsetsTopicSegmentBytes: define('offsets.topic.segment.bytes', integer(positiveInt32), '104857600',
    'segment.bytes of __consumer_offsets (kept small so compaction and loading stay quick)'),
  offsetsLoadBufferSize: define('offsets.load.buffer.size', integer(positiveInt32), '5242880',
    'Bytes read at a time from an __consumer_offsets partition while a new coordinator loads it'),
  offsetsRetentionMinutes: define('offsets.retention.minutes', integer(positiveInt32), '10080',
    'How long the committed offsets of a group with no members (or of no group) are kept after their ' +
    'commit or after the group became empty, in minutes'),
  offsetsRetentionCheckIntervalMs: define('offsets.retention.check.interval.ms', long(positiveLong), '600000',
    'How often each coordinator looks for expired offsets, in milliseconds'),
  offsetsCommitTimeoutMs: define('offsets.commit.timeout.ms', integer(positiveInt32), '5000',
    'How long a coordinator\'s write (an offset commit, a group change) may wait to be replicated before the ' +
    'request is answered COORDINATOR_NOT_AVAILABLE'),
  offsetMetadataMaxBytes: define('offset.metadata.max.bytes', integer(int32), '4096',
    'Largest metadata string an offset commit may carry (OFFSET_METADATA_TOO_LARGE above)'),
  groupMinSessionTimeoutMs: define('group.min.session.timeout.ms', integer(positiveInt32), '6000',
    'Shortest session timeout a classic group member may ask for'),
  groupMaxSessionTimeoutMs: define('group.max.session.timeout.ms', integer(positiveInt32), '1800000',
    'Longest session timeout a classic group member may ask for'),
  groupInitialRebalanceDelayMs: define('group.initial.rebalance.delay.ms', integer(int32), '3000',
    'How long a new classic group waits for more members before its first rebalance'),
  groupMaxSize: define('group.max.size', integer(positiveInt32), '2147483647',
    'Most members a classic group may have'),
  groupConsumerSessionTimeoutMs: define('group.consumer.session.timeout.ms', integer(positiveInt32), '45000',
    'Session timeout of a consumer group member (KIP-848)'),
  groupConsumerHeartbeatIntervalMs: define('group.consumer.heartbeat.interval.ms', integer(positiveInt32), '5000',
    'Heartbeat interval given to consumer group members (KIP-848)'),
  groupConsumerMaxSize: define('group.consumer.max.size', integer(positiveInt32), '2147483647',
    'Most members a consumer group (KIP-848) may have'),
  groupConsumerAssignors: define('group.consumer.assignors', list(oneOf(['uniform', 'range'] as const)), 'uniform,range',
    'Server-side assignors of consumer groups (KIP-848), by name; the first is the default'),
  producerIdExpirationMs: define('producer.id.expiration.ms', integer(positiveInt32), '86400000',
    'How long a partition keeps an idempotent producer\'s state after its last write, in milliseconds'),
  transactionMaxTimeoutMs: define('transaction.max.timeout.ms', integer(positiveInt32), '900000',
    'Longest transaction timeout a producer may ask for in InitProducerId (INVALID_TRANSACTION_TIMEOUT above)'),
} as const;

/** The field names of NodeConfig. */
export type NodeConfigField = keyof typeof nodeConfigKeys;

/** A node's configuration, every key parsed into its typed value. */
export type NodeConfigValues = {
  readonly [Field in NodeConfigField]: (typeof nodeConfigKeys)[Field] extends KeyDefinition<infer T> ? T : never;
};
