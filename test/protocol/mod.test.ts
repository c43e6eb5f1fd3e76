// The public surface of src/protocol: whole request and response frames through the registry,
// the ApiVersions special cases (a too-new ApiVersions request is answered with a v0 body under
// header v0), typed errors for unknown keys and versions, and the metadata record frame. kafkajs's
// own frame builder (header v1 with client id) is the reference for a full request frame.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';

import {
  ApiKey, ErrorCode, FrameDecoder, Reader, Writer, apiCodecs, apiDescriptors,
  decodeMetadataRecord, decodeRequest, decodeRequestFrame, decodeResponseFrame, encodeApiVersionsFallbackResponse,
  encodeMetadataRecord, encodeRequestFrame, encodeResponseFrame, isSupportedVersion, supportedVersions,
} from '../../src/protocol/mod.js';
import type { TopicName, Uuid } from '../../src/protocol/entity-types.js';
import * as apiVersions from '../../src/protocol/generated/messages/api-versions.js';
import * as metadata from '../../src/protocol/generated/messages/metadata.js';
import * as topicRecord from '../../src/protocol/generated/metadata/topic-record.js';
import { kafkajsRequest } from './support/kafkajs.js';
import { decodeErrorCode } from './support/decode-error-code.js';

const require = createRequire(import.meta.url);
const kafkajsFrame = require('kafkajs/src/protocol/request.js') as (options: object) => Promise<{ buffer: Buffer }>;


/** Splits one frame off a byte string with the frame decoder, as the listener does. */
function onlyFrame(bytes: Uint8Array): Uint8Array {
  const frames = new FrameDecoder().push(bytes);
  expect(frames).toHaveLength(1);
  return frames[0]!;
}

describe('protocol surface', () => {
  test('the registry has a codec for every API key of the table, with the same version range', () => {
    expect(apiCodecs.size).toBe(apiDescriptors.length);
    for (const descriptor of apiDescriptors) {
      const codec = apiCodecs.get(descriptor.apiKey)!;
      expect([codec.name, codec.lowestVersion, codec.highestVersion]).toEqual([descriptor.name, descriptor.lowestVersion, descriptor.highestVersion]);
    }
    expect(supportedVersions(ApiKey.Produce)).toEqual({ lowestVersion: 0, highestVersion: 11 });
    expect(isSupportedVersion(ApiKey.Fetch, 17)).toBe(true);
    expect(isSupportedVersion(ApiKey.Fetch, 18)).toBe(false);
  });

  test('a whole frame built by kafkajs (size, header v1 with client id, body) decodes', async () => {
    const request = kafkajsRequest('metadata', 6)({ topics: ['orders'], allowAutoTopicCreation: true });
    const bytes = new Uint8Array((await kafkajsFrame({ correlationId: 42, clientId: 'kafkajs-test', request })).buffer);
    const decoded = decodeRequestFrame(onlyFrame(bytes));
    expect(decoded.kind).toBe('request');
    expect(decoded.header).toEqual({ requestApiKey: ApiKey.Metadata, requestApiVersion: 6, correlationId: 42, clientId: 'kafkajs-test' });
    if (decoded.kind === 'request') expect((decoded.body as metadata.MetadataRequest).topics?.[0]?.name).toBe('orders');
  });

  test('request and response frames round-trip through the registry in a flexible version', () => {
    const body = metadata.createMetadataRequest({ topics: [metadata.createMetadataRequestTopic({ topicId: 'AAECAwQFBgcICQoLDA0ODw' as Uuid, name: null })] });
    const header = { requestApiKey: ApiKey.Metadata, requestApiVersion: 12, correlationId: 9, clientId: 'weir' };
    const decoded = decodeRequestFrame(onlyFrame(encodeRequestFrame(header, body)));
    expect(decoded).toEqual({ kind: 'request', header, body });
    const response = metadata.createMetadataResponse({ clusterId: 'c', topics: [metadata.createMetadataResponseTopic({ name: 'orders' as TopicName })] });
    const frame = onlyFrame(encodeResponseFrame({ apiKey: ApiKey.Metadata, apiVersion: 12, correlationId: 9, body: response }));
    expect(decodeResponseFrame(frame, ApiKey.Metadata, 12)).toEqual({ correlationId: 9, body: response });
  });

  test('an ApiVersions response uses header v0 even in flexible versions (no tagged byte after the correlation id)', () => {
    const body = apiVersions.createApiVersionsResponse({ apiKeys: [] });
    const frame = onlyFrame(encodeResponseFrame({ apiKey: ApiKey.ApiVersions, apiVersion: 3, correlationId: 1, body }));
    // correlation id, then the body's error code: header v0 has no tagged-field section.
    expect([...frame.subarray(0, 6)]).toEqual([0, 0, 0, 1, 0, 0]);
    expect(decodeResponseFrame(frame, ApiKey.ApiVersions, 3).body).toEqual(body);
  });

  test('an ApiVersions request newer than ours is reported, and answered with a v0 body under header v0', () => {
    const frame = new Writer();
    frame.writeInt16(ApiKey.ApiVersions);
    frame.writeInt16(99);
    frame.writeInt32(5);
    frame.writeString('future-client', false);
    frame.writeUnsignedVarint(0);
    frame.writeRaw(new Uint8Array([0xde, 0xad])); // a body layout we cannot know
    const decoded = decodeRequestFrame(frame.finish());
    expect(decoded.kind).toBe('unsupported-api-versions');
    expect(decoded.header.correlationId).toBe(5);
    const ranges = [apiVersions.createApiVersionsResponseApiVersion({ apiKey: ApiKey.ApiVersions, minVersion: 0, maxVersion: 4 })];
    const answer = onlyFrame(encodeApiVersionsFallbackResponse(5, ranges));
    const reader = new Reader(answer);
    expect(reader.readInt32()).toBe(5);
    const body = apiVersions.readApiVersionsResponse(reader, 0);
    expect(reader.remaining).toBe(0);
    expect(body.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
    expect(body.apiKeys).toEqual(ranges);
  });

  test('unknown API keys and unsupported versions are typed decode errors', () => {
    expect(decodeErrorCode(() => decodeRequest(9999, 0, new Reader(new Uint8Array(0))))).toBe('UNKNOWN_API_KEY');
    expect(decodeErrorCode(() => decodeRequest(ApiKey.Produce, 12, new Reader(new Uint8Array(0))))).toBe('UNSUPPORTED_VERSION');
    const produceV99 = new Uint8Array([0, 0, 0, 99, 0, 0, 0, 1, 0xff, 0xff]);
    expect(decodeErrorCode(() => decodeRequestFrame(produceV99))).toBe('UNSUPPORTED_VERSION');
    expect(decodeErrorCode(() => decodeRequestFrame(new Uint8Array([0, 0])))).toBe('TRUNCATED');
  });

  test('metadata records round-trip through the metadata log frame (frame version, type, version)', () => {
    const record = topicRecord.createTopicRecord({ name: 'orders' as TopicName, topicId: 'AAECAwQFBgcICQoLDA0ODw' as Uuid });
    const writer = new Writer();
    encodeMetadataRecord(writer, { apiKey: 2, version: 0, record });
    const bytes = writer.finish();
    expect([...bytes.subarray(0, 3)]).toEqual([1, 2, 0]);
    expect(decodeMetadataRecord(bytes)).toEqual({ apiKey: 2, version: 0, record });
    expect(decodeErrorCode(() => decodeMetadataRecord(new Uint8Array([1, 200, 1, 0])))).toBe('UNKNOWN_API_KEY');
  });
});
