// Goal: a configuration key Weir does not know is refused with what the operator most likely
// meant: the node key of a topic-level key, or the nearest known key for a typo; and Kafka's
// `log.dir` works as the one-directory form of `log.dirs` (which wins when both are set).
// Method: buildNodeConfig on small configurations, and the pure helpers against hand-made cases.
import { describe, expect, test } from 'vitest';

import { ConfigError } from '../../src/config/config-error.js';
import { closestKey, editDistance } from '../../src/config/key-hints.js';
import { buildNodeConfig } from '../../src/config/node-config.js';

const base: Array<[string, string]> = [['node.id', '1'], ['controller.quorum.voters', '1@127.0.0.1:9093']];

function refusal(overrides: Array<[string, string]>): ConfigError {
  try {
    buildNodeConfig('', [...base, ...overrides]);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('unknown configuration keys', () => {
  test('a topic-level key points to its node-wide key', () => {
    const error = refusal([['retention.ms', '1000']]);
    expect(error.key).toBe('retention.ms');
    expect(error.message).toContain('"log.retention.ms"');
    expect(refusal([['max.message.bytes', '10']]).message).toContain('"message.max.bytes"');
  });

  test('a typo suggests the nearest known key', () => {
    expect(refusal([['log.segmnet.bytes', '1000']]).message).toContain('did you mean "log.segment.bytes"?');
    expect(refusal([['num.partition', '3']]).message).toContain('did you mean "num.partitions"?');
  });

  test('a key near nothing gets no suggestion', () => {
    expect(refusal([['completely.different', '1']]).message).not.toContain('did you mean');
  });

  test('edit distance and the nearness bound', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closestKey('abcdef', ['abcxyz'])).toBeNull();
    expect(closestKey('abcdef', ['abcdeg', 'abcdxy'])).toBe('abcdeg');
  });
});

describe('log.dir', () => {
  test('is the one-directory form of log.dirs', () => {
    expect(buildNodeConfig('', [...base, ['log.dir', '/var/weir']]).logDirs).toEqual(['/var/weir']);
  });

  test('log.dirs wins when both are set, as in Kafka', () => {
    expect(buildNodeConfig('log.dirs=/a,/b\nlog.dir=/c\n', base).logDirs).toEqual(['/a', '/b']);
  });
});
