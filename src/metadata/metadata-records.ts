// Typed metadata records and the byte layout of a metadata log entry (KIP-631, KIP-868).
//
// Each record is framed as Kafka frames a metadata record value (`encodeMetadataRecord` in
// src/protocol: frame version, record type, record version, record). One Raft entry carries one
// *batch* of such records, each preceded by its byte length as an unsigned varint:
//
//   entry payload = ( uvarint recordBytes, framed record ){1..n}
//
// Why a batch per entry rather than one record per entry: a controller operation (a topic and its
// partitions, a topic's config change) must become visible all at once or not at all, which is
// what Kafka's atomic record batches give its controller. Raft commits an entry whole, so a batch
// in one entry is atomic under leader changes and crashes. A snapshot's data uses the same layout.
import assert from 'node:assert/strict';

import {
  ProtocolDecodeError, Reader, Writer, decodeMetadataRecord, encodeMetadataRecord,
} from '../protocol/mod.js';
import type {
  BrokerRegistrationChangeRecord,
} from '../protocol/generated/metadata/broker-registration-change-record.js';
import type { ConfigRecord } from '../protocol/generated/metadata/config-record.js';
import type { FeatureLevelRecord } from '../protocol/generated/metadata/feature-level-record.js';
import type { FenceBrokerRecord } from '../protocol/generated/metadata/fence-broker-record.js';
import type { NoOpRecord } from '../protocol/generated/metadata/no-op-record.js';
import type { PartitionChangeRecord } from '../protocol/generated/metadata/partition-change-record.js';
import type { PartitionRecord } from '../protocol/generated/metadata/partition-record.js';
import type { ProducerIdsRecord } from '../protocol/generated/metadata/producer-ids-record.js';
import type { RegisterBrokerRecord } from '../protocol/generated/metadata/register-broker-record.js';
import type { RemoveTopicRecord } from '../protocol/generated/metadata/remove-topic-record.js';
import type { TopicRecord } from '../protocol/generated/metadata/topic-record.js';
import type { UnfenceBrokerRecord } from '../protocol/generated/metadata/unfence-broker-record.js';
import type { UnregisterBrokerRecord } from '../protocol/generated/metadata/unregister-broker-record.js';

/**
 * A metadata record the image understands, tagged with its schema name. `Other` stands for a
 * valid record of a type Weir does not act on yet (ACLs, quotas, SCRAM, ...): it is decoded,
 * skipped by the image, and never written by Weir's controller.
 */
export type MetadataRecord =
  | { readonly type: 'RegisterBrokerRecord'; readonly record: RegisterBrokerRecord }
  | { readonly type: 'UnregisterBrokerRecord'; readonly record: UnregisterBrokerRecord }
  | { readonly type: 'TopicRecord'; readonly record: TopicRecord }
  | { readonly type: 'PartitionRecord'; readonly record: PartitionRecord }
  | { readonly type: 'ConfigRecord'; readonly record: ConfigRecord }
  | { readonly type: 'PartitionChangeRecord'; readonly record: PartitionChangeRecord }
  | { readonly type: 'FenceBrokerRecord'; readonly record: FenceBrokerRecord }
  | { readonly type: 'UnfenceBrokerRecord'; readonly record: UnfenceBrokerRecord }
  | { readonly type: 'RemoveTopicRecord'; readonly record: RemoveTopicRecord }
  | { readonly type: 'FeatureLevelRecord'; readonly record: FeatureLevelRecord }
  | { readonly type: 'ProducerIdsRecord'; readonly record: ProducerIdsRecord }
  | { readonly type: 'BrokerRegistrationChangeRecord'; readonly record: BrokerRegistrationChangeRecord }
  | { readonly type: 'NoOpRecord'; readonly record: NoOpRecord }
  | { readonly type: 'Other'; readonly apiKey: number; readonly version: number; readonly record: object };

