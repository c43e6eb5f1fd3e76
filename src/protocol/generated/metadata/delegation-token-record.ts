// Generated from DelegationTokenRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DelegationTokenRecord: KRaft metadata record (type 10) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of DelegationTokenRecord (API key 10): valid 0, flexible 0+. */
export const delegationTokenRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DelegationTokenRecord message; versions 0. */
export interface DelegationTokenRecord {
  /** The delegation token owner. Versions: 0+. */
  owner: string;
  /** The delegation token requester. Versions: 0+. */
  requester: string;
  /** The principals which can renew this token. Versions: 0+. */
  renewers: string[];
  /** The time at which this timestamp was issued. Versions: 0+. */
  issueTimestamp: bigint;
  /** The time at which this token cannot be renewed any more. Versions: 0+. */
  maxTimestamp: bigint;
  /** The next time at which this token must be renewed. Versions: 0+. */
  expirationTimestamp: bigint;
  /** The token id. Versions: 0+. */
  tokenId: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DelegationTokenRecord with every field at its schema default, overridden by `init`. */
export function createDelegationTokenRecord(init: Partial<DelegationTokenRecord> = {}): DelegationTokenRecord {
  return {
    owner: "",
    requester: "",
    renewers: [],
    issueTimestamp: 0n,
    maxTimestamp: 0n,
    expirationTimestamp: 0n,
    tokenId: "",
    ...init,
  };
}

/** Writes a DelegationTokenRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDelegationTokenRecord(writer: Writer, value: DelegationTokenRecord, _version: number): void {
  writer.writeString(value.owner, true);
  writer.writeString(value.requester, true);
  writer.writeArrayLength(value.renewers, true);
  for (const item of value.renewers) writer.writeString(item, true);
  writer.writeInt64(value.issueTimestamp);
  writer.writeInt64(value.maxTimestamp);
  writer.writeInt64(value.expirationTimestamp);
  writer.writeString(value.tokenId, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DelegationTokenRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDelegationTokenRecord(reader: Reader, _version: number): DelegationTokenRecord {
  const value: DelegationTokenRecord = {
    owner: reader.readString(true),
    requester: reader.readString(true),
    renewers: reader.readStringArray(true),
    issueTimestamp: reader.readInt64(),
    maxTimestamp: reader.readInt64(),
    expirationTimestamp: reader.readInt64(),
    tokenId: reader.readString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
