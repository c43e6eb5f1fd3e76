// Broker registration and the cluster's bootstrap records (KIP-631). A broker registers at start
// with its id, the cluster id it was formatted with, a random incarnation id and its listeners;
// the controller records it fenced with a new broker epoch (RegisterBrokerRecord) and unfences it
// once the broker has caught up with the metadata log (broker-heartbeat-plan.ts). The very first
// write of a cluster also carries the bootstrap records: the cluster id and metadata.version.
//
// BrokerRegistration (API key 62) is answered as Kafka's ClusterControlManager.registerBroker
// does: INCONSISTENT_CLUSTER_ID for another cluster's broker; DUPLICATE_BROKER_REGISTRATION when
// another incarnation of the id still holds a valid session, unless the new one names that
// registration's epoch as its previous broker epoch (it stopped cleanly); UNSUPPORTED_VERSION when the broker
// cannot run the finalized metadata.version; INVALID_REQUEST for a negative id or bad listeners.
// Unlike Kafka, which writes a new record (and epoch) for every registration, the same
// incarnation registering again gets its current epoch back and nothing is written: a retry after
// a lost answer then changes nothing.
import assert from 'node:assert/strict';

import { ErrorCode, type NodeId, type Uuid } from '../protocol/mod.js';
import type { BrokerRegistrationRequest } from '../protocol/generated/messages/broker-registration.js';
import { createConfigRecord } from '../protocol/generated/metadata/config-record.js';
import { createFeatureLevelRecord } from '../protocol/generated/metadata/feature-level-record.js';
import {
  createRegisterBrokerRecord, createRegisterBrokerRecordBrokerEndpoint,
} from '../protocol/generated/metadata/register-broker-record.js';
import type { Random } from '../runtime/seam.js';
import { CLUSTER_ID_CONFIG, ConfigResourceType, type MetadataRecord } from '../metadata/metadata-records.js';
import {
  METADATA_VERSION_FEATURE, type BrokerEndpoint, type BrokerImage, type MetadataImage,
} from '../metadata/image/metadata-image.js';
import { randomUuid } from './controller-plan.js';
import { planLeaderElections } from './leader-election.js';
import type { ReplicationPolicy } from './replication-policy.js';

/**
 * The metadata.version Weir finalizes: 14 is Kafka 3.6-IV2, the newest level whose record
 * versions match the ones Weir writes (no log directories in PartitionRecord, for example).
 */
export const METADATA_VERSION_LEVEL = 14;

/** What a broker tells the controller when it registers. */
export interface BrokerRegistration {
  readonly brokerId: NodeId;
  /** Random per process start (the runtime's Random). */
  readonly incarnationId: Uuid;
  readonly listeners: readonly BrokerEndpoint[];
  readonly rack?: string | null;
}

/** The controller's answer to a registration. */
export interface BrokerRegistrationReply {
  readonly errorCode: number;
  readonly errorMessage: string | null;
  /** The broker epoch of the registration; -1 on error. */
  readonly brokerEpoch: number;
}

/**
 * The bootstrap records when `image` has none yet (no cluster id), else nothing. The cluster id
 * is the node's (its meta.properties); `random` draws one only for a controller given none.
 */
export function bootstrapRecords(
  image: MetadataImage,
  source: { readonly clusterId: string | null; readonly random: Random },
): MetadataRecord[] {
  if (image.clusterId !== null) return [];
  const feature = createFeatureLevelRecord({ name: METADATA_VERSION_FEATURE, featureLevel: METADATA_VERSION_LEVEL });
  const value = source.clusterId ?? randomUuid(source.random);
  assert.ok(value !== '', 'a cluster id is not empty');
  const clusterId = createConfigRecord({
    resourceType: ConfigResourceType.BROKER, resourceName: '', name: CLUSTER_ID_CONFIG, value,
  });
  return [{ type: 'FeatureLevelRecord', record: feature }, { type: 'ConfigRecord', record: clusterId }];
}

