// Goal: the active controller hands out producer id blocks as KIP-730 asks: contiguous blocks of
// 1000 from 0, never two overlapping ones even for requests that arrive together, none to a
// broker whose epoch is stale, none answered before its ProducerIdsRecord is committed, and none
// reused by the controller that takes over after a failover. Method: the controller on the
// stand-in quorum of controller-fixture.ts; the restart on real Raft is in controller-raft.test.ts.
import { describe, expect, test } from 'vitest';
import { ErrorCode, nodeId } from '../../src/protocol/mod.js';
import {
  createAllocateProducerIdsRequest, type AllocateProducerIdsResponse,
} from '../../src/protocol/generated/messages/allocate-producer-ids.js';
import { decodeMetadataRecords } from '../../src/metadata/metadata-records.js';
import { producerIdBlockSize } from '../../src/controller/allocate-producer-ids.js';
import { ControllerFixture } from './controller-fixture.js';

function epochOf(fixture: ControllerFixture, id: number): bigint {
  const broker = fixture.publisher.current().brokers.get(nodeId(id));
  if (broker === undefined) throw new Error(`broker ${id} is not registered`);
  return BigInt(broker.epoch);
}

function allocate(fixture: ControllerFixture, id: number, brokerEpoch = epochOf(fixture, id)):
  Promise<AllocateProducerIdsResponse> {
  return fixture.controller.allocateProducerIds(createAllocateProducerIdsRequest({ brokerId: nodeId(id), brokerEpoch }), 0);
}

/** Asserts the answered blocks are pairwise disjoint and returns them sorted by start. */
function disjoint(answers: readonly AllocateProducerIdsResponse[]): [bigint, bigint][] {
  const blocks = answers.map((answer): [bigint, bigint] =>
    [BigInt(answer.producerIdStart), BigInt(answer.producerIdStart) + BigInt(answer.producerIdLen)]);
  blocks.sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  for (let index = 1; index < blocks.length; index += 1) {
    expect(blocks[index]![0]).toBeGreaterThanOrEqual(blocks[index - 1]![1]);
  }
  return blocks;
}

describe('AllocateProducerIds (KIP-730)', () => {
  test('blocks of 1000 are contiguous from 0 and the image moves past each', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1, 2]);
    const first = await allocate(fixture, 1);
    const second = await allocate(fixture, 2);
    const third = await allocate(fixture, 1);
    expect([first, second, third].map((answer) => answer.errorCode)).toEqual([0, 0, 0]);
    expect([first, second, third].map((answer) => answer.producerIdStart)).toEqual([0n, 1000n, 2000n]);
    expect(first.producerIdLen).toBe(producerIdBlockSize);
    expect(fixture.publisher.current().nextProducerId).toBe(3000n);
  });

  test('requests that arrive together get disjoint blocks', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1, 2, 3]);
    const answers = await Promise.all([1, 2, 3, 1, 2, 3].map((id) => allocate(fixture, id)));
    expect(answers.every((answer) => answer.errorCode === ErrorCode.NONE)).toBe(true);
    const blocks = disjoint(answers);
    expect(blocks[blocks.length - 1]![1]).toBe(fixture.publisher.current().nextProducerId);
  });

  test('STALE_BROKER_EPOCH for another epoch or an unregistered broker, and nothing is written', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1]);
    const proposals = fixture.proposals;
    expect((await allocate(fixture, 1, epochOf(fixture, 1) - 1n)).errorCode).toBe(ErrorCode.STALE_BROKER_EPOCH);
    expect((await allocate(fixture, 7, 0n)).errorCode).toBe(ErrorCode.STALE_BROKER_EPOCH);
    expect(fixture.proposals).toBe(proposals);
    expect(fixture.publisher.current().nextProducerId).toBe(0n);
  });

  test('the answer waits for the commit; a standby or a failed proposal gives no block', async () => {
    const fixture = new ControllerFixture();
    await fixture.registerBrokers([1]);
    fixture.mode = 'hang';
    let answered: AllocateProducerIdsResponse | null = null;
    const pending = allocate(fixture, 1).then((answer) => { answered = answer; });
    await Promise.resolve();
    await Promise.resolve();
    expect(fixture.hungCount()).toBe(1);
    expect(answered).toBeNull();
    fixture.commitHung();
    await pending;
    expect(answered).toMatchObject({ errorCode: ErrorCode.NONE, producerIdStart: 0n });
    fixture.mode = 'fail';
    expect(await allocate(fixture, 1)).toMatchObject({ errorCode: ErrorCode.NOT_CONTROLLER, producerIdLen: 0 });
    fixture.mode = 'commit';
    fixture.role = 'follower';
    expect((await allocate(fixture, 1)).errorCode).toBe(ErrorCode.NOT_CONTROLLER);
  });

  test('a controller taking over after a failover never hands out an id already given', async () => {
    const old = new ControllerFixture();
    await old.registerBrokers([1, 2]);
    const before = await Promise.all([allocate(old, 1), allocate(old, 2)]);
    old.role = 'follower';
    old.announceLeadership();
    // The new leader's image is the committed log, replayed.
    const next = new ControllerFixture({ seed: 2 });
    for (const payload of old.committedPayloads) next.commitRecords(decodeMetadataRecords(payload));
    next.newEpoch();
    expect(next.controller.isActive()).toBe(true);
    const after = await Promise.all([allocate(next, 1), allocate(next, 2)]);
    expect(after.every((answer) => answer.errorCode === ErrorCode.NONE)).toBe(true);
    disjoint([...before, ...after]);
    expect(after.map((answer) => answer.producerIdStart)).toEqual([2000n, 3000n]);
  });
});
