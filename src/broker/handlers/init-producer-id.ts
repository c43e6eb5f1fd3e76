// InitProducerId (API key 22), versions 0-5: a producer asks for its producer id and epoch
// (KIP-98; KIP-360 added producerId/producerEpoch in v3, KIP-588 PRODUCER_FENCED in v4), as
// Kafka's KafkaApis.handleInitProducerIdRequest and TransactionCoordinator.handleInitProducerId
// answer it.
//
// Without a transactional id (an idempotent producer): a new producer id from this broker's
// block (src/broker/producer-ids/) with epoch 0, whatever producerId/producerEpoch the request
// carries. Kafka hands out a new id then too, even for KIP-360's retry after an unknown outcome:
// a producer without a transactional id has no coordinator state to bump an epoch in. While no
// block is at hand the answer is COORDINATOR_LOAD_IN_PROGRESS, which clients retry.
//
// With a transactional id: Weir has no transaction coordinator yet, so after Kafka's own checks
// (an empty id is INVALID_REQUEST; transaction_timeout_ms must lie in (0,
// transaction.max.timeout.ms], else INVALID_TRANSACTION_TIMEOUT) the answer is
// COORDINATOR_NOT_AVAILABLE, what Kafka answers when the coordinator cannot be reached, and what
// FindCoordinator for a transaction key answers here (find-coordinator.ts).
//
// Either way: INVALID_REQUEST when exactly one of producerId and producerEpoch is -1 (Kafka
// checks this before anything else).
import { ErrorCode, producerId as brandProducerId } from '../../protocol/mod.js';
import type {
  InitProducerIdRequest, InitProducerIdResponse,
} from '../../protocol/generated/messages/init-producer-id.js';
import { createInitProducerIdResponse } from '../../protocol/generated/messages/init-producer-id.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of InitProducerId this broker handles: every version librdkafka, kafkajs and Kafka's clients send. */
export const initProducerIdVersions = { lowestVersion: 0, highestVersion: 5 } as const;

/** Kafka's RecordBatch.NO_PRODUCER_ID and NO_PRODUCER_EPOCH. */
const noProducerId = -1n;
const noProducerEpoch = -1;

/** Answers an InitProducerId request. */
export function handleInitProducerId(services: BrokerServices, request: InitProducerIdRequest,
  _context: RequestContext): InitProducerIdResponse {
  // v0-2 carry no producerId/producerEpoch: the codec reads them as -1.
  const carriesId = BigInt(request.producerId) !== noProducerId;
  const carriesEpoch = request.producerEpoch !== noProducerEpoch;
  if (carriesId !== carriesEpoch) return refusal(ErrorCode.INVALID_REQUEST);
  if (request.transactionalId !== null) {
    if (request.transactionalId === '') return refusal(ErrorCode.INVALID_REQUEST);
    const timeoutMs = request.transactionTimeoutMs;
    if (timeoutMs <= 0 || timeoutMs > services.config.transactionMaxTimeoutMs) {
      return refusal(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    }
    // TODO(#13): the transaction coordinator on the leaders of __transaction_state.
    return refusal(ErrorCode.COORDINATOR_NOT_AVAILABLE);
  }
  const outcome = services.producerIds.generate();
  if (!outcome.ok) return refusal(outcome.errorCode);
  return createInitProducerIdResponse({ throttleTimeMs: 0, errorCode: ErrorCode.NONE,
    producerId: brandProducerId(outcome.producerId), producerEpoch: 0 });
}

function refusal(errorCode: number): InitProducerIdResponse {
  return createInitProducerIdResponse({ throttleTimeMs: 0, errorCode, producerId: brandProducerId(noProducerId),
    producerEpoch: noProducerEpoch });
}
