// The durable quorum state of a KRaft voter (KIP-595's quorum-state file): epoch, voted-for and
// leader. Part of src/quorum/. Written atomically with a checksum through storage's atomic
// file (temp file, fsync, rename, fsync directory), before any message that depends on it is
// sent (raft/ready.ts, step 1). A flipped bit is reported as CorruptionError, never parsed.
import assert from 'node:assert/strict';
import { epoch, nodeId, type HardState } from '../../raft/mod.js';
import { makeDurableDirectory } from './durable-directory.js';
import { CorruptionError, readChecksummedFile, writeChecksummedFile, type Disk } from '../../storage/mod.js';

/** Where the quorum state lives under a node's data directory; alone in its folder. */
export function quorumStatePath(dataDirectory: string): string {
  return `${dataDirectory}/quorum/quorum-state`;
}

interface QuorumStateJson {
  readonly epoch: number;
  readonly votedFor: number | null;
  readonly leader: number | null;
}

/** Reads and writes one node's quorum-state file. */
export class QuorumStateStore {
  private readonly path: string;
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  constructor(private readonly disk: Disk, dataDirectory: string) {
    this.path = quorumStatePath(dataDirectory);
  }

  /** The stored state, or null before the first write. Throws CorruptionError on a bad file. */
  async load(): Promise<HardState | null> {
    await makeDurableDirectory(this.disk, this.path.slice(0, this.path.lastIndexOf('/')));
    const contents = await readChecksummedFile(this.disk, this.path);
    if (contents === undefined) return null;
    let parsed: QuorumStateJson;
    try {
      parsed = JSON.parse(this.decoder.decode(contents)) as QuorumStateJson;
    } catch {
      throw new CorruptionError(`Cannot read "${this.path}": not JSON`, this.path, 0, 'bad-checksummed-file');
    }
    return {
      epoch: epoch(parsed.epoch),
      votedFor: parsed.votedFor === null ? null : nodeId(parsed.votedFor),
      leader: parsed.leader === null ? null : nodeId(parsed.leader),
    };
  }

  /** Replaces the stored state durably. */
  async save(state: HardState): Promise<void> {
    assert(state.epoch >= 0, 'epochs are not negative');
    const json: QuorumStateJson = { epoch: state.epoch, votedFor: state.votedFor, leader: state.leader };
    await writeChecksummedFile(this.disk, this.path, this.encoder.encode(JSON.stringify(json)));
  }
}
