// Goal: the broker's producer id manager behaves as Kafka's RPCProducerIdManager: the first need
// asks the controller and answers COORDINATOR_LOAD_IN_PROGRESS, ids then come in order from the
// block, the next block is asked for once 90% is handed out and taken seamlessly, callers share
// one request in flight, a refusal backs off, and a block that overlaps one already taken is
// refused. Method: the manager against a scripted controller answering each request in turn.
import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../../src/log/logger.js';
import { ErrorCode, nodeId, producerId } from '../../../src/protocol/mod.js';
import {
  createAllocateProducerIdsResponse, type AllocateProducerIdsRequest, type AllocateProducerIdsResponse,
} from '../../../src/protocol/generated/messages/allocate-producer-ids.js';
import { ProducerIdManager } from '../../../src/broker/producer-ids/producer-id-manager.js';

class ScriptedController {
  readonly requests: AllocateProducerIdsRequest[] = [];
  private readonly waiting: ((response: AllocateProducerIdsResponse | null) => void)[] = [];
  allocate(request: AllocateProducerIdsRequest): Promise<AllocateProducerIdsResponse | null> {
    this.requests.push(request);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  answer(response: AllocateProducerIdsResponse | null): void {
    const next = this.waiting.shift();
    if (next === undefined) throw new Error('no request waits for an answer');
    next(response);
  }
}

function block(start: bigint, length: number): AllocateProducerIdsResponse {
  return createAllocateProducerIdsResponse({ producerIdStart: producerId(start), producerIdLen: length });
}

function setUp() {
  const controller = new ScriptedController();
  const clock = { nowMs: 0, monotonicNow(): number { return this.nowMs; } };
  const fatal: unknown[] = [];
  const manager = new ProducerIdManager({ brokerId: nodeId(3), brokerEpoch: () => 17n, clock, logger: silentLogger(),
    allocate: (request) => controller.allocate(request), onFatal: (error) => fatal.push(error) });
  return { controller, clock, manager, fatal };
}

function ids(manager: ProducerIdManager, count: number): bigint[] {
  const out: bigint[] = [];
  for (let index = 0; index < count; index += 1) {
    const outcome = manager.generate();
    if (!outcome.ok) throw new Error(`no id: error ${outcome.errorCode}`);
    out.push(outcome.producerId);
  }
  return out;
}

describe('ProducerIdManager (KIP-730, Kafka RPCProducerIdManager)', () => {
  test('the first need asks once and answers COORDINATOR_LOAD_IN_PROGRESS; the block then serves in order', async () => {
    const { controller, manager } = setUp();
    expect(manager.generate()).toEqual({ ok: false, errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS });
    expect(manager.generate()).toEqual({ ok: false, errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS });
    expect(controller.requests).toEqual([{ brokerId: 3, brokerEpoch: 17n }]);
    controller.answer(block(5000n, 10));
    await manager.settled();
    expect(ids(manager, 3)).toEqual([5000n, 5001n, 5002n]);
    manager.checkInvariants();
  });

  test('the next block is asked for at 90% and taken when the current one runs out', async () => {
    const { controller, manager } = setUp();
    manager.generate();
    controller.answer(block(0n, 10));
    await manager.settled();
    expect(ids(manager, 9)).toEqual([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n]);
    expect(controller.requests).toHaveLength(1);
    // The id at 90% of the block (first + 9) asks for the next block.
    expect(ids(manager, 1)).toEqual([9n]);
    expect(controller.requests).toHaveLength(2);
    controller.answer(block(10n, 10));
    await manager.settled();
    expect(manager.hasPrefetchedBlock()).toBe(true);
    expect(ids(manager, 2)).toEqual([10n, 11n]);
    expect(manager.hasPrefetchedBlock()).toBe(false);
    manager.checkInvariants();
  });

  test('a refusal backs off before the next request; no answer is asked again at the next need', async () => {
    const { controller, clock, manager } = setUp();
    manager.generate();
    controller.answer(createAllocateProducerIdsResponse({ errorCode: ErrorCode.STALE_BROKER_EPOCH }));
    await manager.settled();
    expect(manager.generate().ok).toBe(false);
    expect(controller.requests).toHaveLength(1);
    clock.nowMs += 50;
    expect(manager.generate().ok).toBe(false);
    expect(controller.requests).toHaveLength(2);
    controller.answer(null);
    await manager.settled();
    expect(manager.generate().ok).toBe(false);
    expect(controller.requests).toHaveLength(3);
    controller.answer(block(0n, 5));
    await manager.settled();
    expect(ids(manager, 1)).toEqual([0n]);
  });

  test('a block overlapping one already taken is refused', async () => {
    const { controller, clock, manager } = setUp();
    manager.generate();
    controller.answer(block(0n, 2));
    await manager.settled();
    ids(manager, 2);
    expect(manager.generate().ok).toBe(false);
    controller.answer(block(1n, 2));
    await manager.settled();
    expect(manager.generate().ok).toBe(false);
    clock.nowMs += 50;
    manager.generate();
    controller.answer(block(2n, 2));
    await manager.settled();
    expect(ids(manager, 2)).toEqual([2n, 3n]);
    manager.checkInvariants();
  });
});