/** Why a registration cannot be accepted (an error reply), or null. */
export function registrationProblem(registration: BrokerRegistration): BrokerRegistrationReply | null {
  const { brokerId, listeners } = registration;
  const names = listeners.map((listener) => listener.name);
  if (brokerId < 0) return refuse(ErrorCode.INVALID_REQUEST, `Broker id ${brokerId} is negative`);
  if (new Set(names).size !== names.length) return refuse(ErrorCode.INVALID_REQUEST, 'A listener name appears twice');
  const badPort = listeners.find(({ port }) => !Number.isInteger(port) || port < 0 || port > 65_535);
  if (badPort !== undefined) {
    return refuse(ErrorCode.INVALID_REQUEST, `Listener ${badPort.name} has an invalid port ${badPort.port}`);
  }
  return null;
}

function refuse(errorCode: number, errorMessage: string): BrokerRegistrationReply {
  return { errorCode, errorMessage, brokerEpoch: -1 };
}

/**
 * The epoch of a new registration: larger than the broker's previous epoch and than every offset
 * already in the log. Kafka uses the registration record's own offset; Weir proposes the record
 * before knowing its offset, so it takes the next offset the image could see, which is unique
 * because the controller is the only writer and registers one broker at a time.
 */
export function nextBrokerEpoch(image: MetadataImage, previous: BrokerImage | undefined, testOnlyReuse = false): number {
  if (testOnlyReuse && previous !== undefined) return previous.epoch;
  return Math.max(image.offset + 1, (previous?.epoch ?? -1) + 1);
}

/** The record registering a broker, fenced, at `brokerEpoch`. */
export function registerBrokerRecord(registration: BrokerRegistration, brokerEpoch: number): MetadataRecord {
  return {
    type: 'RegisterBrokerRecord',
    record: createRegisterBrokerRecord({
      brokerId: registration.brokerId,
      incarnationId: registration.incarnationId,
      brokerEpoch: BigInt(brokerEpoch),
      endPoints: registration.listeners.map((listener) => createRegisterBrokerRecordBrokerEndpoint(listener)),
      rack: registration.rack ?? null,
      fenced: true,
      inControlledShutdown: false,
    }),
  };
}

/** What planning a BrokerRegistration request needs besides the image. */
export interface RegistrationContext {
  readonly image: MetadataImage;
  /** The cluster id the first write will record when the image has none yet, or null. */
  readonly clusterId: string | null;
  /** True while broker `id` has a valid session with the active controller. */
  readonly hasValidSession: (id: NodeId) => boolean;
  /** The replication configs (who may lead, the ELR) for the partitions a registration changes. */
  readonly policy: ReplicationPolicy;
  /** Test only (sim/cluster/ negative control): a new registration keeps the previous epoch. */
  readonly testOnlyReuseEpoch?: boolean;
}

/** A registration's plan: refused, answered with the current epoch, or new records. */
export type RegistrationPlan =
  | { readonly kind: 'refused'; readonly reply: BrokerRegistrationReply }
  | { readonly kind: 'current'; readonly brokerEpoch: number }
  | { readonly kind: 'register'; readonly brokerEpoch: number; readonly records: readonly MetadataRecord[] };

