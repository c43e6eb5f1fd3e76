// Goal: the topic config table is consistent with itself and with the node configuration: keys
// are unique and sorted, every default (Kafka's and the node's, for default and edited node
// configs) passes its own validation, and the validators accept and refuse what Kafka's bounds
// say. Also the topic name rules at their edges. Method: table walks and boundary values.
import { describe, expect, test } from 'vitest';
import {
  topicConfigDefault, topicConfigDefinitions, topicConfigProblem, uncleanElectionEnabled,
} from '../../src/controller/topic-configs.js';
import { collisionKey, hasCollisionCharacters, topicNameProblem } from '../../src/controller/topic-names.js';
import { testConfig } from './controller-fixture.js';

describe('topic config table', () => {
  test('keys are unique and sorted by name', () => {
    const names = topicConfigDefinitions.map((definition) => definition.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });

  test.each([
    ['default node config', ''],
    ['edited node config', 'log.retention.ms=-1\nlog.retention.bytes=1000\nlog.segment.bytes=14\nlog.flush.interval.ms=5\nlog.flush.interval.messages=1\nmin.insync.replicas=2'],
  ])('every default passes its own validation (%s)', (_name, extra) => {
    const config = testConfig(extra);
    for (const definition of topicConfigDefinitions) {
      expect(definition.validate(definition.kafkaDefault), `${definition.name} Kafka default`).toBeNull();
      expect(topicConfigProblem(definition.name, topicConfigDefault(definition.name, config).value), definition.name).toBeNull();
    }
  });

  test.each([
    ['retention.ms', '-1', true], ['retention.ms', '-2', false],
    ['retention.bytes', '-9223372036854775808', true], ['retention.bytes', '9223372036854775808', false],
    ['segment.bytes', '14', true], ['segment.bytes', '13', false], ['segment.bytes', '2147483647', true],
    ['segment.ms', '1', true], ['segment.ms', '0', false],
    ['flush.messages', '1', true], ['flush.messages', '0', false],
    ['min.insync.replicas', '1', true], ['min.insync.replicas', '0', false],
    ['cleanup.policy', 'compact,delete', true], ['cleanup.policy', '', false], ['cleanup.policy', 'delete,archive', false],
    ['message.timestamp.type', 'LogAppendTime', true], ['message.timestamp.type', 'logappendtime', false],
    ['min.cleanable.dirty.ratio', '1', true], ['min.cleanable.dirty.ratio', '1.5', false],
    ['preallocate', 'TRUE', true], ['preallocate', 'yes', false],
    ['compression.type', 'zstd', true], ['compression.type', 'brotli', false],
    ['max.message.bytes', ' 1000 ', true], ['max.message.bytes', '1e3', false],
  ])('%s = %j is accepted: %s', (name, value, accepted) => {
    expect(topicConfigProblem(name, value) === null).toBe(accepted);
  });

  test('a node setting becomes the default, and the source says so', () => {
    expect(topicConfigDefault('retention.ms', testConfig())).toEqual({ value: '604800000', source: 5 });
    expect(topicConfigDefault('retention.ms', testConfig('log.retention.ms=1000'))).toEqual({ value: '1000', source: 4 });
  });

  test('unclean.leader.election.enable: false by default, the node config sets it, a topic override wins', () => {
    expect(topicConfigDefault('unclean.leader.election.enable', testConfig())).toEqual({ value: 'false', source: 5 });
    const enabled = testConfig('unclean.leader.election.enable=true');
    expect(topicConfigDefault('unclean.leader.election.enable', enabled)).toEqual({ value: 'true', source: 4 });
    expect(uncleanElectionEnabled(new Map(), enabled)).toBe(true);
    expect(uncleanElectionEnabled(new Map([['unclean.leader.election.enable', 'FALSE']]), enabled)).toBe(false);
    expect(uncleanElectionEnabled(new Map([['unclean.leader.election.enable', 'true']]), testConfig())).toBe(true);
  });
});

describe('topic names', () => {
  test.each([
    ['a', true], ['A-Z_0.9', true], ['x'.repeat(249), true], ['x'.repeat(250), false],
    ['', false], ['.', false], ['..', false], ['...', true], ['a/b', false], ['é', false],
  ])('%j is legal: %s', (name, legal) => {
    expect(topicNameProblem(name) === null).toBe(legal);
  });

  test('"." and "_" collide, "-" does not', () => {
    expect(collisionKey('a.b')).toBe(collisionKey('a_b'));
    expect(collisionKey('a-b')).not.toBe(collisionKey('a_b'));
    expect(hasCollisionCharacters('a-b')).toBe(false);
  });
});
