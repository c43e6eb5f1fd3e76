// Goal: bad bytes on one connection never hurt the node: garbage, a truncated frame, a frame with
// a huge length and requests with unknown API versions or keys are each answered with an error
// or end with the connection closed, and the node keeps serving other clients afterwards.
// Method: one node process; raw TCP sockets write hand-made frames (request header v1, big-endian
// as the Kafka protocol is) and wait, bounded, for a reply or the close; then a fresh connection
// and a real client (kcat, else kafkajs) must still get answers.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extraCheckWith } from './support/clients.js';
import { kcat } from './support/external-clients.js';
import { kafkajsClient } from './support/js-clients.js';
import { NodeProcess } from './support/node-process.js';

const waitMs = 10_000;
let node: NodeProcess;

beforeAll(async () => {
  node = await NodeProcess.start({ settings: { 'socket.request.max.bytes': String(1024 * 1024) } });
});
afterAll(async () => {
  await node?.dispose();
});

/**
 * A request frame: size, then header v1 (key, version, correlation id, client id), then body.
 * With `flexibleHeader`, header v2: the same plus an empty tagged-field section, which is what a
 * client sends for a flexible version (ApiVersions v3 and later, however new).
 */
function requestFrame(apiKey: number, apiVersion: number, correlationId: number, body = Buffer.alloc(0), flexibleHeader = false): Buffer {
  const clientId = Buffer.concat([Buffer.from('raw-socket-test'), Buffer.alloc(flexibleHeader ? 1 : 0)]);
  const header = Buffer.alloc(10);
  header.writeInt16BE(apiKey, 0);
  header.writeInt16BE(apiVersion, 2);
  header.writeInt32BE(correlationId, 4);
  header.writeInt16BE(clientId.length - (flexibleHeader ? 1 : 0), 8);
  const size = Buffer.alloc(4);
  size.writeInt32BE(header.length + clientId.length + body.length, 0);
  return Buffer.concat([size, header, clientId, body]);
}

interface Outcome {
  readonly closed: boolean;
  /** Complete response frames received (without their size prefix). */
  readonly frames: Buffer[];
}

/** Writes `bytes` on a new connection, optionally half-closes, and waits for close or `framesWanted` replies. */
function exchange(bytes: Buffer, options: { endAfterWrite?: boolean; framesWanted?: number } = {}): Promise<Outcome> {
  const [host, port] = splitAddress(node.kafkaAddress);
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host, port });
    let received = Buffer.alloc(0);
    const frames: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no reply and no close within ${waitMs} ms\n${node.log().slice(-3000)}`));
    }, waitMs);
    const finish = (closed: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ closed, frames });
    };
    socket.on('connect', () => {
      socket.write(bytes);
      if (options.endAfterWrite === true) socket.end();
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      while (received.length >= 4 && received.length >= 4 + received.readInt32BE(0)) {
        frames.push(received.subarray(4, 4 + received.readInt32BE(0)));
        received = received.subarray(4 + received.readInt32BE(0));
      }
      if (options.framesWanted !== undefined && frames.length >= options.framesWanted) finish(false);
    });
    socket.on('error', () => {});
    socket.on('close', () => finish(true));
  });
}

function splitAddress(address: string): [string, number] {
  const colon = address.lastIndexOf(':');
  return [address.slice(0, colon), Number(address.slice(colon + 1))];
}

/** ApiVersions v0 response: correlation id, error code, api_keys [key, min, max]. */
function parseApiVersionsV0(frame: Buffer): { correlationId: number; errorCode: number; apiKeys: Map<number, [number, number]> } {
  const apiKeys = new Map<number, [number, number]>();
  const count = frame.readInt32BE(6);
  for (let index = 0; index < count; index += 1) {
    const at = 10 + index * 6;
    apiKeys.set(frame.readInt16BE(at), [frame.readInt16BE(at + 2), frame.readInt16BE(at + 4)]);
  }
  return { correlationId: frame.readInt32BE(0), errorCode: frame.readInt16BE(4), apiKeys };
}

/** The node still answers a well-formed ApiVersions v0 and a real client's Metadata. */
async function expectStillServing(): Promise<void> {
  const outcome = await exchange(requestFrame(18, 0, 77), { framesWanted: 1 });
  const reply = parseApiVersionsV0(outcome.frames[0] as Buffer);
  expect(reply.correlationId).toBe(77);
  expect(reply.errorCode).toBe(0);
  expect(reply.apiKeys.get(18)?.[0]).toBe(0);
  if (extraCheckWith('kcat')) {
    const listing = await kcat(['-b', node.kafkaAddress, '-L', '-m', '10']);
    expect(listing.stdout).toContain('1 brokers');
  } else {
    const admin = kafkajsClient(node.kafkaAddress).admin();
    await admin.connect();
    expect((await admin.describeCluster()).brokers).toHaveLength(1);
    await admin.disconnect();
  }
  expect(node.isRunning()).toBe(true);
}

describe('malformed input on raw sockets', () => {
  test('a well-formed ApiVersions v0 is answered (control for the cases below)', async () => {
    await expectStillServing();
  });

  test('garbage bytes close the connection and the node keeps serving', async () => {
    const garbage = Buffer.alloc(64, 0xff);
    garbage.writeInt32BE(60, 0);
    const outcome = await exchange(garbage);
    expect(outcome.closed).toBe(true);
    await expectStillServing();
  });

  test('a frame cut short, then the peer closing, ends the connection and the node keeps serving', async () => {
    const frame = requestFrame(3, 1, 5, Buffer.alloc(40, 0));
    const outcome = await exchange(frame.subarray(0, frame.length - 20), { endAfterWrite: true });
    expect(outcome.closed).toBe(true);
    expect(outcome.frames).toHaveLength(0);
    await expectStillServing();
  });

  test('a frame length above socket.request.max.bytes closes the connection at once', async () => {
    const huge = Buffer.alloc(8);
    huge.writeInt32BE(0x7fffffff, 0);
    const outcome = await exchange(huge);
    expect(outcome.closed).toBe(true);
    const negative = Buffer.alloc(8);
    negative.writeInt32BE(-5, 0);
    expect((await exchange(negative)).closed).toBe(true);
    await expectStillServing();
  });

  test('an unknown ApiVersions version is answered UNSUPPORTED_VERSION with a v0 body naming ApiVersions', async () => {
    const outcome = await exchange(requestFrame(18, 127, 9, Buffer.alloc(20, 0x41), true), { framesWanted: 1 });
    const reply = parseApiVersionsV0(outcome.frames[0] as Buffer);
    expect(reply.correlationId).toBe(9);
    expect(reply.errorCode).toBe(35);
    expect(reply.apiKeys.has(18)).toBe(true);
    await expectStillServing();
  });

  test('an unsupported version of another API, and an unknown API key, close the connection', async () => {
    expect((await exchange(requestFrame(3, 99, 11, Buffer.alloc(8, 0)))).closed).toBe(true);
    expect((await exchange(requestFrame(9999, 0, 12))).closed).toBe(true);
    await expectStillServing();
  });
});
