// Generated from RequestHeader.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// RequestHeader: header schema codec, versions 0-2.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of RequestHeader: valid 0-2, flexible 2+. */
export const requestHeaderVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The RequestHeader message; versions 0-2. */
export interface RequestHeader {
  /** The API key of this request. Versions: 0+. */
  requestApiKey: number;
  /** The API version of this request. Versions: 0+. */
  requestApiVersion: number;
  /** The correlation ID of this request. Versions: 0+. */
  correlationId: number;
  /** The client ID string. Versions: 1+. Nullable: 1+. Ignorable. */
  clientId: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RequestHeader with every field at its schema default, overridden by `init`. */
export function createRequestHeader(init: Partial<RequestHeader> = {}): RequestHeader {
  return {
    requestApiKey: 0,
    requestApiVersion: 0,
    correlationId: 0,
    clientId: "",
    ...init,
  };
}

/** Writes a RequestHeader in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRequestHeader(writer: Writer, value: RequestHeader, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.requestApiKey);
  writer.writeInt16(value.requestApiVersion);
  writer.writeInt32(value.correlationId);
  if (version >= 1) {
    writer.writeNullableString(value.clientId, false);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('RequestHeader', version);
  }
}

/** Reads a RequestHeader in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRequestHeader(reader: Reader, version: number): RequestHeader {
  const flexible = version >= 2;
  const value: RequestHeader = {
    requestApiKey: reader.readInt16(),
    requestApiVersion: reader.readInt16(),
    correlationId: reader.readInt32(),
    clientId: (version >= 1) ? reader.readNullableString(false) : "",
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
