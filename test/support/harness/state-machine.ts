// The state machine of the Raft test harness: the list of data payloads applied so far, in
// offset order. It is deliberately trivial (two replicas agree exactly when their lists are
// equal) but complete enough to take and restore snapshots whose bytes travel in chunks through
// FetchSnapshot (KIP-630). Control entries (leader-change, voters) are applied too: they change
// no data but advance the applied offset, and a voters entry sets the voter set a snapshot records.
import assert from 'node:assert/strict';
import type { Entry, NodeId, Snapshot } from '../../../raft/mod.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The payloads applied and the offset reached. */
export class StateMachine {
  /** False for benchmarks: count data entries only, so memory stays flat over millions. */
  readonly #keepPayloads: boolean;
  #dataCount = 0;
  /** Data payloads applied, oldest first, each with the offset it had in the log. */
  #payloads: { readonly offset: number; readonly payload: Uint8Array }[] = [];
  /** One past the last offset applied (from a snapshot or an entry). */
  #appliedEnd = 0;
  #voters: readonly NodeId[] | null = null;

  constructor(options: { readonly keepPayloads?: boolean } = {}) {
    this.#keepPayloads = options.keepPayloads ?? true;
  }

  /** How many data entries were applied in this incarnation (after any snapshot restore). */
  get dataCount(): number {
    return this.#dataCount;
  }

  /** One past the last offset applied. */
  get appliedEnd(): number {
    return this.#appliedEnd;
  }

  /** The voter set last applied (from a voters entry or a snapshot), null if none yet. */
  get voters(): readonly NodeId[] | null {
    return this.#voters;
  }

  /** The payloads applied, as text, oldest first. */
  texts(): string[] {
    return this.#payloads.map((item) => decoder.decode(item.payload));
  }

  /** Applies the next committed entry. Precondition: it is the next offset. */
  apply(entry: Entry): void {
    assert.equal(entry.offset, this.#appliedEnd, 'entries are applied in order, without gaps');
    if (entry.kind === 'data') {
      this.#dataCount++;
      if (this.#keepPayloads) this.#payloads.push({ offset: entry.offset, payload: entry.payload });
    }
    if (entry.kind === 'voters') this.#voters = entry.voters ?? null;
    this.#appliedEnd = entry.offset + 1;
  }

  /** Replaces the state with a snapshot's. */
  restore(snapshot: Snapshot): void {
    this.#payloads = decodePayloads(snapshot.data);
    assert.ok(this.#payloads.every((item) => item.offset < snapshot.id.offset), 'snapshot holds only earlier offsets');
    this.#appliedEnd = snapshot.id.offset;
    this.#voters = snapshot.voters;
  }

  /**
   * The bytes of the state as of end offset `endOffset` (everything applied below it).
   * Precondition: endOffset <= appliedEnd.
   */
  encodeUpTo(endOffset: number): Uint8Array {
    assert.ok(endOffset <= this.#appliedEnd, `state at ${endOffset} is not applied yet`);
    const lines = this.#payloads
      .filter((item) => item.offset < endOffset)
      .map((item) => `${item.offset} ${Buffer.from(item.payload).toString('base64')}`);
    return encoder.encode(lines.join('\n'));
  }
}

/** Reads the bytes `encodeUpTo` wrote. */
function decodePayloads(data: Uint8Array): { offset: number; payload: Uint8Array }[] {
  const text = decoder.decode(data);
  if (text === '') return [];
  return text.split('\n').map((line) => {
    const [offsetText, base64] = line.split(' ');
    assert.ok(offsetText !== undefined && base64 !== undefined, `bad snapshot line "${line}"`);
    return { offset: Number(offsetText), payload: new Uint8Array(Buffer.from(base64, 'base64')) };
  });
}
