// Goal: a classic consumer member's assignment, as DescribeGroups carries it, is read into its
// topic partitions whichever client wrote it, and bytes that are not an assignment never throw.
// Method: assignments encoded by kafkajs's own AssignerProtocol (an independent encoder of
// ConsumerProtocolAssignment), then truncated and garbage bytes.
import { createRequire } from 'node:module';

import { describe, expect, test } from 'vitest';

import { decodeMemberAssignment } from '../../src/admin/member-assignment.js';

const require = createRequire(import.meta.url);
const { AssignerProtocol } = require('kafkajs') as {
  AssignerProtocol: { MemberAssignment: { encode(value: object): Buffer } };
};

const encoded = (version: number, assignment: Record<string, number[]>): Uint8Array =>
  new Uint8Array(AssignerProtocol.MemberAssignment.encode({ version, assignment, userData: Buffer.from('x') }));

describe('a member assignment from DescribeGroups', () => {
  test.each([0, 1, 3])('version %i written by kafkajs is read with topics and partitions sorted', (version) => {
    expect(decodeMemberAssignment(encoded(version, { orders: [2, 0], clicks: [1] }))).toEqual([
      { topic: 'clicks', partitions: [1] }, { topic: 'orders', partitions: [0, 2] },
    ]);
  });

  test('a member not yet synced (no bytes) has an empty assignment', () => {
    expect(decodeMemberAssignment(new Uint8Array())).toEqual([]);
  });

  test('truncated bytes, a negative version and garbage are "not an assignment", not a crash', () => {
    const whole = encoded(0, { orders: [0, 1, 2] });
    expect(decodeMemberAssignment(whole.subarray(0, whole.length - 12))).toBeNull();
    expect(decodeMemberAssignment(new Uint8Array([0xff, 0xff, 0, 0, 0, 0]))).toBeNull();
    expect(decodeMemberAssignment(new Uint8Array([0, 0, 0x7f, 0xff, 0xff, 0xff]))).toBeNull();
  });
});
