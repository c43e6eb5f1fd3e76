// Broker registration and the cluster's bootstrap records (KIP-631). A broker registers at start
// with its id, a random incarnation id and its listeners; the controller records it fenced with a
// new broker epoch (RegisterBrokerRecord) and unfences it once the broker has caught up with the
// metadata log (BrokerRegistrationChangeRecord). The very first write of a cluster also carries
// the bootstrap records: the cluster id and the metadata.version feature level.
import { ErrorCode, type NodeId, type Uuid } from '../protocol/mod.js';
import {
  createBrokerRegistrationChangeRecord,
} from '../protocol/generated/metadata/broker-registration-change-record.js';
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

/** The bootstrap records when `image` has none yet (no cluster id), else nothing. */
export function bootstrapRecords(image: MetadataImage, random: Random): MetadataRecord[] {
  if (image.clusterId !== null) return [];
  const feature = createFeatureLevelRecord({ name: METADATA_VERSION_FEATURE, featureLevel: METADATA_VERSION_LEVEL });
  const clusterId = createConfigRecord({
    resourceType: ConfigResourceType.BROKER,
    resourceName: '',
    name: CLUSTER_ID_CONFIG,
    value: randomUuid(random),
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
export function nextBrokerEpoch(image: MetadataImage, previous: BrokerImage | undefined): number {
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

/** The record unfencing `broker` (its current registration). */
export function unfenceBrokerRecord(broker: BrokerImage): MetadataRecord {
  return {
    type: 'BrokerRegistrationChangeRecord',
    record: createBrokerRegistrationChangeRecord({
      brokerId: broker.id, brokerEpoch: BigInt(broker.epoch), fenced: -1, inControlledShutdown: 0,
    }),
  };
}
