// ApiVersions (API key 18; KIP-35, KIP-511): the APIs and versions this broker handles. Clients
// pick each request's version from these ranges, so they must list exactly what dispatch.ts
// serves. Kafka checks the v3 client software name and version against a pattern and answers
// INVALID_REQUEST; Weir is lenient there (librdkafka's fallback on that error only costs a round
// trip, and no listed client sends a bad name). A too-new version never reaches this handler:
// the connection answers it with the v0 fallback (connection.ts).
import type {
  ApiVersionsRequest, ApiVersionsResponse, ApiVersionsResponseApiVersion,
} from '../../protocol/generated/messages/api-versions.js';
import { createApiVersionsResponse } from '../../protocol/generated/messages/api-versions.js';
import { ErrorCode } from '../../protocol/mod.js';

/** Versions of ApiVersions this broker handles. */
export const apiVersionsVersions = { lowestVersion: 0, highestVersion: 4 } as const;

/** Answers with the advertised ranges (`advertised`, from dispatch.ts). */
export function handleApiVersions(_request: ApiVersionsRequest,
  advertised: readonly ApiVersionsResponseApiVersion[]): ApiVersionsResponse {
  return createApiVersionsResponse({
    errorCode: ErrorCode.NONE,
    apiKeys: advertised.map((range) => ({ ...range })),
    throttleTimeMs: 0,
    finalizedFeaturesEpoch: -1n,
  });
}
