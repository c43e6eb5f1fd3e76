// Goal: a node process that hits a fatal error (a request handler failing an assertion, as the
// CreateTopics/Produce/DeleteTopics race of issue 9 did) exits with code 1 in bounded time
// while its clients keep their sockets open: one whose request failed, one idle, one with a
// long-polling fetch in flight. Before the fix the failed request's slot was never finished and
// the shutdown drain waited for it until every client closed its socket. Method: a real
// `weir node` process started through a test-only entry point whose broker fails the requests
// of one client id (test/weir-node/support/node-with-failing-client.ts, compiled by `make
// build`); raw TCP sockets that the test never closes before the process has exited.
import { connect, type Socket } from 'node:net';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ApiKey, encodeRequestFrame, topicName } from '../../src/protocol/mod.js';
import {
  createCreateTopicsRequest, createCreateTopicsRequestCreatableTopic,
} from '../../src/protocol/generated/messages/create-topics.js';
import { createMetadataRequest } from '../../src/protocol/generated/messages/metadata.js';
import { fetchRequest } from '../broker/support-protocol.js';
import { NodeProcess } from '../interop/support/node-process.js';
import { failingClientId } from './support/failing-client-id.js';

const repositoryRoot = resolve(new URL('../..', import.meta.url).pathname);
const entryPoint = join(repositoryRoot, 'dist', 'test', 'weir-node', 'support', 'node-with-failing-client.js');

let node: NodeProcess | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await node?.dispose();
  node = undefined;
});

/** A socket connected to `address`, kept open until the test ends. */
function openSocket(address: string): Promise<Socket> {
  const cut = address.lastIndexOf(':');
  return new Promise((resolvePromise, reject) => {
    const socket = connect({ host: address.slice(0, cut), port: Number(address.slice(cut + 1)) }, () => resolvePromise(socket));
    socket.once('error', reject);
    // The node closing the socket is expected; the test only needs it not to be closed from here.
    socket.on('error', () => {});
    sockets.push(socket);
  });
}

describe('a fatal error in a node process', () => {
  test('ends the process with exit code 1 while every client keeps its socket open', async () => {
    if (!existsSync(entryPoint)) throw new Error(`Cannot start the node: "${entryPoint}" is missing; run "make build" first`);
    node = await NodeProcess.start({ mainScript: entryPoint });
    // The idle socket is never written to; like the others it stays open from this side.
    const [failing, polling] = [await openSocket(node.kafkaAddress), await openSocket(node.kafkaAddress),
      await openSocket(node.kafkaAddress)];
    // CreateTopics, then a fetch that long-polls its empty partition (requests run in order).
    polling.write(encodeRequestFrame({ requestApiKey: ApiKey.CreateTopics, requestApiVersion: 7, correlationId: 1,
      clientId: 'long-poller' }, createCreateTopicsRequest({ timeoutMs: 10_000, topics: [createCreateTopicsRequestCreatableTopic(
      { name: topicName('polled'), numPartitions: 1, replicationFactor: 1 })] })));
    polling.write(encodeRequestFrame({ requestApiKey: ApiKey.Fetch, requestApiVersion: 11, correlationId: 2,
      clientId: 'long-poller' }, fetchRequest({ topic: 'polled' }, { maxWaitMs: 600_000 })));
    failing.write(encodeRequestFrame({ requestApiKey: ApiKey.Metadata, requestApiVersion: 1, correlationId: 1,
      clientId: failingClientId }, createMetadataRequest({ topics: null })));
    // Bounded by NodeProcess's exit timeout: a node that waits for its clients fails here.
    expect(await node.waitForExit()).toBe(1);
    expect(node.log()).toContain('fatal error, stopping');
    // Every connection drained by itself: the failed request's slot was finished, and the long
    // poll ended when the broker began stopping; the drain bound was not what ended the wait.
    expect(node.log()).not.toContain('did not drain in time');
  });
});
