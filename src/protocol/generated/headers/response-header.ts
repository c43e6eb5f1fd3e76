// Generated from ResponseHeader.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ResponseHeader: header schema codec, versions 0-1.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of ResponseHeader: valid 0-1, flexible 1+. */
export const responseHeaderVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The ResponseHeader message; versions 0-1. */
export interface ResponseHeader {
  /** The correlation ID of this response. Versions: 0+. */
  correlationId: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ResponseHeader with every field at its schema default, overridden by `init`. */
export function createResponseHeader(init: Partial<ResponseHeader> = {}): ResponseHeader {
  return {
    correlationId: 0,
    ...init,
  };
}

/** Writes a ResponseHeader in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeResponseHeader(writer: Writer, value: ResponseHeader, version: number): void {
  const flexible = version >= 1;
  writer.writeInt32(value.correlationId);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ResponseHeader', version);
  }
}

/** Reads a ResponseHeader in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readResponseHeader(reader: Reader, version: number): ResponseHeader {
  const flexible = version >= 1;
  const value: ResponseHeader = {
    correlationId: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