/** The record type (schema apiKey) and the version Weir writes, per handled record. */
const writtenVersions = {
  RegisterBrokerRecord: { apiKey: 0, version: 2 },
  UnregisterBrokerRecord: { apiKey: 1, version: 0 },
  TopicRecord: { apiKey: 2, version: 0 },
  PartitionRecord: { apiKey: 3, version: 2 },
  ConfigRecord: { apiKey: 4, version: 0 },
  PartitionChangeRecord: { apiKey: 5, version: 2 },
  FenceBrokerRecord: { apiKey: 7, version: 0 },
  UnfenceBrokerRecord: { apiKey: 8, version: 0 },
  RemoveTopicRecord: { apiKey: 9, version: 0 },
  FeatureLevelRecord: { apiKey: 12, version: 0 },
  ProducerIdsRecord: { apiKey: 15, version: 0 },
  BrokerRegistrationChangeRecord: { apiKey: 17, version: 1 },
  NoOpRecord: { apiKey: 20, version: 0 },
} as const satisfies Record<Exclude<MetadataRecord['type'], 'Other'>, { apiKey: number; version: number }>;

type HandledType = keyof typeof writtenVersions;

const typeByApiKey = new Map<number, HandledType>(
  (Object.keys(writtenVersions) as HandledType[]).map((type) => [writtenVersions[type].apiKey, type]),
);

/** Kafka's ConfigResource.Type codes as ConfigRecord and the config APIs carry them. */
export const ConfigResourceType = {
  UNKNOWN: 0,
  TOPIC: 2,
  BROKER: 4,
  BROKER_LOGGER: 8,
} as const;

/**
 * The config name under which Weir records the cluster id, on the cluster-wide broker config
 * resource (type BROKER, name ""). Kafka keeps the cluster id in meta.properties beside the log;
 * Weir keeps it in the replicated log itself so every node learns it from the quorum.
 */
export const CLUSTER_ID_CONFIG = 'weir.cluster.id';

/** Writes one framed record (frame version, type, version, record) into `writer`. */
function writeFramedRecord(writer: Writer, record: MetadataRecord): void {
  assert.notEqual(record.type, 'Other', 'Weir never writes a record type it does not handle');
  const { apiKey, version } = writtenVersions[record.type as HandledType];
  encodeMetadataRecord(writer, { apiKey, version, record: record.record });
}

/**
 * Encodes records as one metadata log entry payload (or snapshot data): each framed record
 * preceded by its length. Precondition: at least one record, none of type `Other`.
 */
export function encodeMetadataRecords(records: readonly MetadataRecord[]): Uint8Array {
  assert.ok(records.length > 0, 'an entry carries at least one record');
  const out = new Writer(64 * records.length);
  for (const record of records) {
    const framed = new Writer(64);
    writeFramedRecord(framed, record);
    const bytes = framed.finish();
    out.writeUnsignedVarint(bytes.length);
    out.writeRaw(bytes);
  }
  return out.finish().slice();
}

/** Decodes one framed record value into its typed form. Throws ProtocolDecodeError. */
export function decodeMetadataRecordValue(bytes: Uint8Array): MetadataRecord {
  const { apiKey, version, record } = decodeMetadataRecord(bytes);
  const type = typeByApiKey.get(apiKey);
  if (type === undefined) return { type: 'Other', apiKey, version, record };
  return { type, record } as MetadataRecord;
}

/**
 * Decodes a payload written by `encodeMetadataRecords` (an entry, or snapshot data; an empty
 * payload holds no records). Throws ProtocolDecodeError for malformed bytes.
 */
export function decodeMetadataRecords(payload: Uint8Array): MetadataRecord[] {
  const reader = new Reader(payload);
  const records: MetadataRecord[] = [];
  while (reader.remaining > 0) {
    const recordBytes = reader.readUnsignedVarint();
    if (recordBytes > reader.remaining) {
      throw new ProtocolDecodeError('TRUNCATED',
        `Cannot decode metadata record: needs ${recordBytes} bytes, ${reader.remaining} left`);
    }
    records.push(decodeMetadataRecordValue(reader.readRaw(recordBytes)));
  }
  return records;
}
