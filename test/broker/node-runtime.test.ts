// Goal: the broker on the production runtime (real TCP on a port-0 loopback listener, real files
// in a temporary directory): the bound port is reported, a real socket is served, garbage on one
// socket closes only that socket, and stop() completes while clients keep idle connections open
// (Node's server.close waits for connections, so they must be drained first). Method: a broker
// with the stand-in quorum; the client is Weir's KafkaConnection on the Node.js runtime, the
// garbage goes through a raw node:net socket (no client sends it); bounded polling, no sleeps.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { Broker } from '../../src/broker/broker.js';
import { noopBrokerMetrics } from '../../src/broker/metrics.js';
import { silentLogger } from '../../src/log/logger.js';
import { KafkaConnection } from '../../src/net/kafka-client/kafka-connection.js';
import { ApiKey } from '../../src/protocol/mod.js';
import { createApiVersionsRequest, type ApiVersionsResponse } from '../../src/protocol/generated/messages/api-versions.js';
import { createNodeRuntime } from '../../src/runtime/nodejs/node-runtime.js';
import type { RaftStatus } from '../../raft/mod.js';
import { ControllerFixture, testConfig } from '../controller/controller-fixture.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 400 && !condition(); turn += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

/** A raw socket for bytes no client would send; `closed` tells when the broker dropped it. */
function openSocket(port: number): Promise<{ socket: Socket; closed: () => boolean }> {
  return new Promise((resolve, reject) => {
    let closed = false;
    const socket = connect({ host: '127.0.0.1', port }, () => resolve({ socket, closed: () => closed }));
    socket.on('close', () => { closed = true; });
    socket.on('error', reject);
  });
}

test('a broker on real sockets serves, survives garbage on another socket, and stops with idle clients', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'weir-broker-'));
  directories.push(directory);
  const config = testConfig(`listeners=PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:9093\nlog.dirs=${directory}`);
  const fixture = new ControllerFixture({ config });
  const broker = new Broker({
    runtime: createNodeRuntime(), config, logger: silentLogger(), publisher: fixture.publisher,
    controller: fixture.controller, metrics: noopBrokerMetrics(),
    raftStatus: () => ({ role: 'leader' }) as unknown as RaftStatus,
  });
  await broker.start();
  const [bound] = broker.boundAddresses();
  expect(bound?.port).toBeGreaterThan(0);
  const port = bound?.port ?? 0;
  const runtime = createNodeRuntime();
  const client = new KafkaConnection(runtime.clock, await runtime.network.connect(`127.0.0.1:${port}`),
    { clientId: 't', inFlightMax: 1, queuedRequestsMax: 0, responseBytesMax: 1024 * 1024 });
  const rogue = await openSocket(port);
  rogue.socket.write(new Uint8Array([0, 0, 0, 6, 0x12, 0x34, 0, 0, 0, 0]));
  await until(rogue.closed, 'the rogue socket to be closed');
  const answer = await client.request<ApiVersionsResponse>({ apiKey: ApiKey.ApiVersions, apiVersion: 3, timeoutMs: 5_000,
    expectResponse: true, body: createApiVersionsRequest({ clientSoftwareName: 'test', clientSoftwareVersion: '1' }) });
  expect(answer.kind === 'response' && answer.body.errorCode).toBe(0);
  await broker.stop();
  await until(() => !client.isOpen, 'the idle client to be closed by stop');
});
