// Goal: a `voters` control record's value is Kafka's VotersRecord with every voter's id,
// directory id and endpoints, read back as written, for any set including the empty one (the
// set a removal of the last voter would name: encoding it once crashed the node); a peer's
// `voters` entry whose value is not a VotersRecord is refused at the gateway, never decoded
// past it. Method: round trips over generated voter sets (fast-check) and hand-made bad entries.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nodeId } from '../../raft/mod.js';
import { uuidFromBytes, ZERO_UUID } from '../../src/protocol/mod.js';
import { RpcDecodeError } from '../../src/quorum/peer-messenger.js';
import { validateRaftMessage } from '../../src/quorum/raft-wire.js';
import { bootstrapVoter, decodeVotersRecord, dialAddress, encodeVotersRecord, type VoterInfo } from '../../src/quorum/voters-record.js';

const voterArbitrary: fc.Arbitrary<VoterInfo> = fc.record({
  id: fc.integer({ min: 0, max: 2_147_483_647 }).map(nodeId),
  directoryId: fc.uint8Array({ minLength: 16, maxLength: 16 }).map(uuidFromBytes),
  endpoints: fc.array(fc.record({
    name: fc.constantFrom('CONTROLLER', 'CONTROLLER2'), host: fc.domain(), port: fc.integer({ min: 0, max: 65_535 }),
  }), { maxLength: 2 }),
});

function fetchResponseWith(payload: Uint8Array): unknown {
  return {
    type: 'FetchResponse', from: 1, to: 2, epoch: 3, fetchOffset: 0, lastFetchedEpoch: 0, highWatermark: 0, leaderId: 1,
    divergingEpoch: null, snapshotId: null,
    entries: [{ offset: 0, epoch: 3, kind: 'voters', payload, voters: [1, 2] }],
  };
}

describe('the voters record', () => {
  test('reads back every voter as written, sorted by id, the empty set included', () => {
    fc.assert(fc.property(fc.uniqueArray(voterArbitrary, { selector: (voter) => voter.id, maxLength: 5 }), (voters) => {
      const decoded = decodeVotersRecord(encodeVotersRecord(voters));
      expect(decoded).toEqual([...voters].sort((left, right) => left.id - right.id));
    }));
  });

  test('an empty payload names no voters; a bootstrap voter is dialed where controller.quorum.voters says', () => {
    expect(decodeVotersRecord(new Uint8Array(0))).toBeNull();
    const voter = bootstrapVoter(nodeId(3), '[::1]:9093', 'CONTROLLER');
    expect(voter).toEqual({ id: 3, directoryId: ZERO_UUID, endpoints: [{ name: 'CONTROLLER', host: '::1', port: 9093 }] });
    expect(dialAddress(voter)).toBe('[::1]:9093');
  });

  test('a peer\'s voters entry must carry a VotersRecord', () => {
    const good = encodeVotersRecord([bootstrapVoter(nodeId(1), 'a:1', 'CONTROLLER'), bootstrapVoter(nodeId(2), 'b:2', 'CONTROLLER')]);
    expect(() => validateRaftMessage(fetchResponseWith(good))).not.toThrow();
    expect(() => validateRaftMessage(fetchResponseWith(new Uint8Array([0, 5, 1, 2])))).toThrow(RpcDecodeError);
    expect(() => validateRaftMessage(fetchResponseWith(good.subarray(0, good.length - 3)))).toThrow(/VotersRecord/);
  });
});
