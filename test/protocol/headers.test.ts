// Request and response headers: the header version chosen for each API key and version follows
// the schemas' flexible versions with Kafka's two exceptions (ControlledShutdown v0 uses request
// header v0; ApiVersions responses always use header v0), and headers round-trip.
import { describe, expect, test } from 'vitest';

import {
  ApiKey, Reader, Writer, apiDescriptors, decodeRequestHeader, decodeResponseHeader, encodeRequestHeader,
  encodeResponseHeader, requestHeaderVersion, responseHeaderVersion,
} from '../../src/protocol/mod.js';
import { ProtocolDecodeError } from '../../src/protocol/primitives/errors.js';

describe('header versions', () => {
  test('flexible request versions use request header v2, others v1', () => {
    expect(requestHeaderVersion(ApiKey.Produce, 8)).toBe(1);
    expect(requestHeaderVersion(ApiKey.Produce, 9)).toBe(2);
    expect(requestHeaderVersion(ApiKey.Metadata, 9)).toBe(2);
    expect(requestHeaderVersion(ApiKey.Fetch, 11)).toBe(1);
    expect(requestHeaderVersion(ApiKey.Fetch, 12)).toBe(2);
  });

  test('ControlledShutdown v0 uses request header v0, v1 uses v1', () => {
    expect(requestHeaderVersion(ApiKey.ControlledShutdown, 0)).toBe(0);
    expect(requestHeaderVersion(ApiKey.ControlledShutdown, 1)).toBe(1);
  });

  test('flexible response versions use response header v1, except ApiVersions which always uses v0 (KIP-511)', () => {
    expect(responseHeaderVersion(ApiKey.Produce, 8)).toBe(0);
    expect(responseHeaderVersion(ApiKey.Produce, 9)).toBe(1);
    for (let version = 0; version <= 10; version++) expect(responseHeaderVersion(ApiKey.ApiVersions, version)).toBe(0);
  });

  test('every API key has a header version for each of its versions', () => {
    for (const descriptor of apiDescriptors) {
      for (let version = descriptor.lowestVersion; version <= descriptor.highestVersion; version++) {
        expect([0, 1, 2]).toContain(requestHeaderVersion(descriptor.apiKey, version));
        expect([0, 1]).toContain(responseHeaderVersion(descriptor.apiKey, version));
      }
    }
  });
});

describe('header codecs', () => {
  test('a request header round-trips in every header version', () => {
    for (const [apiKey, apiVersion] of [[ApiKey.ControlledShutdown, 0], [ApiKey.Produce, 3], [ApiKey.Produce, 9]] as const) {
      const header = { requestApiKey: apiKey, requestApiVersion: apiVersion, correlationId: 77, clientId: apiVersion === 0 && apiKey === ApiKey.ControlledShutdown ? '' : 'weir-test' };
      const writer = new Writer();
      encodeRequestHeader(writer, header);
      const reader = new Reader(writer.finish());
      expect(decodeRequestHeader(reader)).toEqual(header);
      expect(reader.remaining).toBe(0);
    }
  });

  test('the client id keeps its int16 length even in header v2 (flexibleVersions "none")', () => {
    const writer = new Writer();
    encodeRequestHeader(writer, { requestApiKey: ApiKey.Metadata, requestApiVersion: 12, correlationId: 1, clientId: 'ab' });
    expect([...writer.finish()]).toEqual([0, 3, 0, 12, 0, 0, 0, 1, 0, 2, 0x61, 0x62, 0]);
  });

  test('a response header round-trips; flexible ones carry an empty tagged-field section', () => {
    const writer = new Writer();
    encodeResponseHeader(writer, { apiKey: ApiKey.Fetch, apiVersion: 12, correlationId: 5 });
    const bytes = writer.finish();
    expect([...bytes]).toEqual([0, 0, 0, 5, 0]);
    expect(decodeResponseHeader(new Reader(bytes), ApiKey.Fetch, 12)).toEqual({ correlationId: 5 });
  });

  test('an unknown API key is a typed decode error', () => {
    const bytes = new Uint8Array([0x7f, 0x00, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(() => decodeRequestHeader(new Reader(bytes))).toThrow(ProtocolDecodeError);
    try {
      decodeRequestHeader(new Reader(bytes));
    } catch (error) {
      expect((error as ProtocolDecodeError).code).toBe('UNKNOWN_API_KEY');
    }
  });
});
