// Generated from ConsumerGroupMemberMetadataValue.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupMemberMetadataValue: data schema codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';

/** Versions of ConsumerGroupMemberMetadataValue: valid 0, flexible 0+. */
export const consumerGroupMemberMetadataValueVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ConsumerGroupMemberMetadataValue message; versions 0. */
export interface ConsumerGroupMemberMetadataValue {
  /** The (optional) instance id. Versions: 0+. Nullable: 0+. */
  instanceId: string | null;
  /** The (optional) rack id. Versions: 0+. Nullable: 0+. */
  rackId: string | null;
  /** The client id. Versions: 0+. */
  clientId: string;
  /** The client host. Versions: 0+. */
  clientHost: string;
  /** The list of subscribed topic names. Versions: 0+. */
  subscribedTopicNames: string[];
  /** The subscribed topic regular expression. Versions: 0+. Nullable: 0+. */
  subscribedTopicRegex: string | null;
  /** The rebalance timeout. Versions: 0+. Default: -1. */
  rebalanceTimeoutMs: number;
  /** The server assignor to use; or null if not used. Versions: 0+. Nullable: 0+. */
  serverAssignor: string | null;
  /** The classic member metadata which includes the supported protocols of the consumer if it uses the classic protocol. The metadata is null if the consumer uses the consumer protocol. Versions: 0+. Nullable: 0+. Tagged: 0+ (tag 0). Default: null. */
  classicMemberMetadata: ConsumerGroupMemberMetadataValueClassicMemberMetadata | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupMemberMetadataValue with every field at its schema default, overridden by `init`. */
export function createConsumerGroupMemberMetadataValue(init: Partial<ConsumerGroupMemberMetadataValue> = {}): ConsumerGroupMemberMetadataValue {
  return {
    instanceId: "",
    rackId: "",
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    subscribedTopicRegex: "",
    rebalanceTimeoutMs: -1,
    serverAssignor: "",
    classicMemberMetadata: null,
    ...init,
  };
}

/** Writes a ConsumerGroupMemberMetadataValue in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupMemberMetadataValue(writer: Writer, value: ConsumerGroupMemberMetadataValue, version: number): void {
  writer.writeNullableString(value.instanceId, true);
  writer.writeNullableString(value.rackId, true);
  writer.writeString(value.clientId, true);
  writer.writeString(value.clientHost, true);
  writer.writeArrayLength(value.subscribedTopicNames, true);
  for (const item of value.subscribedTopicNames) writer.writeString(item, true);
  writer.writeNullableString(value.subscribedTopicRegex, true);
  writer.writeInt32(value.rebalanceTimeoutMs);
  writer.writeNullableString(value.serverAssignor, true);
  const taggedFields: RawTaggedField[] = [];
  if (value.classicMemberMetadata !== null) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      if (value.classicMemberMetadata === null) taggedWriter.writeInt8(-1);
      else { taggedWriter.writeInt8(1); writeConsumerGroupMemberMetadataValueClassicMemberMetadata(taggedWriter, value.classicMemberMetadata, version); }
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a ConsumerGroupMemberMetadataValue in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupMemberMetadataValue(reader: Reader, version: number): ConsumerGroupMemberMetadataValue {
  const value: ConsumerGroupMemberMetadataValue = {
    instanceId: reader.readNullableString(true),
    rackId: reader.readNullableString(true),
    clientId: reader.readString(true),
    clientHost: reader.readString(true),
    subscribedTopicNames: reader.readStringArray(true),
    subscribedTopicRegex: reader.readNullableString(true),
    rebalanceTimeoutMs: reader.readInt32(),
    serverAssignor: reader.readNullableString(true),
    classicMemberMetadata: null,
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        value.classicMemberMetadata = fieldReader.readInt8() < 0 ? null : readConsumerGroupMemberMetadataValueClassicMemberMetadata(fieldReader, version);
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ClassicMemberMetadata of ConsumerGroupMemberMetadataValue; versions 0. */
export interface ConsumerGroupMemberMetadataValueClassicMemberMetadata {
  /** The session timeout if the consumer uses the classic protocol. Versions: 0+. */
  sessionTimeoutMs: number;
  /** The list of protocols that the member supports if the consumer uses the classic protocol. Versions: 0+. */
  supportedProtocols: ConsumerGroupMemberMetadataValueClassicProtocol[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupMemberMetadataValueClassicMemberMetadata with every field at its schema default, overridden by `init`. */
export function createConsumerGroupMemberMetadataValueClassicMemberMetadata(init: Partial<ConsumerGroupMemberMetadataValueClassicMemberMetadata> = {}): ConsumerGroupMemberMetadataValueClassicMemberMetadata {
  return {
    sessionTimeoutMs: 0,
    supportedProtocols: [],
    ...init,
  };
}

/** Writes a ConsumerGroupMemberMetadataValueClassicMemberMetadata in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupMemberMetadataValueClassicMemberMetadata(writer: Writer, value: ConsumerGroupMemberMetadataValueClassicMemberMetadata, version: number): void {
  writer.writeInt32(value.sessionTimeoutMs);
  writer.writeArrayLength(value.supportedProtocols, true);
  for (const item of value.supportedProtocols) writeConsumerGroupMemberMetadataValueClassicProtocol(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupMemberMetadataValueClassicMemberMetadata in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupMemberMetadataValueClassicMemberMetadata(reader: Reader, version: number): ConsumerGroupMemberMetadataValueClassicMemberMetadata {
  const value: ConsumerGroupMemberMetadataValueClassicMemberMetadata = {
    sessionTimeoutMs: reader.readInt32(),
    supportedProtocols: reader.readArray(true, () => readConsumerGroupMemberMetadataValueClassicProtocol(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ClassicProtocol of ConsumerGroupMemberMetadataValue; versions 0. */
export interface ConsumerGroupMemberMetadataValueClassicProtocol {
  /** The protocol name. Versions: 0+. */
  name: string;
  /** The protocol metadata. Versions: 0+. */
  metadata: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupMemberMetadataValueClassicProtocol with every field at its schema default, overridden by `init`. */
export function createConsumerGroupMemberMetadataValueClassicProtocol(init: Partial<ConsumerGroupMemberMetadataValueClassicProtocol> = {}): ConsumerGroupMemberMetadataValueClassicProtocol {
  return {
    name: "",
    metadata: new Uint8Array(0),
    ...init,
  };
}

/** Writes a ConsumerGroupMemberMetadataValueClassicProtocol in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupMemberMetadataValueClassicProtocol(writer: Writer, value: ConsumerGroupMemberMetadataValueClassicProtocol, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeBytes(value.metadata, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupMemberMetadataValueClassicProtocol in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupMemberMetadataValueClassicProtocol(reader: Reader, _version: number): ConsumerGroupMemberMetadataValueClassicProtocol {
  const value: ConsumerGroupMemberMetadataValueClassicProtocol = {
    name: reader.readString(true),
    metadata: reader.readBytes(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