/** Plans a BrokerRegistration request (the rules in the header). */
export function planBrokerRegistration(request: BrokerRegistrationRequest, context: RegistrationContext): RegistrationPlan {
  const { image } = context;
  const refused = (errorCode: number, errorMessage: string): RegistrationPlan =>
    ({ kind: 'refused', reply: { errorCode, errorMessage, brokerEpoch: -1 } });
  const clusterId = image.clusterId ?? context.clusterId;
  if (request.clusterId !== clusterId) {
    return refused(ErrorCode.INCONSISTENT_CLUSTER_ID,
      `Expected cluster id ${clusterId ?? '(none yet)'}, but got cluster id ${request.clusterId}`);
  }
  const registration: BrokerRegistration = {
    brokerId: request.brokerId,
    incarnationId: request.incarnationId,
    listeners: request.listeners.map(({ name, host, port, securityProtocol }) => ({ name, host, port, securityProtocol })),
    rack: request.rack,
  };
  const problem = registrationProblem(registration) ?? featureProblem(request, image);
  if (problem !== null) return { kind: 'refused', reply: problem };
  const existing = image.brokers.get(request.brokerId);
  if (existing?.incarnationId === request.incarnationId) return { kind: 'current', brokerEpoch: existing.epoch };
  // A broker that stopped cleanly names the epoch it stopped with (Kafka's previous broker epoch,
  // kept in its clean-shutdown file): that registration is its own, so it may replace it at once
  // instead of waiting for the old session to time out.
  const previousIsOwn = existing !== undefined && request.previousBrokerEpoch === BigInt(existing.epoch);
  if (existing !== undefined && context.hasValidSession(existing.id) && !previousIsOwn) {
    return refused(ErrorCode.DUPLICATE_BROKER_REGISTRATION, 'Another broker is registered with that broker id.');
  }
  // KIP-966: a new incarnation that does not name its previous epoch stopped uncleanly (or never
  // registered before): it may have lost unflushed records, so it is no longer an eligible leader.
  const uncleanShutdown = existing !== undefined && !previousIsOwn;
  return { kind: 'register',
    ...newRegistration(image, registration, context.policy, { uncleanShutdown, testOnlyReuseEpoch: context.testOnlyReuseEpoch === true }) };
}

/**
 * The records of a new registration of `registration.brokerId`: leadership moves away from a
 * previous incarnation still unfenced (its session is over), then the RegisterBrokerRecord.
 */
export function newRegistration(
  image: MetadataImage,
  registration: BrokerRegistration,
  policy: ReplicationPolicy,
  options: { readonly uncleanShutdown?: boolean; readonly testOnlyReuseEpoch?: boolean } = {},
): { readonly brokerEpoch: number; readonly records: readonly MetadataRecord[] } {
  const testOnlyReuseEpoch = options.testOnlyReuseEpoch === true;
  const previous = image.brokers.get(registration.brokerId);
  assert.ok(previous?.incarnationId !== registration.incarnationId, 'a new registration is a new incarnation');
  const brokerEpoch = nextBrokerEpoch(image, previous, testOnlyReuseEpoch);
  const leaving = previous !== undefined && !previous.fenced ? previous.id : null;
  const unclean = previous !== undefined && options.uncleanShutdown === true ? previous.id : undefined;
  const handOver = leaving !== null || unclean !== undefined
    ? planLeaderElections(image, { leaving, joining: null, ...(unclean === undefined ? {} : { uncleanShutdown: unclean }) }, policy)
    : [];
  const records = [...handOver, registerBrokerRecord(registration, brokerEpoch)];
  assert.ok(testOnlyReuseEpoch || previous === undefined || brokerEpoch > previous.epoch, 'broker epochs only grow');
  return { brokerEpoch, records };
}

/** UNSUPPORTED_VERSION when the broker's metadata.version range lacks the finalized level. */
function featureProblem(request: BrokerRegistrationRequest, image: MetadataImage): BrokerRegistrationReply | null {
  const finalized = image.features.get(METADATA_VERSION_FEATURE) ?? METADATA_VERSION_LEVEL;
  const range = request.features.find((feature) => feature.name === METADATA_VERSION_FEATURE);
  if (range === undefined || (range.minSupportedVersion <= finalized && finalized <= range.maxSupportedVersion)) {
    return null;
  }
  return refuse(ErrorCode.UNSUPPORTED_VERSION, `Unable to register because the broker does not support ` +
    `version ${finalized} of ${METADATA_VERSION_FEATURE}. It wants a version between ` +
    `${range.minSupportedVersion} and ${range.maxSupportedVersion}, inclusive.`);
}
