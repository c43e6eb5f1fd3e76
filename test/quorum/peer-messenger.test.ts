// Goal: the internal RPC delivers Raft messages between nodes over the runtime seam (observers
// hear answers on the connections they opened), refuses frames of another cluster or without the
// peer mark, and its gateway refuses values that are not Raft messages. Method: two messengers on real loopback
// sockets, and the validation gateway on hand-built bad values. (Loss, reordering and peer
// restarts are exercised through the simulator in test/sim/.)
import { describe, expect, test } from 'vitest';
import { epoch, nodeId, offset, type Message } from '../../raft/mod.js';
import { validateRaftMessage } from '../../src/quorum/raft-wire.js';
import { PeerMessenger, RpcDecodeError } from '../../src/quorum/peer-messenger.js';
import { createNodeRuntime } from '../../src/runtime/nodejs/node-runtime.js';
import { frameBytes } from '../../src/protocol/mod.js';
import { Packr } from 'msgpackr';

async function eventually(condition: () => boolean, limit = 500): Promise<void> {
  const { clock } = createNodeRuntime();
  for (let turn = 0; turn < limit && !condition(); turn += 1) {
    await new Promise<void>((resolve) => clock.setTimer(2, resolve));
  }
  expect(condition()).toBe(true);
}

function messenger(runtime: ReturnType<typeof createNodeRuntime>, localId: number, clusterId: string,
  inbound: { listenAddress: string } | 'none', peers: Map<number, string>, received: Message[],
  problems: string[] = []): Promise<PeerMessenger<Message>> {
  return PeerMessenger.start<Message>({
    ...runtime, localId, clusterId, inbound, peers, validate: validateRaftMessage,
    senderOf: (message) => message.from, onMessage: (message) => received.push(message),
    onProblem: (problem) => problems.push(problem),
  });
}

function fetchFrom(from: number, to: number): Message {
  return { type: 'FetchRequest', from: nodeId(from), to: nodeId(to), epoch: epoch(1), fetchOffset: offset(0), lastFetchedEpoch: epoch(0) };
}

describe('internal RPC', () => {
  test('a Raft message sent by one node arrives intact at the other', async () => {
    const runtime = createNodeRuntime();
    const received: Message[] = [];
    const ports = new Map<number, string>([[1, '127.0.0.1:0'], [2, '127.0.0.1:0']]);
    const second = await PeerMessenger.start<Message>({
      ...runtime, localId: 2, clusterId: 'c', inbound: { listenAddress: '127.0.0.1:0' }, peers: new Map(),
      validate: validateRaftMessage, senderOf: (message) => message.from, onMessage: (message) => received.push(message),
    });
    ports.set(2, second.address);
    const first = await PeerMessenger.start<Message>({
      ...runtime, localId: 1, clusterId: 'c', inbound: { listenAddress: '127.0.0.1:0' }, peers: ports,
      validate: validateRaftMessage, senderOf: (message) => message.from, onMessage: () => {},
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

  test('an observer without an address hears the answer on the connection it opened', async () => {
    const runtime = createNodeRuntime();
    const atVoter: Message[] = [];
    const atObserver: Message[] = [];
    const voter = await messenger(runtime, 1, 'c', { listenAddress: '127.0.0.1:0' }, new Map(), atVoter);
    const observer = await messenger(runtime, 7, 'c', 'none', new Map([[1, voter.address]]), atObserver);
    observer.send(1, fetchFrom(7, 1));
    await eventually(() => atVoter.length === 1);
    voter.send(7, fetchFrom(1, 7));
    await eventually(() => atObserver.length === 1);
    expect(atObserver[0]?.from).toBe(1);
    await observer.close();
    await voter.close();
  });

  test('a peer of another cluster is refused before any of its messages is delivered', async () => {
    const runtime = createNodeRuntime();
    const received: Message[] = [];
    const problems: string[] = [];
    const voter = await messenger(runtime, 1, 'ours', { listenAddress: '127.0.0.1:0' }, new Map(), received, problems);
    const stranger = await messenger(runtime, 2, 'theirs', 'none', new Map([[1, voter.address]]), []);
    stranger.send(1, fetchFrom(2, 1));
    await eventually(() => problems.some((problem) => problem.includes('INCONSISTENT_CLUSTER_ID')));
    expect(received).toEqual([]);
    await stranger.close();
    await voter.close();
  });

  test('a frame without the peer mark closes its connection before anything reaches Raft', async () => {
    const runtime = createNodeRuntime();
    const received: Message[] = [];
    const problems: string[] = [];
    const voter = await messenger(runtime, 1, 'c', { listenAddress: '127.0.0.1:0' }, new Map(), received, problems);
    const bare = await runtime.network.connect(voter.address);
    let bareClosed = false;
    bare.onClose(() => { bareClosed = true; });
    bare.send(frameBytes(new Packr({ useRecords: false, moreTypes: false }).pack(fetchFrom(2, 1))));
    await eventually(() => bareClosed);
    expect(received).toEqual([]);
    expect(problems.some((problem) => problem.includes('not a Raft peer frame'))).toBe(true);
    await voter.close();
  });

  test('validation refuses unknown types and malformed fields', () => {
    expect(() => validateRaftMessage({ type: 'Nope', from: 1, to: 2, epoch: 0 })).toThrow(RpcDecodeError);
    expect(() => validateRaftMessage({ type: 'FetchRequest', from: -1, to: 2, epoch: 0, fetchOffset: 0, lastFetchedEpoch: 0 })).toThrow(RpcDecodeError);
    expect(() => validateRaftMessage('text')).toThrow(RpcDecodeError);
    expect(validateRaftMessage({ type: 'FetchRequest', from: 1, to: 2, epoch: 0, fetchOffset: 0, lastFetchedEpoch: 0 }).type).toBe('FetchRequest');
  });
});
