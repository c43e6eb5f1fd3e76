// The opening exchange of every client connection (src/net/kafka-client/): ApiVersions (KIP-35,
// KIP-511). The client asks in the newest version it knows; a broker that does not know that
// version answers in v0 with UNSUPPORTED_VERSION and its own ApiVersions range, and the client
// asks again in the highest version both know. The answer's ranges decide, API by API, which
// version every later request on the connection uses (version-negotiation.ts).
import {
  ApiKey, ErrorCode, kafkaError, type VersionRange,
} from '../../protocol/mod.js';
import {
  apiVersionsRequestVersions, createApiVersionsRequest, type ApiVersionsResponse,
} from '../../protocol/generated/messages/api-versions.js';
import type { KafkaConnection } from './kafka-connection.js';
import { highestCommonVersion, negotiateVersions, type NegotiatedVersions } from './version-negotiation.js';

/** The handshake's result: the versions to use, or why the connection is unusable. */
export type HandshakeResult =
  | { readonly ok: true; readonly versions: NegotiatedVersions }
  | { readonly ok: false; readonly reason: string };

/** What the client tells the broker about itself (KIP-511 fields of ApiVersions v3+). */
export interface ClientSoftware {
  readonly name: string;
  readonly version: string;
}

/** Runs ApiVersions on a fresh `connection`; at most two exchanges. */
export async function handshake(connection: KafkaConnection, options: {
  readonly ours: ReadonlyMap<number, VersionRange>;
  readonly software: ClientSoftware;
  readonly timeoutMs: number;
}): Promise<HandshakeResult> {
  let version: number = apiVersionsRequestVersions.highestVersion;
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const outcome = await connection.request<ApiVersionsResponse>({
      apiKey: ApiKey.ApiVersions, apiVersion: version, timeoutMs: options.timeoutMs, expectResponse: true,
      body: createApiVersionsRequest({
        clientSoftwareName: options.software.name, clientSoftwareVersion: options.software.version,
      }),
    });
    if (outcome.kind !== 'response') return { ok: false, reason: `ApiVersions v${version} ended: ${outcome.kind}` };
    const answer = outcome.body;
    if (answer.errorCode === ErrorCode.NONE) {
      return { ok: true, versions: negotiateVersions(answer.apiKeys, options.ours) };
    }
    if (answer.errorCode !== ErrorCode.UNSUPPORTED_VERSION) {
      return { ok: false, reason: `ApiVersions v${version} answered ${kafkaError(answer.errorCode)?.name ?? `error ${answer.errorCode}`}` };
    }
    const retry = fallbackVersion(answer, version);
    if (retry === null) return { ok: false, reason: `the broker supports no ApiVersions version below v${version}` };
    version = retry;
  }
  return { ok: false, reason: 'the broker refused ApiVersions twice' };
}

/** The ApiVersions version to ask in after a refusal of `refused`, or null when there is none. */
function fallbackVersion(answer: ApiVersionsResponse, refused: number): number | null {
  const theirs = answer.apiKeys.find((entry) => entry.apiKey === ApiKey.ApiVersions);
  if (theirs === undefined) return null;
  return highestCommonVersion(
    { lowestVersion: apiVersionsRequestVersions.lowestVersion, highestVersion: refused - 1 },
    { lowestVersion: theirs.minVersion, highestVersion: theirs.maxVersion },
  );
}
