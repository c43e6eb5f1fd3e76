// Goal: what a broker seals in an Envelope the controller opens unchanged, and the controller's
// sealed answer opens as the inner response; an envelope refused whole carries its error code.
// Method: round trips through the generated codecs of real requests, plus a damaged envelope.
import { describe, expect, test } from 'vitest';
import { openRequest, openResponse, refuseEnvelope, sealRequest, sealResponse } from '../../src/net/envelope.js';
import { ApiKey, ErrorCode, topicName, type TopicName } from '../../src/protocol/mod.js';
import {
  createCreateTopicsRequest, createCreateTopicsResponse, createCreateTopicsResponseCreatableTopicResult, type CreateTopicsRequest, type CreateTopicsResponse,
} from '../../src/protocol/generated/messages/create-topics.js';

const createOrders = createCreateTopicsRequest({
  topics: [{ name: topicName('orders'), numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] }],
  timeoutMs: 5_000, validateOnly: false,
});

describe('Envelope', () => {
  test('the controller opens the request a broker sealed, header included', () => {
    const envelope = sealRequest({ apiKey: ApiKey.CreateTopics, apiVersion: 7, correlationId: 41, clientId: 'kcat',
      body: createOrders, clientAddress: '10.1.2.3:50123' });
    expect(new TextDecoder().decode(envelope.clientHostAddress)).toBe('10.1.2.3');
    const opened = openRequest(envelope);
    if ('problem' in opened) throw new Error(opened.problem);
    expect(opened.header).toMatchObject({ requestApiKey: ApiKey.CreateTopics, requestApiVersion: 7, correlationId: 41, clientId: 'kcat' });
    expect((opened.body as CreateTopicsRequest).topics[0]?.name).toBe('orders');
    expect((opened.body as CreateTopicsRequest).topics[0]?.numPartitions).toBe(3);
  });

  test('the broker opens the inner response the controller sealed', () => {
    const header = { requestApiKey: ApiKey.CreateTopics, requestApiVersion: 7, correlationId: 41, clientId: 'kcat' };
    const answer = createCreateTopicsResponse({ topics: [createCreateTopicsResponseCreatableTopicResult({
      name: 'orders' as TopicName, errorCode: ErrorCode.TOPIC_ALREADY_EXISTS, errorMessage: 'exists' })] });
    const opened = openResponse(sealResponse(header, answer), { apiKey: ApiKey.CreateTopics, apiVersion: 7 });
    if (!('body' in opened)) throw new Error(`refused ${opened.errorCode}`);
    expect((opened.body as CreateTopicsResponse).topics[0]?.errorCode).toBe(ErrorCode.TOPIC_ALREADY_EXISTS);
  });

  test('an envelope refused whole says why, and a damaged one is reported, not thrown', () => {
    expect(openResponse(refuseEnvelope(ErrorCode.NOT_CONTROLLER), { apiKey: ApiKey.CreateTopics, apiVersion: 7 }))
      .toEqual({ errorCode: ErrorCode.NOT_CONTROLLER });
    const envelope = sealRequest({ apiKey: ApiKey.CreateTopics, apiVersion: 7, correlationId: 1, clientId: null,
      body: createOrders, clientAddress: '[::1]:9' });
    expect(new TextDecoder().decode(envelope.clientHostAddress)).toBe('::1');
    const damaged = { ...envelope, requestData: envelope.requestData.subarray(0, 12) };
    expect('problem' in openRequest(damaged)).toBe(true);
  });
});
