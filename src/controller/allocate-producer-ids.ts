// AllocateProducerIds (API key 67, KIP-730) as the controller plans it (Kafka's
// ProducerIdControlManager.generateNextProducerId): a broker asks the active controller for a
// block of producer ids, which it then hands out to idempotent producers on its own
// (src/broker/producer-ids/). Pure: image and request in, one ProducerIdsRecord and the answer
// out. The block is [image.nextProducerId, image.nextProducerId + 1000) and the record moves
// image.nextProducerId past it.
//
// Why blocks never overlap and are never reused: the controller plans one operation at a time
// against an image that already shows every earlier committed operation (controller.ts), and it
// answers only once the record is committed and applied. A controller that takes over after a
// failover or a restart is active only once its image holds every committed entry, so its
// nextProducerId is past every block already answered; the image snapshot keeps the record
// (image-snapshot.ts). A block whose record never committed was never answered, so handing the
// same ids out again is harmless.
//
// Refusals: STALE_BROKER_EPOCH when the broker is not registered or its epoch is not the current
// registration's (Kafka's ClusterControlManager.checkBrokerEpoch); UNKNOWN_SERVER_ERROR when the
// next block would pass the largest int64, as Kafka refuses.
import assert from 'node:assert/strict';

import { ErrorCode, producerId } from '../protocol/mod.js';
import type {
  AllocateProducerIdsRequest, AllocateProducerIdsResponse,
} from '../protocol/generated/messages/allocate-producer-ids.js';
import { createAllocateProducerIdsResponse } from '../protocol/generated/messages/allocate-producer-ids.js';
import { createProducerIdsRecord } from '../protocol/generated/metadata/producer-ids-record.js';
import type { Plan, PlanContext, Rejection } from './controller-plan.js';

/** Kafka's ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE: the ids in one block. */
export const producerIdBlockSize = 1000;

const int64Max = 9_223_372_036_854_775_807n;

/** Plans an AllocateProducerIds request against `context.image`. */
export function planAllocateProducerIds(request: AllocateProducerIdsRequest, context: PlanContext):
  Plan<AllocateProducerIdsResponse> {
  const { image } = context;
  const broker = image.brokers.get(request.brokerId);
  if (broker === undefined || BigInt(broker.epoch) !== request.brokerEpoch) {
    return refusedPlan(ErrorCode.STALE_BROKER_EPOCH);
  }
  const start = image.nextProducerId;
  assert.ok(start >= 0n, 'the next producer id is never negative');
  if (start > int64Max - BigInt(producerIdBlockSize)) return refusedPlan(ErrorCode.UNKNOWN_SERVER_ERROR);
  const nextProducerId = start + BigInt(producerIdBlockSize);
  assert.ok(nextProducerId > start, 'a block moves the next producer id forward');
  const record = createProducerIdsRecord({ brokerId: request.brokerId, brokerEpoch: request.brokerEpoch, nextProducerId });
  const response = createAllocateProducerIdsResponse({ producerIdStart: producerId(start), producerIdLen: producerIdBlockSize });
  return {
    records: [{ type: 'ProducerIdsRecord', record }],
    response,
    // Not committed: the ids were not handed out, and the broker asks again.
    fail: (errorCode) => refusal(errorCode),
  };
}

/** The whole request refused with `rejection.errorCode` (NOT_CONTROLLER, an overloaded queue). */
export function rejectAllocateProducerIds(rejection: Rejection): AllocateProducerIdsResponse {
  return refusal(rejection.errorCode);
}

function refusedPlan(errorCode: number): Plan<AllocateProducerIdsResponse> {
  const refused = refusal(errorCode);
  return { records: [], response: refused, fail: () => refused };
}

function refusal(errorCode: number): AllocateProducerIdsResponse {
  assert.notEqual(errorCode, ErrorCode.NONE, 'a refusal carries an error');
  return createAllocateProducerIdsResponse({ errorCode, producerIdStart: producerId(-1n), producerIdLen: 0 });
}
