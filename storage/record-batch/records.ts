// One Kafka record inside a magic-2 batch (KIP-98; Kafka's DefaultRecord):
//   length varint, attributes int8 (unused, 0), timestampDelta varlong, offsetDelta varint,
//   keyLength varint (-1 = null), key, valueLength varint (-1 = null), value,
//   headerCount varint, then per header: keyLength varint, key (UTF-8), valueLength varint, value.
// All varints are zig-zag signed.
import assert from 'node:assert/strict';
import { ByteReader, ByteWriter, varintBytes } from './byte-codec.js';

/** A record header: a UTF-8 key and a nullable value. */
export interface RecordHeader {
  readonly key: string;
  readonly value: Uint8Array | null;
}

/** A record as it is encoded inside its batch (deltas relative to the batch header). */
export interface EncodedRecordFields {
  readonly attributes: number;
  readonly timestampDelta: number;
  readonly offsetDelta: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers: readonly RecordHeader[];
}

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8', { fatal: true });

/** Appends one record (length prefix included) to `writer`, sized first so nothing is copied twice. */
export function writeRecord(writer: ByteWriter, record: EncodedRecordFields): void {
  const headerKeys = record.headers.map((header) => textEncoder.encode(header.key));
  let bodyBytes = 1 + varintBytes(record.timestampDelta) + varintBytes(record.offsetDelta) +
    nullableBytesSize(record.key) + nullableBytesSize(record.value) + varintBytes(record.headers.length);
  record.headers.forEach((header, headerIndex) => {
    bodyBytes += nullableBytesSize(headerKeys[headerIndex] ?? null) + nullableBytesSize(header.value);
  });
  const start = writer.length;
  writer.varint(bodyBytes);
  writer.int8(record.attributes);
  writer.varint(record.timestampDelta);
  writer.varint(record.offsetDelta);
  writer.nullableBytes(record.key);
  writer.nullableBytes(record.value);
  writer.varint(record.headers.length);
  record.headers.forEach((header, headerIndex) => {
    writer.nullableBytes(headerKeys[headerIndex] ?? null);
    writer.nullableBytes(header.value);
  });
  assert.equal(writer.length - start, varintBytes(bodyBytes) + bodyBytes, 'the record is as long as sized');
}

function nullableBytesSize(bytes: Uint8Array | null): number {
  return bytes === null ? 1 : varintBytes(bytes.length) + bytes.length;
}

/** Reads one record at the reader's position; throws RecordBatchError if malformed. */
export function readRecord(reader: ByteReader): EncodedRecordFields {
  const length = reader.varint();
  if (length < 0) throw reader.invalid(`negative record length ${length}`);
  if (length > reader.remaining) throw reader.invalid(`record length ${length} beyond the batch`);
  const end = reader.position + length;
  const body = new ByteReader(reader.bytes, reader.position, end);
  const attributes = body.int8();
  const timestampDelta = body.varlong();
  const offsetDelta = body.varint();
  const key = body.nullableBytes();
  const value = body.nullableBytes();
  const headerCount = body.varint();
  if (headerCount < 0 || headerCount > body.remaining) throw body.invalid(`bad header count ${headerCount}`);
  const headers: RecordHeader[] = [];
  for (let headerIndex = 0; headerIndex < headerCount; headerIndex += 1) {
    const headerKey = body.nullableBytes();
    if (headerKey === null) throw body.invalid('null header key');
    headers.push({ key: decodeUtf8(body, headerKey), value: body.nullableBytes() });
  }
  if (body.remaining !== 0) throw body.invalid(`${body.remaining} bytes left over in record`);
  reader.position = end;
  assert.equal(body.position, end, 'the record body was consumed exactly');
  return { attributes, timestampDelta, offsetDelta, key, value, headers };
}

function decodeUtf8(reader: ByteReader, bytes: Uint8Array): string {
  try {
    return textDecoder.decode(bytes);
  } catch {
    throw reader.invalid('header key is not UTF-8');
  }
}
