// The error-code table: codes unique, the codes a broker returns present with Kafka's numbers, and
// names and codes agree with kafkajs's table (an independent copy of Kafka's Errors list) wherever
// both know a code. kafkajs predates a few renames, which are mapped explicitly.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';

import { ErrorCode, isRetriable, kafkaError, kafkaErrors } from '../../src/protocol/errors.js';

const require = createRequire(import.meta.url);
const kafkajsErrors = (require('kafkajs/src/protocol/error.js') as { errorCodes: { type: string; code: number; retriable: boolean }[] }).errorCodes;

/** kafkajs names that Kafka later renamed. */
const renamed: Record<string, string> = {
  UNKNOWN: 'UNKNOWN_SERVER_ERROR',
  NOT_LEADER_FOR_PARTITION: 'NOT_LEADER_OR_FOLLOWER',
  GROUP_LOAD_IN_PROGRESS: 'COORDINATOR_LOAD_IN_PROGRESS',
  GROUP_COORDINATOR_NOT_AVAILABLE: 'COORDINATOR_NOT_AVAILABLE',
  NOT_COORDINATOR_FOR_GROUP: 'NOT_COORDINATOR',
};

describe('Kafka error codes', () => {
  test('codes and names are unique', () => {
    expect(new Set(kafkaErrors.map((error) => error.code)).size).toBe(kafkaErrors.length);
    expect(new Set(kafkaErrors.map((error) => error.name)).size).toBe(kafkaErrors.length);
  });

  test('the codes a broker returns have Kafka numbers', () => {
    expect(ErrorCode.NONE).toBe(0);
    expect(ErrorCode.UNKNOWN_SERVER_ERROR).toBe(-1);
    expect(ErrorCode.NOT_LEADER_OR_FOLLOWER).toBe(6);
    expect(ErrorCode.NOT_ENOUGH_REPLICAS).toBe(19);
    expect(ErrorCode.UNSUPPORTED_VERSION).toBe(35);
    expect(ErrorCode.NOT_CONTROLLER).toBe(41);
    expect(ErrorCode.FENCED_LEADER_EPOCH).toBe(74);
    expect(ErrorCode.MEMBER_ID_REQUIRED).toBe(79);
    expect(ErrorCode.UNKNOWN_TOPIC_ID).toBe(100);
    expect(ErrorCode.TRANSACTION_ABORTABLE).toBe(120);
  });

  test('every code kafkajs knows has the same name and retriability here', () => {
    expect(kafkajsErrors.length).toBeGreaterThan(80);
    for (const entry of kafkajsErrors) {
      expect(kafkaError(entry.code)?.name, `code ${entry.code}`).toBe(renamed[entry.type] ?? entry.type);
      expect(kafkaError(entry.code)?.retriable, `code ${entry.code}`).toBe(entry.retriable);
    }
  });

  test('retriable follows Kafka: leadership and availability errors retry, bad requests do not', () => {
    expect(isRetriable(ErrorCode.NOT_LEADER_OR_FOLLOWER)).toBe(true);
    expect(isRetriable(ErrorCode.NOT_ENOUGH_REPLICAS)).toBe(true);
    expect(isRetriable(ErrorCode.REQUEST_TIMED_OUT)).toBe(true);
    expect(isRetriable(ErrorCode.INVALID_REQUEST)).toBe(false);
    expect(isRetriable(ErrorCode.TOPIC_ALREADY_EXISTS)).toBe(false);
    expect(isRetriable(12345)).toBe(false);
  });
});
