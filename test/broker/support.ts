// Shared helpers of the broker tests: an in-memory network (connection pairs whose bytes arrive
// in order on later microtasks), a broker over a simulated disk and a stand-in single-voter
// quorum (test/controller/controller-fixture.ts: proposals commit at once; the clock moves only
// when a test advances it), and a Kafka client on Weir's KafkaConnection that pins each request
// to the version a test names and records every answer. Nothing here touches a real socket, disk or timer.
import { expect } from 'vitest';
import { SimDisk } from '../../sim/sim-disk.js';
import { Broker, type BrokerOptions } from '../../src/broker/broker.js';
import type { BrokerMetrics } from '../../src/broker/metrics.js';
import { noopBrokerMetrics } from '../../src/broker/metrics.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Logger } from '../../src/log/logger.js';
import { ApiKey, ErrorCode, epochOf, topicName, type NodeId } from './support-protocol.js';
import { KafkaConnection } from '../../src/net/kafka-client/kafka-connection.js';
import { apiCodecs, type Uuid } from '../../src/protocol/mod.js';
import type { CreateTopicsResponse } from '../../src/protocol/generated/messages/create-topics.js';
import type { Clock, CloseReason, Connection, Listener, Network, Runtime } from '../../src/runtime/seam.js';
import type { RaftStatus } from '../../raft/mod.js';
import { ControllerFixture, testConfig } from '../controller/controller-fixture.js';

/** Lets every queued microtask (and the promise chains they start) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class MemoryConnection implements Connection {
  peer!: MemoryConnection;
  private dataHandler: (bytes: Uint8Array) => void = () => {};
  private closeHandler: (reason: CloseReason) => void = () => {};
  closed = false;
  /** Reading paused by the owner (backpressure): bytes that arrive meanwhile wait in `heldBack`. */
  paused = false;
  readonly heldBack: Uint8Array[] = [];

  constructor(readonly localAddress: string, readonly remoteAddress: string) {}

  send(bytes: Uint8Array): void {
    if (this.closed) return;
    const copy = bytes.slice();
    queueMicrotask(() => this.peer.receive(copy));
  }

  private receive(bytes: Uint8Array): void {
    if (this.closed) return;
    if (this.paused || this.heldBack.length > 0) this.heldBack.push(bytes);
    else this.dataHandler(bytes);
  }

  pauseReading(): void {
    this.paused = true;
  }

  resumeReading(): void {
    if (!this.paused) return;
    this.paused = false;
    queueMicrotask(() => {
      while (!this.paused && !this.closed && this.heldBack.length > 0) this.dataHandler(this.heldBack.shift() as Uint8Array);
    });
  }

  onData(handler: (bytes: Uint8Array) => void): void {
    this.dataHandler = handler;
  }

  onClose(handler: (reason: CloseReason) => void): void {
    this.closeHandler = handler;
  }

  close(): void {
    this.end('local');
  }

  private end(by: 'local' | 'remote'): void {
    if (this.closed) return;
    this.closed = true;
    this.closeHandler({ by, message: by === 'local' ? 'closed here' : 'closed by peer' });
    if (by === 'local') queueMicrotask(() => this.peer.end('remote'));
  }
}

/** A network inside one process: listen and connect by "host:port". */
export class MemoryNetwork implements Network {
  private readonly listeners = new Map<string, (connection: Connection) => void>();
  private nextPort = 40000;
  /** The listening side of every connection made, oldest first. */
  readonly accepted: MemoryConnection[] = [];

  listen(address: string, onConnection: (connection: Connection) => void): Promise<Listener> {
    const bound = address.endsWith(':0') ? `${address.slice(0, -2)}:${this.nextPort++}` : address;
    if (this.listeners.has(bound)) return Promise.reject(new Error(`address ${bound} in use`));
    this.listeners.set(bound, onConnection);
    return Promise.resolve({ address: bound, close: () => { this.listeners.delete(bound); return Promise.resolve(); } });
  }

  connect(address: string): Promise<Connection> {
    const accept = this.listeners.get(address);
    if (accept === undefined) return Promise.reject(new Error(`nothing listens on ${address}`));
    const port = this.nextPort++;
    const client = new MemoryConnection(`127.0.0.1:${port}`, address);
    const server = new MemoryConnection(address, `127.0.0.1:${port}`);
    client.peer = server;
    server.peer = client;
    this.accepted.push(server);
    accept(server);
    return Promise.resolve(client);
  }
}

/** A response as received: its correlation id and decoded body. */
export interface ReceivedResponse {
  readonly correlationId: number;
  readonly body: unknown;
}

/**
 * Far beyond any clock advance of a test: the manual clock never times a request out, so a
 * test sees exactly what the broker answered, or that it closed the connection.
 */
const testRequestTimeoutMs = 24 * 60 * 60 * 1000;

/**
 * A Kafka client for the broker tests: Weir's KafkaConnection (src/net/kafka-client/) with each
 * request pinned to the version the test names, no handshake of its own, no bound on pipelining,
 * and every answer recorded in arrival order. The connection matches answers to requests by
 * correlation id and closes on one it cannot match or decode, so a broker that answers out of
 * order shows up as missing answers and a close reason. `sendRaw` writes bytes past it (framing
 * tests); the broker must never answer them.
 */
export class TestClient {
  readonly received: ReceivedResponse[] = [];
  /** Why the connection closed, once it has. */
  closeReason: string | null = null;
  /** The correlation id the connection gives the next request: it numbers them from 1 in send order. */
  private nextCorrelationId = 1;
  private readonly kafka: KafkaConnection;

