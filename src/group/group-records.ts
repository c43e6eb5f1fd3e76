// The records of `__consumer_offsets`, typed. Kafka keeps a group's state in its own log: every
// record's key starts with an int16 "key version" that says which kind of record it is (0 and 1
// an offset commit, 2 a classic group's metadata, 3-8 the KIP-848 consumer group records), and
// its value starts with the value schema's version. A null value is a tombstone: the key's state
// is deleted (and compaction drops it after `delete.retention.ms`).
//
// These are Kafka's own formats (../shared/kafka-protocol/group-coordinator/), so Kafka's tools
// can read a Weir offsets topic and the other way round. Codecs are the generated ones.
import { Reader } from '../protocol/primitives/reader.js';
import { Writer } from '../protocol/primitives/writer.js';
import {
  readOffsetCommitKey, writeOffsetCommitKey, type OffsetCommitKey,
} from '../protocol/generated/group-coordinator/offset-commit-key.js';
import {
  readOffsetCommitValue, writeOffsetCommitValue, type OffsetCommitValue,
} from '../protocol/generated/group-coordinator/offset-commit-value.js';
import {
  readGroupMetadataKey, writeGroupMetadataKey, type GroupMetadataKey,
} from '../protocol/generated/group-coordinator/group-metadata-key.js';
import {
  readGroupMetadataValue, writeGroupMetadataValue, type GroupMetadataValue,
} from '../protocol/generated/group-coordinator/group-metadata-value.js';
import {
  readConsumerGroupMetadataKey, writeConsumerGroupMetadataKey, type ConsumerGroupMetadataKey,
} from '../protocol/generated/group-coordinator/consumer-group-metadata-key.js';
import {
  readConsumerGroupMetadataValue, writeConsumerGroupMetadataValue, type ConsumerGroupMetadataValue,
} from '../protocol/generated/group-coordinator/consumer-group-metadata-value.js';
import {
  readConsumerGroupPartitionMetadataKey, writeConsumerGroupPartitionMetadataKey,
  type ConsumerGroupPartitionMetadataKey,
} from '../protocol/generated/group-coordinator/consumer-group-partition-metadata-key.js';
import {
  readConsumerGroupPartitionMetadataValue, writeConsumerGroupPartitionMetadataValue,
  type ConsumerGroupPartitionMetadataValue,
} from '../protocol/generated/group-coordinator/consumer-group-partition-metadata-value.js';
import {
  readConsumerGroupMemberMetadataKey, writeConsumerGroupMemberMetadataKey, type ConsumerGroupMemberMetadataKey,
} from '../protocol/generated/group-coordinator/consumer-group-member-metadata-key.js';
import {
  readConsumerGroupMemberMetadataValue, writeConsumerGroupMemberMetadataValue,
  type ConsumerGroupMemberMetadataValue,
} from '../protocol/generated/group-coordinator/consumer-group-member-metadata-value.js';
import {
  readConsumerGroupTargetAssignmentMetadataKey, writeConsumerGroupTargetAssignmentMetadataKey,
  type ConsumerGroupTargetAssignmentMetadataKey,
} from '../protocol/generated/group-coordinator/consumer-group-target-assignment-metadata-key.js';
import {
  readConsumerGroupTargetAssignmentMetadataValue, writeConsumerGroupTargetAssignmentMetadataValue,
  type ConsumerGroupTargetAssignmentMetadataValue,
} from '../protocol/generated/group-coordinator/consumer-group-target-assignment-metadata-value.js';
import {
  readConsumerGroupTargetAssignmentMemberKey, writeConsumerGroupTargetAssignmentMemberKey,
  type ConsumerGroupTargetAssignmentMemberKey,
} from '../protocol/generated/group-coordinator/consumer-group-target-assignment-member-key.js';
import {
  readConsumerGroupTargetAssignmentMemberValue, writeConsumerGroupTargetAssignmentMemberValue,
  type ConsumerGroupTargetAssignmentMemberValue,
} from '../protocol/generated/group-coordinator/consumer-group-target-assignment-member-value.js';
import {
  readConsumerGroupCurrentMemberAssignmentKey, writeConsumerGroupCurrentMemberAssignmentKey,
  type ConsumerGroupCurrentMemberAssignmentKey,
} from '../protocol/generated/group-coordinator/consumer-group-current-member-assignment-key.js';
import {
  readConsumerGroupCurrentMemberAssignmentValue, writeConsumerGroupCurrentMemberAssignmentValue,
  type ConsumerGroupCurrentMemberAssignmentValue,
} from '../protocol/generated/group-coordinator/consumer-group-current-member-assignment-value.js';

