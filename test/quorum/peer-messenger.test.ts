// Goal: the internal RPC delivers Raft messages between nodes over the runtime seam, and its
// gateway refuses values that are not Raft messages. Method: two messengers on real loopback
// sockets, and the validation gateway on hand-built bad values. (Loss, reordering and peer
// restarts are exercised through the simulator in test/sim/.)
import { describe, expect, test } from 'vitest';
import { epoch, nodeId, offset, type Message } from '../../raft/mod.js';
import { validateRaftMessage } from '../../src/quorum/raft-wire.js';
import { PeerMessenger, RpcDecodeError } from '../../src/quorum/peer-messenger.js';
import { createNodeRuntime } from '../../src/runtime/nodejs/node-runtime.js';

async function eventually(condition: () => boolean, limit = 500): Promise<void> {
  const { clock } = createNodeRuntime();
  for (let turn = 0; turn < limit && !condition(); turn += 1) {
    await new Promise<void>((resolve) => clock.setTimer(2, resolve));
  }
  expect(condition()).toBe(true);
}

describe('internal RPC', () => {
  test('a Raft message sent by one node arrives intact at the other', async () => {
    const runtime = createNodeRuntime();
    const received: Message[] = [];
    const ports = new Map<number, string>([[1, '127.0.0.1:0'], [2, '127.0.0.1:0']]);
    const second = await PeerMessenger.start<Message>({
      ...runtime, listenAddress: '127.0.0.1:0', peers: new Map(), validate: validateRaftMessage, onMessage: (message) => received.push(message),
    });
    ports.set(2, second.address);
    const first = await PeerMessenger.start<Message>({
      ...runtime, listenAddress: '127.0.0.1:0', peers: ports, validate: validateRaftMessage, onMessage: () => {},
    });
    const message: Message = {
      type: 'FetchResponse', from: nodeId(1), to: nodeId(2), epoch: epoch(3), error: null, leaderId: nodeId(1),
      fetchOffset: offset(0), lastFetchedEpoch: epoch(0), highWatermark: offset(1), divergingEpoch: null, snapshotId: null,
      entries: [{ offset: offset(0), epoch: epoch(3), kind: 'data', payload: new Uint8Array([7, 8]) }],
    };
    first.send(2, message);
    await eventually(() => received.length === 1);
    const got = received[0] as Extract<Message, { type: 'FetchResponse' }>;
    expect(got.type).toBe('FetchResponse');
    expect([...(got.entries[0]?.payload ?? [])]).toEqual([7, 8]);
    expect(got.highWatermark).toBe(1);
    await first.close();
    await second.close();
  });

  test('validation refuses unknown types and malformed fields', () => {
    expect(() => validateRaftMessage({ type: 'Nope', from: 1, to: 2, epoch: 0 })).toThrow(RpcDecodeError);
    expect(() => validateRaftMessage({ type: 'FetchRequest', from: -1, to: 2, epoch: 0, fetchOffset: 0, lastFetchedEpoch: 0 })).toThrow(RpcDecodeError);
    expect(() => validateRaftMessage('text')).toThrow(RpcDecodeError);
    expect(validateRaftMessage({ type: 'FetchRequest', from: 1, to: 2, epoch: 0, fetchOffset: 0, lastFetchedEpoch: 0 }).type).toBe('FetchRequest');
  });
});