  private constructor(private readonly connection: Connection, clock: Clock, clientId: string) {
    this.kafka = new KafkaConnection(clock, connection, {
      clientId, inFlightMax: Number.MAX_SAFE_INTEGER, queuedRequestsMax: 0, responseBytesMax: 100 * 1024 * 1024,
    });
    this.kafka.onClose((reason) => { this.closeReason = reason; });
  }

  static async connect(network: Network, clock: Clock, address: string, options: { clientId?: string } = {}):
    Promise<TestClient> {
    return new TestClient(await network.connect(address), clock, options.clientId ?? 'test-client');
  }

  /** True once the connection ended, from either side. */
  get closed(): boolean {
    return !this.kafka.isOpen;
  }

  /** Sends a request (fields not given take the codec's defaults) without waiting; returns its correlation id. */
  send(apiKey: number, apiVersion: number, body: object, options: { expectResponse?: boolean } = {}): number {
    const correlationId = this.nextCorrelationId++;
    const defaults = apiCodecs.get(apiKey)?.createRequest() ?? {};
    void this.kafka.request({ apiKey, apiVersion, body: { ...defaults, ...body }, timeoutMs: testRequestTimeoutMs,
      expectResponse: options.expectResponse !== false }).then((outcome) => {
      if (outcome.kind === 'response') this.received.push({ correlationId, body: outcome.body });
    });
    return correlationId;
  }

  sendRaw(bytes: Uint8Array): void {
    this.connection.send(bytes);
  }

  /** Sends a request and waits (in microtask turns, bounded) for its response body. */
  async request<Response>(apiKey: number, apiVersion: number, body: object): Promise<Response> {
    const correlationId = this.send(apiKey, apiVersion, body);
    return this.responseTo<Response>(correlationId);
  }

  async responseTo<Response>(correlationId: number): Promise<Response> {
    for (let turn = 0; turn < 200; turn += 1) {
      const found = this.received.find((response) => response.correlationId === correlationId);
      if (found !== undefined) return found.body as Response;
      if (this.closed) throw new Error(`connection closed before response ${correlationId}: ${this.closeReason}`);
      await settle();
    }
    throw new Error(`no response to ${correlationId}`);
  }

  close(): void {
    this.kafka.close();
  }
}

/** A broker on node 1 with its stand-in quorum, in-memory network and simulated disk. */
export class BrokerHarness {
  readonly network = new MemoryNetwork();
  readonly disk: SimDisk;
  readonly fixture: ControllerFixture;
  readonly broker: Broker;
  readonly runtime: Runtime;
  readonly fatalErrors: unknown[] = [];

  constructor(options: { config?: string; metrics?: BrokerMetrics; logger?: Logger; fixture?: ControllerFixture;
    disk?: SimDisk; broker?: Pick<BrokerOptions, 'drainTimeoutMs' | 'testOnlyFailRequestsOfClientId' | 'inFlightRequestsMax' | 'queuedFramesMax'> } = {}) {
    const config = testConfig(`listeners=PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:9093\nlog.dirs=/data\n${options.config ?? ''}`);
    this.fixture = options.fixture ?? new ControllerFixture({ config });
    this.disk = options.disk ?? new SimDisk({ random: { nextInt: (bound: number) => Math.floor(bound / 2) } });
    this.runtime = { clock: this.fixture.clock, random: this.fixture.random, disk: this.disk, network: this.network };
    this.broker = new Broker({
      runtime: this.runtime,
      config,
      logger: options.logger ?? silentLogger(),
      publisher: this.fixture.publisher,
      controller: this.fixture.controller,
      allocateProducerIds: (request) => this.fixture.controller.allocateProducerIds(request, 0),
      raftStatus: () => raftStatusOf(this.fixture),
      metrics: options.metrics ?? noopBrokerMetrics(),
      onFatal: (error) => this.fatalErrors.push(error),
      ...options.broker,
    });
  }

  static async start(options: ConstructorParameters<typeof BrokerHarness>[0] = {}): Promise<BrokerHarness> {
    const harness = new BrokerHarness(options);
    await harness.broker.start();
    await harness.fixture.registerBrokers([1]);
    await settle();
    return harness;
  }

  get address(): string {
    const bound = this.broker.boundAddresses()[0];
    expect(bound).toBeDefined();
    return `${bound?.host}:${bound?.port}`;
  }

  client(options: { clientId?: string } = {}): Promise<TestClient> {
    return TestClient.connect(this.network, this.fixture.clock, this.address, options);
  }

  /** Advances the manual clock and lets the work it triggers run. */
  async advance(ms: number): Promise<void> {
    this.fixture.clock.advance(ms);
    await settle();
  }
}

function raftStatusOf(fixture: ControllerFixture): RaftStatus {
  const id = 1 as NodeId;
  return {
    id, role: fixture.role, epoch: epochOf(fixture.epoch), leader: fixture.role === 'leader' ? id : null, votedFor: id,
    voters: [id], isVoter: true, logStartOffset: 0, endOffset: 7, lastEpoch: fixture.epoch, durableEndOffset: 7,
    highWatermark: 7, appliedEndOffset: 7, snapshotId: null, replicas: [{ id, endOffset: 7 }],
  } as unknown as RaftStatus;
}

/** Creates a one-partition topic through CreateTopics v7, expects success, returns its id. */
export async function createTopic(client: TestClient, name: string, configs: Record<string, string> = {}): Promise<Uuid> {
  const response = await client.request<CreateTopicsResponse>(ApiKey.CreateTopics, 7, {
    topics: [{ name: topicName(name), numPartitions: 1, replicationFactor: 1, assignments: [],
      configs: Object.entries(configs).map(([key, value]) => ({ name: key, value })) }],
    timeoutMs: 1000, validateOnly: false });
  expect(response.topics[0]?.errorCode).toBe(ErrorCode.NONE);
  return response.topics[0]?.topicId as Uuid;
}