/** One record of `__consumer_offsets`: its kind, key and value (null: a tombstone). */
export type GroupRecord =
  | { readonly type: 'offset-commit'; readonly key: OffsetCommitKey; readonly value: OffsetCommitValue | null }
  | { readonly type: 'group-metadata'; readonly key: GroupMetadataKey; readonly value: GroupMetadataValue | null }
  | { readonly type: 'consumer-group-metadata'; readonly key: ConsumerGroupMetadataKey;
      readonly value: ConsumerGroupMetadataValue | null }
  | { readonly type: 'consumer-group-partition-metadata'; readonly key: ConsumerGroupPartitionMetadataKey;
      readonly value: ConsumerGroupPartitionMetadataValue | null }
  | { readonly type: 'consumer-group-member-metadata'; readonly key: ConsumerGroupMemberMetadataKey;
      readonly value: ConsumerGroupMemberMetadataValue | null }
  | { readonly type: 'consumer-group-target-assignment-metadata';
      readonly key: ConsumerGroupTargetAssignmentMetadataKey;
      readonly value: ConsumerGroupTargetAssignmentMetadataValue | null }
  | { readonly type: 'consumer-group-target-assignment-member'; readonly key: ConsumerGroupTargetAssignmentMemberKey;
      readonly value: ConsumerGroupTargetAssignmentMemberValue | null }
  | { readonly type: 'consumer-group-current-member-assignment';
      readonly key: ConsumerGroupCurrentMemberAssignmentKey;
      readonly value: ConsumerGroupCurrentMemberAssignmentValue | null };

export type GroupRecordType = GroupRecord['type'];

/** A record's key and value as they are stored in a record batch. */
export interface EncodedGroupRecord {
  readonly key: Uint8Array;
  readonly value: Uint8Array | null;
}

// How each kind is written: its key version (what tells the kinds apart), the value version
// written, and the codecs. Offset commits use key version 1 (version 0 is the same layout, read
// for logs Kafka wrote long ago); values are written in the newest version Kafka 3.x readers know.
interface Kind<Key, Value> {
  readonly keyVersion: number;
  readonly valueVersion: number;
  readonly writeKey: (writer: Writer, key: Key, version: number) => void;
  readonly readKey: (reader: Reader, version: number) => Key;
  readonly writeValue: (writer: Writer, value: Value, version: number) => void;
  readonly readValue: (reader: Reader, version: number) => Value;
}

function kind<Key, Value>(definition: Kind<Key, Value>): Kind<unknown, unknown> {
  return definition as unknown as Kind<unknown, unknown>;
}

