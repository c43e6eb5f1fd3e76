// Goal: a node configuration is either valid and fully typed, or rejected with a ConfigError that
// names the offending key. Method: a minimal valid file, then one defect at a time.
import { describe, expect, test } from 'vitest';

import { ConfigError } from '../../src/config/config-error.js';
import {
  buildNodeConfig,
  metadataLogDirectory,
  parseOverride,
  renderConfigHelp,
} from '../../src/config/node-config.js';
import { nodeConfigKeys } from '../../src/config/node-config-keys.js';

const minimal = 'node.id=1\ncontroller.quorum.voters=1@127.0.0.1:9093\n';

function rejectedKey(text: string, overrides: Array<[string, string]> = []): string {
  try {
    buildNodeConfig(text, overrides);
  } catch (error) {
    if (error instanceof ConfigError) return error.key;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('buildNodeConfig', () => {
  test('fills every key not given with its default', () => {
    const config = buildNodeConfig(minimal);
    expect(config.nodeId).toBe(1);
    expect(config.processRoles).toEqual(['broker', 'controller']);
    expect(config.listeners).toEqual([
      { name: 'PLAINTEXT', host: '127.0.0.1', port: 9092 },
      { name: 'CONTROLLER', host: '127.0.0.1', port: 9093 },
    ]);
    expect(config.logSegmentBytes).toBe(1_073_741_824);
    expect(config.socketRequestMaxBytes).toBe(104_857_600);
    expect(config.autoCreateTopicsEnable).toBe(true);
    expect(config.logFlushIntervalMessages).toBe(Number.MAX_SAFE_INTEGER);
    expect(metadataLogDirectory(config)).toBe('./data');
  });

  test('overrides win over the file', () => {
    const config = buildNodeConfig(`${minimal}num.partitions=3\n`, [['num.partitions', '6']]);
    expect(config.numPartitions).toBe(6);
  });

  test('parses voters, IPv6 listeners and lists', () => {
    const config = buildNodeConfig(
      'node.id=2\ncontroller.quorum.voters=1@h1:9093,2@h2:9093,3@h3:9093\n' +
        'listeners=PLAINTEXT://[::1]:0,CONTROLLER://:9093\nlog.dirs=/a,/b\n',
    );
    expect(config.controllerQuorumVoters.map((voter) => voter.id)).toEqual([1, 2, 3]);
    expect(config.listeners[0]).toEqual({ name: 'PLAINTEXT', host: '::1', port: 0 });
    expect(config.listeners[1]).toEqual({ name: 'CONTROLLER', host: '0.0.0.0', port: 9093 });
    expect(config.logDirs).toEqual(['/a', '/b']);
  });

  test('a missing required key is named', () => {
    expect(rejectedKey('controller.quorum.voters=1@h:1')).toBe('node.id');
  });

  test('an unknown key is named', () => {
    expect(rejectedKey(`${minimal}log.segment.byte=10\n`)).toBe('log.segment.byte');
  });

  test('a malformed value is named, with its line in the message', () => {
    try {
      buildNodeConfig(`${minimal}num.partitions=many\n`);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).key).toBe('num.partitions');
      expect((error as ConfigError).line).toBe(3);
    }
  });

  test.each([
    ['num.partitions', '0'],
    ['message.max.bytes', '-5'],
    ['auto.create.topics.enable', 'yes'],
    ['process.roles', 'broker,zookeeper'],
    ['listeners', 'PLAINTEXT:9092'],
    ['http.listener', 'localhost'],
    ['log.retention.ms', '-2'],
    ['log.retention.bytes', '99999999999999999999'],
    ['default.replication.factor', '0'],
    ['min.insync.replicas', '0'],
    ['unclean.leader.election.enable', 'maybe'],
    ['leader.imbalance.per.broker.percentage', '101'],
    ['leader.imbalance.check.interval.seconds', '0'],
  ])('an out-of-range or malformed %s is rejected', (key, value) => {
    expect(rejectedKey(minimal, [[key, value]])).toBe(key);
  });

  test('replication defaults are Kafka\'s: factor 1, min ISR 1, no unclean elections, rebalance every 300 s over 10 %', () => {
    const config = buildNodeConfig(minimal);
    expect([config.defaultReplicationFactor, config.minInsyncReplicas, config.uncleanLeaderElectionEnable,
      config.autoLeaderRebalanceEnable, config.leaderImbalanceCheckIntervalSeconds, config.leaderImbalancePerBrokerPercentage,
      config.brokerRack]).toEqual([1, 1, false, true, 300, 10, '']);
  });

  test('broker sessions default to Kafka\'s 9000 ms timeout and 2000 ms heartbeats; heartbeats must come more often', () => {
    const config = buildNodeConfig(minimal);
    expect([config.brokerSessionTimeoutMs, config.brokerHeartbeatIntervalMs]).toEqual([9_000, 2_000]);
    expect(rejectedKey(minimal, [['broker.heartbeat.interval.ms', '9000']])).toBe('broker.heartbeat.interval.ms');
    expect(rejectedKey(minimal, [['broker.session.timeout.ms', '0']])).toBe('broker.session.timeout.ms');
    expect(buildNodeConfig(minimal, [['broker.session.timeout.ms', '2001']]).brokerSessionTimeoutMs).toBe(2_001);
  });

  test('group coordinator keys take Kafka\'s defaults and are checked against each other', () => {
    const config = buildNodeConfig(minimal);
    expect([config.offsetsTopicNumPartitions, config.offsetsTopicReplicationFactor, config.offsetsTopicSegmentBytes,
      config.offsetsRetentionMinutes, config.offsetsRetentionCheckIntervalMs, config.offsetsCommitTimeoutMs,
      config.offsetMetadataMaxBytes, config.groupMinSessionTimeoutMs, config.groupMaxSessionTimeoutMs,
      config.groupInitialRebalanceDelayMs, config.groupMaxSize, config.groupConsumerSessionTimeoutMs,
      config.groupConsumerHeartbeatIntervalMs, config.groupConsumerMaxSize, config.groupConsumerAssignors])
      .toEqual([50, 3, 104_857_600, 10_080, 600_000, 5_000, 4096, 6_000, 1_800_000, 3_000, 2_147_483_647, 45_000, 5_000,
        2_147_483_647, ['uniform', 'range']]);
    expect(rejectedKey(minimal, [['offsets.topic.num.partitions', '0']])).toBe('offsets.topic.num.partitions');
    expect(rejectedKey(minimal, [['group.min.session.timeout.ms', '1800001']])).toBe('group.min.session.timeout.ms');
    expect(rejectedKey(minimal, [['group.consumer.heartbeat.interval.ms', '45000']]))
      .toBe('group.consumer.heartbeat.interval.ms');
    expect(rejectedKey(minimal, [['group.consumer.assignors', 'sticky']])).toBe('group.consumer.assignors');
    expect(rejectedKey(minimal, [['group.consumer.assignors', 'range,range']])).toBe('group.consumer.assignors');
    expect(buildNodeConfig(minimal, [['group.consumer.assignors', 'range']]).groupConsumerAssignors).toEqual(['range']);
  });

  test('a controller must be one of the voters', () => {
    expect(rejectedKey('node.id=4\ncontroller.quorum.voters=1@h:1\n')).toBe('controller.quorum.voters');
  });

  test('a controller needs a controller listener', () => {
    expect(rejectedKey(minimal, [['listeners', 'PLAINTEXT://127.0.0.1:9092']])).toBe('listeners');
  });

  test('a broker needs a client listener', () => {
    expect(rejectedKey(minimal, [['listeners', 'CONTROLLER://127.0.0.1:9093']])).toBe('listeners');
  });

  test('advertised listeners must name a listener', () => {
    expect(rejectedKey(minimal, [['advertised.listeners', 'EXTERNAL://h:1']])).toBe('advertised.listeners');
  });

  test('a broker-only node needs no controller listener', () => {
    const config = buildNodeConfig(minimal.replace('node.id=1', 'node.id=7'), [
      ['process.roles', 'broker'],
      ['listeners', 'PLAINTEXT://127.0.0.1:0'],
    ]);
    expect(config.processRoles).toEqual(['broker']);
  });

  test('a broker-only node is not a voter (it follows the metadata log as an observer)', () => {
    expect(rejectedKey(minimal, [['process.roles', 'broker'], ['listeners', 'PLAINTEXT://127.0.0.1:0']]))
      .toBe('controller.quorum.voters');
  });
});

describe('parseOverride', () => {
  test('splits at the first =', () => {
    expect(parseOverride('listeners=A://h:1')).toEqual(['listeners', 'A://h:1']);
  });

  test('rejects text without a key', () => {
    expect(() => parseOverride('=1')).toThrow(ConfigError);
    expect(() => parseOverride('novalue')).toThrow(ConfigError);
  });
});

test('the help text documents every key with its default', () => {
  const help = renderConfigHelp();
  for (const definition of Object.values(nodeConfigKeys)) {
    expect(help).toContain(definition.key);
  }
  expect(help).toContain('(required)');
});
