// Test support: loads kafkajs's per-version request and response codecs (CommonJS files under
// node_modules/kafkajs/src/protocol/requests/<api>/v<N>/) through createRequire, so tests can use a
// real client's hand-written encoders and decoders as an independent reference for ours.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** What a kafkajs request module returns for one request. */
export interface KafkajsRequest {
  readonly apiKey: number;
  readonly apiVersion: number;
  encode(): Promise<{ buffer: Buffer }>;
}

/** A kafkajs response module. */
export interface KafkajsResponse {
  decode(bytes: Buffer): Promise<unknown>;
}

/** The kafkajs request factory of `api` (its folder name, e.g. "produce") at `version`. */
export function kafkajsRequest(api: string, version: number): (args: object) => KafkajsRequest {
  return require(`kafkajs/src/protocol/requests/${api}/v${version}/request.js`) as (args: object) => KafkajsRequest;
}

/** The kafkajs response codec of `api` at `version`. */
export function kafkajsResponse(api: string, version: number): KafkajsResponse {
  return require(`kafkajs/src/protocol/requests/${api}/v${version}/response.js`) as KafkajsResponse;
}