const kinds: Readonly<Record<GroupRecordType, Kind<unknown, unknown>>> = {
  'offset-commit': kind({ keyVersion: 1, valueVersion: 3,
    writeKey: writeOffsetCommitKey, readKey: readOffsetCommitKey,
    writeValue: writeOffsetCommitValue, readValue: readOffsetCommitValue }),
  'group-metadata': kind({ keyVersion: 2, valueVersion: 3,
    writeKey: writeGroupMetadataKey, readKey: readGroupMetadataKey,
    writeValue: writeGroupMetadataValue, readValue: readGroupMetadataValue }),
  'consumer-group-metadata': kind({ keyVersion: 3, valueVersion: 0,
    writeKey: writeConsumerGroupMetadataKey, readKey: readConsumerGroupMetadataKey,
    writeValue: writeConsumerGroupMetadataValue, readValue: readConsumerGroupMetadataValue }),
  'consumer-group-partition-metadata': kind({ keyVersion: 4, valueVersion: 0,
    writeKey: writeConsumerGroupPartitionMetadataKey, readKey: readConsumerGroupPartitionMetadataKey,
    writeValue: writeConsumerGroupPartitionMetadataValue, readValue: readConsumerGroupPartitionMetadataValue }),
  'consumer-group-member-metadata': kind({ keyVersion: 5, valueVersion: 0,
    writeKey: writeConsumerGroupMemberMetadataKey, readKey: readConsumerGroupMemberMetadataKey,
    writeValue: writeConsumerGroupMemberMetadataValue, readValue: readConsumerGroupMemberMetadataValue }),
  'consumer-group-target-assignment-metadata': kind({ keyVersion: 6, valueVersion: 0,
    writeKey: writeConsumerGroupTargetAssignmentMetadataKey, readKey: readConsumerGroupTargetAssignmentMetadataKey,
    writeValue: writeConsumerGroupTargetAssignmentMetadataValue,
    readValue: readConsumerGroupTargetAssignmentMetadataValue }),
  'consumer-group-target-assignment-member': kind({ keyVersion: 7, valueVersion: 0,
    writeKey: writeConsumerGroupTargetAssignmentMemberKey, readKey: readConsumerGroupTargetAssignmentMemberKey,
    writeValue: writeConsumerGroupTargetAssignmentMemberValue,
    readValue: readConsumerGroupTargetAssignmentMemberValue }),
  'consumer-group-current-member-assignment': kind({ keyVersion: 8, valueVersion: 0,
    writeKey: writeConsumerGroupCurrentMemberAssignmentKey, readKey: readConsumerGroupCurrentMemberAssignmentKey,
    writeValue: writeConsumerGroupCurrentMemberAssignmentValue,
    readValue: readConsumerGroupCurrentMemberAssignmentValue }),
};

const typeByKeyVersion: ReadonlyMap<number, GroupRecordType> = new Map<number, GroupRecordType>([
  [0, 'offset-commit'],
  ...Object.entries(kinds).map(([type, { keyVersion }]) => [keyVersion, type as GroupRecordType] as const),
]);

/** Encodes a record's key and value (a null value stays null: a tombstone). */
export function encodeGroupRecord(record: GroupRecord): EncodedGroupRecord {
  const { keyVersion, valueVersion, writeKey, writeValue } = kinds[record.type];
  const key = new Writer();
  key.writeInt16(keyVersion);
  writeKey(key, record.key, keyVersion);
  if (record.value === null) return { key: key.finish(), value: null };
  const value = new Writer();
  value.writeInt16(valueVersion);
  writeValue(value, record.value, valueVersion);
  return { key: key.finish(), value: value.finish() };
}

/** Thrown for a key or value these codecs cannot read; the loader logs and skips the record. */
export class GroupRecordDecodeError extends Error {}

/**
 * Decodes a stored record. Returns undefined for a key version this Weir does not know (a newer
 * Kafka's record kinds, e.g. share groups): skipped as Kafka's loader skips them.
 * Throws GroupRecordDecodeError (or the codecs' ProtocolDecodeError) for malformed bytes.
 */
export function decodeGroupRecord(encoded: EncodedGroupRecord): GroupRecord | undefined {
  const keyReader = new Reader(encoded.key);
  const keyVersion = keyReader.readInt16();
  const type = typeByKeyVersion.get(keyVersion);
  if (type === undefined) return undefined;
  const { readKey, readValue } = kinds[type];
  const key = readKey(keyReader, keyVersion);
  if (encoded.value === null) return { type, key, value: null } as GroupRecord;
  const valueReader = new Reader(encoded.value);
  const valueVersion = valueReader.readInt16();
  if (valueVersion < 0) throw new GroupRecordDecodeError(`${type} record with value version ${valueVersion}`);
  return { type, key, value: readValue(valueReader, valueVersion) } as GroupRecord;
}
