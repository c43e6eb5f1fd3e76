// Goal: InitProducerId is answered as Kafka's broker answers it (KafkaApis and
// TransactionCoordinator.handleInitProducerId): without a transactional id a fresh producer id
// from the controller's blocks with epoch 0, also for a KIP-360 request naming an existing id;
// COORDINATOR_LOAD_IN_PROGRESS until the first block arrives; INVALID_REQUEST for exactly one of
// producerId/producerEpoch set or an empty transactional id; INVALID_TRANSACTION_TIMEOUT outside
// (0, transaction.max.timeout.ms] for a transactional id, and COORDINATOR_NOT_AVAILABLE otherwise
// (no transaction coordinator yet). Method: one broker over the stand-in controller quorum,
// requests over an in-memory connection.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiKey, ErrorCode } from '../../src/protocol/mod.js';
import type { InitProducerIdResponse } from '../../src/protocol/generated/messages/init-producer-id.js';
import { BrokerHarness, settle, type TestClient } from './support.js';

let harness: BrokerHarness;
let client: TestClient;

beforeAll(async () => {
  harness = await BrokerHarness.start({ config: 'transaction.max.timeout.ms=60000\n' });
  client = await harness.client();
});
afterAll(async () => {
  await harness.broker.stop();
});

function initProducerId(version: number, fields: Partial<{ transactionalId: string | null; transactionTimeoutMs: number;
  producerId: bigint; producerEpoch: number }> = {}): Promise<InitProducerIdResponse> {
  return client.request<InitProducerIdResponse>(ApiKey.InitProducerId, version, {
    transactionalId: null, transactionTimeoutMs: 60000, producerId: -1n, producerEpoch: -1, ...fields });
}

describe('InitProducerId (KIP-98, KIP-360)', () => {
  test('idempotent producers get fresh ids with epoch 0 once the first block arrived', async () => {
    expect(harness.fixture.publisher.current().nextProducerId).toBe(0n);
    const first = await initProducerId(0);
    expect(first).toMatchObject({ errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, producerId: -1n, producerEpoch: -1 });
    await settle();
    expect(harness.fixture.publisher.current().nextProducerId).toBe(1000n);
    const answers = [await initProducerId(0), await initProducerId(2), await initProducerId(4)];
    expect(answers.map((answer) => [answer.errorCode, answer.producerId, answer.producerEpoch]))
      .toEqual([[0, 0n, 0], [0, 1n, 0], [0, 2n, 0]]);
  });

  test('KIP-360: an idempotent producer naming its id and epoch still gets a new id', async () => {
    const known = await initProducerId(4);
    const again = await initProducerId(4, { producerId: known.producerId, producerEpoch: 3 });
    expect(again.errorCode).toBe(ErrorCode.NONE);
    expect(again.producerEpoch).toBe(0);
    expect(again.producerId).toBeGreaterThan(known.producerId);
  });

  test('refusals: one of producerId/producerEpoch, an empty or any transactional id, a bad timeout', async () => {
    expect((await initProducerId(3, { producerId: 5n })).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect((await initProducerId(3, { producerEpoch: 0 })).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect((await initProducerId(1, { transactionalId: '' })).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    for (const transactionTimeoutMs of [0, -1, 60001]) {
      expect((await initProducerId(1, { transactionalId: 'txn', transactionTimeoutMs })).errorCode)
        .toBe(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    }
    expect(await initProducerId(5, { transactionalId: 'txn', transactionTimeoutMs: 60000 }))
      .toMatchObject({ errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, producerId: -1n, producerEpoch: -1 });
    // Without a transactional id the timeout is not looked at.
    expect((await initProducerId(1, { transactionTimeoutMs: -5 })).errorCode).toBe(ErrorCode.NONE);
  });
});
