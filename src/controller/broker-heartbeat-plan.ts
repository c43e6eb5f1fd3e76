// BrokerHeartbeat (API key 63) as the active controller plans it (KIP-631; Kafka's
// ReplicationControlManager.processBrokerHeartbeat). Pure given the image and the session
// tracker: it checks the broker epoch, works out the broker's next state (broker-heartbeats.ts)
// and the records of that step (broker-lifecycle-records.ts). The controller commits them and
// answers from the image that results.
//
// Errors, as Kafka answers them: STALE_BROKER_EPOCH for a broker id that is not registered or an
// epoch that is not its current registration's (Kafka's ClusterControlManager.checkBrokerEpoch);
// INVALID_REQUEST for a metadata offset below -1 or beyond 2^53.
import assert from 'node:assert/strict';

import { ErrorCode } from '../protocol/mod.js';
import {
  createBrokerHeartbeatResponse, type BrokerHeartbeatRequest, type BrokerHeartbeatResponse,
} from '../protocol/generated/messages/broker-heartbeat.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import type { BrokerImage, MetadataImage } from '../metadata/image/metadata-image.js';
import {
  currentBrokerState, nextBrokerState, type BrokerControlState, type BrokerSessions,
} from './broker-heartbeats.js';
import { controlledShutdownRecords, fenceBrokerRecords, unfenceBrokerRecords } from './broker-lifecycle-records.js';
import type { ReplicationPolicy } from './replication-policy.js';
import { ledPartitionCount } from './leader-election.js';

/** A heartbeat's plan: refused with a response, or a next state with its records. */
export type HeartbeatPlan =
  | { readonly kind: 'refused'; readonly response: BrokerHeartbeatResponse }
  | {
    readonly kind: 'step';
    readonly broker: BrokerImage;
    readonly current: BrokerControlState;
    readonly next: BrokerControlState;
    readonly isCaughtUp: boolean;
    /** The broker's reported metadata offset as a number (-1 before it has any). */
    readonly metadataOffset: number;
    readonly records: readonly MetadataRecord[];
  };

/** A refusal of a heartbeat: the broker is told it is fenced and should not shut down. */
export function heartbeatRefusal(errorCode: number): BrokerHeartbeatResponse {
  return createBrokerHeartbeatResponse({ errorCode, isCaughtUp: false, isFenced: true, shouldShutDown: false });
}

/** The registration a heartbeat names, or the refusal (see the header). */
export function heartbeatBroker(
  request: BrokerHeartbeatRequest,
  image: MetadataImage,
): { readonly ok: true; readonly broker: BrokerImage } | { readonly ok: false; readonly errorCode: number } {
  const broker = image.brokers.get(request.brokerId);
  if (broker === undefined || BigInt(broker.epoch) !== request.brokerEpoch) {
    return { ok: false, errorCode: ErrorCode.STALE_BROKER_EPOCH };
  }
  const offset = request.currentMetadataOffset;
  if (offset < -1n || offset > BigInt(Number.MAX_SAFE_INTEGER)) {
    return { ok: false, errorCode: ErrorCode.INVALID_REQUEST };
  }
  return { ok: true, broker };
}

/** Plans one heartbeat against `image`, with the active controller's `sessions`. */
export function planBrokerHeartbeat(
  request: BrokerHeartbeatRequest,
  context: { readonly image: MetadataImage; readonly sessions: BrokerSessions; readonly policy: ReplicationPolicy },
): HeartbeatPlan {
  const { image, sessions } = context;
  const found = heartbeatBroker(request, image);
  if (!found.ok) return { kind: 'refused', response: heartbeatRefusal(found.errorCode) };
  const { broker } = found;
  const metadataOffset = Number(request.currentMetadataOffset);
  const isCaughtUp = metadataOffset >= sessions.registrationOffset(broker.id, image);
  const current = currentBrokerState(broker);
  const shuttingDown = current === 'controlled-shutdown';
  const next = nextBrokerState(current, {
    wantFence: request.wantFence,
    wantShutDown: request.wantShutDown,
    caughtUp: isCaughtUp,
    leadsPartitions: ledPartitionCount(image, broker.id) > 0,
    othersSawShutdown: shuttingDown &&
      sessions.shutdownOffset(broker.id, image) <= sessions.lowestActiveOffset(image, broker.id),
    inControlledShutdown: broker.inControlledShutdown,
  });
  const records = stepRecords(image, broker, { current, next }, context.policy);
  return { kind: 'step', broker, current, next, isCaughtUp, metadataOffset, records };
}

/** The records that take `broker` from `current` to `next`. */
function stepRecords(
  image: MetadataImage,
  broker: BrokerImage,
  step: { readonly current: BrokerControlState; readonly next: BrokerControlState },
  policy: ReplicationPolicy,
): MetadataRecord[] {
  const { current, next } = step;
  switch (next) {
    case 'unfenced': return current === 'fenced' ? unfenceBrokerRecords(image, broker.id, policy) : [];
    // Planned at every heartbeat of the shutdown: leadership gained meanwhile moves too.
    case 'controlled-shutdown': return controlledShutdownRecords(image, broker.id, policy);
    case 'fenced':
    case 'shutdown-now': return broker.fenced ? [] : fenceBrokerRecords(image, broker.id, policy);
    default: {
      const unexpected: never = next;
      assert.fail(`unknown broker state ${String(unexpected)}`);
    }
  }
}
