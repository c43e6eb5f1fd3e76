// The connection of one `weir` admin command to the cluster (src/cli/): Weir's own Kafka client
// (src/net/kafka-client/) on the real runtime, pointed at the `--bootstrap` broker. A request
// either yields its decoded answer or ends the command with one clear line: the broker cannot
// be reached, timed out, or speaks no version of the API this command can write.
import { KafkaClient, type ClientRequest } from '../net/kafka-client/kafka-client.js';
import { apiDescriptor, kafkaError } from '../protocol/mod.js';
import { createNodeRuntime } from '../runtime/node/node-runtime.js';
import type { Clock, Disk, Random } from '../runtime/seam.js';
import { CliError } from './cli-error.js';

/** One command's session with a broker. Close it when the command ends. */
export class BrokerSession {
  private readonly client: KafkaClient;
  /** The real clock, for record timestamps and waits. */
  readonly clock: Clock;
  /** The real disk, for input files. */
  readonly disk: Disk;
  /** The real random source, for sample data. */
  readonly random: Random;

  constructor(readonly bootstrap: string, options: { requestTimeoutMs?: number } = {}) {
    const runtime = createNodeRuntime();
    this.clock = runtime.clock;
    this.disk = runtime.disk;
    this.random = runtime.random;
    this.client = new KafkaClient({
      clock: runtime.clock, random: runtime.random, network: runtime.network, clientId: 'weir-cli',
      requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    });
  }

  /** Sends `request` and returns the answer's body, or throws a CliError saying why not. */
  async request<Body extends object>(request: ClientRequest): Promise<Body> {
    const outcome = await this.client.send<Body>(this.bootstrap, request);
    const api = apiDescriptor(request.apiKey)?.name ?? `API ${request.apiKey}`;
    switch (outcome.kind) {
      case 'response':
        return outcome.body;
      case 'sent':
        return {} as Body;
      case 'unreachable':
        throw new CliError(`Cannot reach broker ${this.bootstrap}: ${outcome.reason}`);
      case 'timeout':
        throw new CliError(`Cannot complete ${api} on ${this.bootstrap}: no answer in time`);
      case 'closed':
        throw new CliError(`Cannot complete ${api} on ${this.bootstrap}: ${outcome.reason}`);
      case 'overloaded':
      case 'client-closed':
        throw new CliError(`Cannot send ${api} to ${this.bootstrap}: ${outcome.kind}`);
      case 'unsupported-version':
        throw new CliError(`Cannot send ${api} to ${this.bootstrap}: the broker supports no version this command can write`);
      default: {
        const unexpected: never = outcome;
        throw new Error(`unexpected outcome ${JSON.stringify(unexpected)}`);
      }
    }
  }

  close(): void {
    this.client.close();
  }
}

/** Throws a CliError for a Kafka error code other than NONE, naming what failed. */
export function expectNoError(errorCode: number, errorMessage: string | null | undefined, what: string): void {
  if (errorCode === 0) return;
  const name = kafkaError(errorCode)?.name ?? `error ${errorCode}`;
  throw new CliError(`Cannot ${what}: ${name}${errorMessage === null || errorMessage === undefined || errorMessage === '' ? '' : ` (${errorMessage})`}`);
}
