// Test support for the Kafka client: a world in the simulator with a client process and any
// number of scripted brokers. A scripted broker decodes each request with the real codecs and
// lets the test decide the answer: a body (encoded with the real codecs), raw bytes, silence, or
// a closed connection. Time is virtual, so timeouts and backoffs are exact and reproducible.
import {
  ApiKey, FrameDecoder, decodeRequestFrame, encodeResponseFrame, type RequestHeader,
} from '../../../src/protocol/mod.js';
import { createApiVersionsResponse } from '../../../src/protocol/generated/messages/api-versions.js';
import type { Connection, Runtime } from '../../../src/runtime/seam.js';
import { HostClock } from '../../../sim/sim-clock.js';
import { SimDisk } from '../../../sim/sim-disk.js';
import { SimNetwork } from '../../../sim/sim-network.js';
import { createSimRuntime } from '../../../sim/sim-runtime.js';
import { SimProcess, World } from '../../../sim/world.js';

/** What a scripted broker does with one request. */
export type ScriptedAnswer =
  | { readonly kind: 'body'; readonly body: object }
  | { readonly kind: 'raw'; readonly bytes: Uint8Array }
  | { readonly kind: 'silence' }
  | { readonly kind: 'close' };

export type Script = (header: RequestHeader, body: object) => ScriptedAnswer;

/** Answers ApiVersions with every API the codecs know, at their full ranges. */
export function apiVersionsAnswer(ranges: ReadonlyArray<readonly [number, number, number]>): ScriptedAnswer {
  return { kind: 'body', body: createApiVersionsResponse({
    apiKeys: ranges.map(([apiKey, minVersion, maxVersion]) => ({ apiKey, minVersion, maxVersion })),
  }) };
}

export class ScriptedWorld {
  readonly world: World;
  readonly network: SimNetwork;
  readonly clientProcess = new SimProcess('client', 0);
  readonly clientRuntime: Runtime;
  /** Requests each broker received, as "apiKey/version", by address. */
  readonly received = new Map<string, string[]>();
  connectionsAccepted = 0;

  constructor(seed: number) {
    this.world = new World({ seed });
    this.network = new SimNetwork(this.world, {
      conditions: { minimumLatencyMs: 1, meanExtraLatencyMs: 1, lossRate: 0, duplicateRate: 0 },
      modeFor: () => 'stream',
      connectTimeoutMs: 50,
    });
    this.clientRuntime = createSimRuntime({
      world: this.world, process: this.clientProcess, host: 'client', hostClock: new HostClock(this.world),
      disk: new SimDisk({ random: this.world.random.fork('client/disk') }), network: this.network,
    });
  }

  /** Starts a broker at `address` ("host:port") that answers with `script`. */
  async broker(address: string, script: Script): Promise<void> {
    const process = new SimProcess(address, 0);
    const network = this.network.forProcess(address.slice(0, address.lastIndexOf(':')), process);
    this.received.set(address, []);
    await network.listen(address, (connection) => this.serve(address, connection, script));
  }

  /** Runs `body` on the client process and the world until it settles; returns its result. */
  async run<T>(body: () => Promise<T>, untilMs = 60_000): Promise<T> {
    let result: { value: T } | null = null;
    this.world.schedule(0, this.clientProcess, () => { void body().then((value) => { result = { value }; }); });
    await this.world.runUntil(this.world.nowMs + untilMs);
    if (result === null) throw new Error('the client did not finish within the simulated time');
    return (result as { value: T }).value;
  }

  private serve(address: string, connection: Connection, script: Script): void {
    this.connectionsAccepted += 1;
    const decoder = new FrameDecoder();
    connection.onData((bytes) => {
      for (const frame of decoder.push(bytes)) {
        const decoded = decodeRequestFrame(frame);
        if (decoded.kind !== 'request') throw new Error('scripted brokers know every ApiVersions version');
        const { header, body } = decoded;
        this.received.get(address)?.push(`${header.requestApiKey}/${header.requestApiVersion}`);
        this.answer(connection, header, script(header, body));
      }
    });
  }

  private answer(connection: Connection, header: RequestHeader, answer: ScriptedAnswer): void {
    switch (answer.kind) {
      case 'body':
        // ApiVersions fallback answers (UNSUPPORTED_VERSION) go in v0, whatever was asked (KIP-511).
        connection.send(encodeResponseFrame({
          apiKey: header.requestApiKey, correlationId: header.correlationId, body: answer.body,
          apiVersion: header.requestApiKey === ApiKey.ApiVersions && (answer.body as { errorCode: number }).errorCode !== 0
            ? 0 : header.requestApiVersion,
        }));
        return;
      case 'raw':
        connection.send(answer.bytes);
        return;
      case 'silence':
        return;
      case 'close':
        connection.close();
        return;
      default: {
        const unexpected: never = answer;
        throw new Error(`unexpected answer ${JSON.stringify(unexpected)}`);
      }
    }
  }
}
