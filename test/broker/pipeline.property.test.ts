// Goal: whatever mix of produce (acks 0, 1, -1; sound or corrupt batches), fetch and metadata
// requests a client pipelines on one connection, the broker answers every request that expects
// an answer exactly once and in request order, assigns offsets in request order without gaps,
// refuses corrupt batches without appending them, and serves exactly the accepted records.
// Method: fast-check command lists against a model (the list of accepted values in send order),
// fixed seed and bounded runs; a negative control feeds the checker a reordered receipt list
// and must see it rejected.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeRecordBatches } from '../../storage/mod.js';
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.js';
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.js';
import {
  ApiKey, ErrorCode, batchOf, fetchRequest, fromUtf8, metadataRequest, produceRequest,
} from './support-protocol.js';
import { BrokerHarness, type ReceivedResponse } from './support.js';

type Command =
  | { readonly kind: 'produce'; readonly acks: 0 | 1 | -1; readonly recordCount: number; readonly corrupt: boolean }
  | { readonly kind: 'fetch' }
  | { readonly kind: 'metadata' };

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('produce' as const), acks: fc.constantFrom(0 as const, 1 as const, -1 as const),
    recordCount: fc.integer({ min: 1, max: 4 }), corrupt: fc.boolean() })
    .map((command) => ({ ...command, corrupt: command.corrupt && command.acks !== 0 })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'fetch' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'metadata' as const }) },
);

interface Sent {
  readonly command: Command;
  readonly correlationId: number;
  readonly tag: string;
}

function corrupted(batch: Uint8Array): Uint8Array {
  const copy = batch.slice();
  copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 0x40;
  return copy;
}

function valuesOf(records: Uint8Array | null): string[] {
  return decodeRecordBatches(records ?? new Uint8Array(0)).flatMap((batch) => batch.records.map((record) => fromUtf8(record.value) ?? ''));
}

/** Checks the receipts against the model; returns a description of the first violation, or null. */
function violation(sent: readonly Sent[], received: readonly ReceivedResponse[]): string | null {
  const answered = sent.filter((entry) => !(entry.command.kind === 'produce' && entry.command.acks === 0));
  if (received.length !== answered.length) return `${received.length} responses for ${answered.length} requests`;
  const model: string[] = [];
  for (const [index, entry] of sent.entries()) {
    const { command } = entry;
    const values = command.kind === 'produce' ? Array.from({ length: command.recordCount }, (_, at) => `${entry.tag}-${at}`) : [];
    const accepted = command.kind === 'produce' && !command.corrupt;
    const receiptIndex = answered.indexOf(entry);
    const receipt = received[receiptIndex];
    if (receiptIndex >= 0 && receipt?.correlationId !== entry.correlationId) return `response ${receiptIndex} out of order`;
    if (command.kind === 'produce' && receipt !== undefined) {
      const partition = (receipt.body as ProduceResponse).responses[0]?.partitionResponses[0];
      const expectedCode = command.corrupt ? ErrorCode.CORRUPT_MESSAGE : ErrorCode.NONE;
      if (partition?.errorCode !== expectedCode) return `produce ${index} answered ${partition?.errorCode}`;
      if (accepted && partition.baseOffset !== BigInt(model.length)) return `produce ${index} got offset ${partition.baseOffset}`;
    }
    if (command.kind === 'fetch' && receipt !== undefined) {
      const seen = valuesOf((receipt.body as FetchResponse).responses[0]?.partitions[0]?.records ?? null);
      if (seen.some((value, at) => value !== model[at] && !(at >= model.length))) return `fetch ${index} saw another history`;
    }
    if (accepted) model.push(...values);
  }
  return null;
}

async function runCommands(commands: readonly Command[]): Promise<{ sent: Sent[]; received: ReceivedResponse[];
  finalValues: string[]; model: string[] }> {
  const harness = await BrokerHarness.start();
  try {
    const client = await harness.client();
    await client.request(ApiKey.Metadata, 9, metadataRequest(['pipe']));
    client.received.splice(0);
    const sent: Sent[] = commands.map((command, index) => {
      const tag = `c${index}`;
      switch (command.kind) {
        case 'produce': {
          const batch = batchOf(tag, command.recordCount);
          const correlationId = client.send(ApiKey.Produce, 9, produceRequest('pipe', command.corrupt ? corrupted(batch) : batch,
            { acks: command.acks }), { expectResponse: command.acks !== 0 });
          return { command, correlationId, tag };
        }
        case 'fetch': return { command, correlationId: client.send(ApiKey.Fetch, 11, fetchRequest({ topic: 'pipe' })), tag };
        case 'metadata': return { command, correlationId: client.send(ApiKey.Metadata, 9, metadataRequest(['pipe'])), tag };
        default: {
          const unexpected: never = command;
          throw new Error(`unknown command ${String(unexpected)}`);
        }
      }
    });
    const last = [...sent].reverse().find((entry) => !(entry.command.kind === 'produce' && entry.command.acks === 0));
    if (last !== undefined) await client.responseTo(last.correlationId);
    const received = [...client.received];
    const final = await client.request<FetchResponse>(ApiKey.Fetch, 11, fetchRequest({ topic: 'pipe' }));
    const model = sent.flatMap((entry) => entry.command.kind === 'produce' && !entry.command.corrupt
      ? Array.from({ length: entry.command.recordCount }, (_, at) => `${entry.tag}-${at}`) : []);
    return { sent, received, finalValues: valuesOf(final.responses[0]?.partitions[0]?.records ?? null), model };
  } finally {
    await harness.broker.stop();
  }
}

describe('pipelined requests on one connection', () => {
  test('are answered once, in order, with offsets and contents that match the model', async () => {
    await fc.assert(fc.asyncProperty(fc.array(commandArbitrary, { minLength: 1, maxLength: 25 }), async (commands) => {
      const { sent, received, finalValues, model } = await runCommands(commands);
      expect(violation(sent, received)).toBeNull();
      expect(finalValues).toEqual(model);
    }), { seed: 11, numRuns: process.env.CI === 'true' ? 40 : 25 });
  });

  test('negative control: the checker rejects responses delivered out of order', async () => {
    const commands: Command[] = [{ kind: 'produce', acks: 1, recordCount: 1, corrupt: false }, { kind: 'metadata' },
      { kind: 'produce', acks: -1, recordCount: 2, corrupt: false }];
    const { sent, received } = await runCommands(commands);
    expect(violation(sent, received)).toBeNull();
    const swapped = [received[1], received[0], ...received.slice(2)] as ReceivedResponse[];
    expect(violation(sent, swapped)).toMatch(/out of order/);
    const renumbered = received.map((receipt, index) => index === 2
      ? { ...receipt, body: { ...(receipt.body as ProduceResponse), responses: [{ name: 'pipe', partitionResponses: [
        { ...(receipt.body as ProduceResponse).responses[0]?.partitionResponses[0], baseOffset: 7n }] }] } }
      : receipt);
    expect(violation(sent, renumbered as ReceivedResponse[])).toMatch(/offset/);
  });
});
