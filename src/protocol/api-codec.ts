// The shape of one entry of the generated API registry (generated/registry.ts): the request and
// response codecs of one API key, callable generically by (apiKey, version). The broker decodes
// with `readRequest` and encodes with `writeResponse`; clients and tests use the other two.
import type { Reader } from './primitives/reader.js';
import type { Writer } from './primitives/writer.js';

/**
 * Codecs of one API key. Method syntax on purpose: each generated function takes its own message
 * type, and a registry entry accepts any of them; callers pair a body with its API key.
 */
export interface ApiCodec {
  readonly apiKey: number;
  /** Kafka's name of the API, e.g. "Produce". */
  readonly name: string;
  readonly lowestVersion: number;
  readonly highestVersion: number;
  /** The first flexible request version (KIP-482), or null when none is. */
  readonly requestFlexibleLowestVersion: number | null;
  readonly responseFlexibleLowestVersion: number | null;
  readRequest(reader: Reader, version: number): object;
  writeRequest(writer: Writer, value: object, version: number): void;
  createRequest(): object;
  readResponse(reader: Reader, version: number): object;
  writeResponse(writer: Writer, value: object, version: number): void;
  createResponse(): object;
}

/** Codecs of one record schema without an API registry of its own (metadata records). */
export interface RecordCodec {
  /** The record type: the schema's apiKey, written in the record frame. */
  readonly apiKey: number;
  readonly name: string;
  readonly lowestVersion: number;
  readonly highestVersion: number;
  read(reader: Reader, version: number): object;
  write(writer: Writer, value: object, version: number): void;
  create(): object;
}
