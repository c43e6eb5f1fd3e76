// Typed errors of the protocol layer (STYLE.md §8). A `ProtocolDecodeError` means untrusted bytes
// from a peer were malformed: the listener closes that connection and logs the reason. A
// `ProtocolEncodeError` means a value cannot be written in the chosen version, as Kafka's
// UnsupportedVersionException does when a non-default field does not exist in that version.

/** Why decoding failed; stable, so callers and tests match on it rather than on the text. */
export type ProtocolDecodeErrorCode =
  | 'TRUNCATED'
  | 'INVALID_LENGTH'
  | 'NULL_NOT_ALLOWED'
  | 'VARINT_TOO_LONG'
  | 'TAGGED_FIELD_SIZE_MISMATCH'
  | 'TRAILING_BYTES'
  | 'UNKNOWN_API_KEY'
  | 'UNSUPPORTED_VERSION'
  | 'FRAME_TOO_LARGE'
  | 'INVALID_FRAME_SIZE'
  /** A record of another type where the layout puts one type (a snapshot's control records). */
  | 'UNEXPECTED_RECORD';

/** Malformed bytes from the wire or disk; never a bug of ours. */
export class ProtocolDecodeError extends Error {
  constructor(readonly code: ProtocolDecodeErrorCode, message: string) {
    super(message);
    this.name = 'ProtocolDecodeError';
  }
}

/** Why encoding failed; stable, like the decode codes. */
export type ProtocolEncodeErrorCode =
  | 'FIELD_NOT_IN_VERSION'
  | 'NULL_NOT_ALLOWED'
  | 'VALUE_OUT_OF_RANGE'
  | 'DUPLICATE_TAG'
  | 'UNKNOWN_API_KEY'
  | 'UNSUPPORTED_VERSION';

/** A value that the chosen version of a message cannot carry. */
export class ProtocolEncodeError extends Error {
  constructor(readonly code: ProtocolEncodeErrorCode, message: string) {
    super(message);
    this.name = 'ProtocolEncodeError';
  }
}

/** The error generated encoders throw for a non-default, non-ignorable field absent in `version`. */
export function fieldNotInVersion(struct: string, field: string, version: number): ProtocolEncodeError {
  return new ProtocolEncodeError(
    'FIELD_NOT_IN_VERSION',
    `Cannot encode ${struct}.${field} at version ${version}: the field has a non-default value ` +
      'and does not exist in that version',
  );
}

/** The error generated encoders throw for null in a version where the field is not nullable. */
export function nullNotAllowed(struct: string, field: string, version: number): ProtocolEncodeError {
  return new ProtocolEncodeError(
    'NULL_NOT_ALLOWED',
    `Cannot encode ${struct}.${field} at version ${version}: null is not allowed in that version`,
  );
}

/** The error generated encoders throw for unknown tagged fields in a version without tagged fields. */
export function taggedFieldsNotInVersion(struct: string, version: number): ProtocolEncodeError {
  return new ProtocolEncodeError(
    'FIELD_NOT_IN_VERSION',
    `Cannot encode ${struct} at version ${version}: tagged fields were set but that version has none`,
  );
}
