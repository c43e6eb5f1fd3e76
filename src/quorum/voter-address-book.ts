// Where every voter the metadata log ever named is reached (KIP-853). Part of src/quorum/.
//
// The voter SET is the core's (the newest `voters` record); this book holds ADDRESSES: the
// bootstrap controller.quorum.voters first, then every voter a `voters` record names, the newer
// record winning. It only grows: a removed voter's address does no harm (the core no longer
// sends it anything) and a truncated addition may come back. It is kept in its own file, as a
// VotersRecord, because a snapshot compacts away the records that named the voters: after a
// restart the book still knows the voters added before the snapshot.
import { type NodeId } from '../../raft/mod.js';
import { CorruptionError, readChecksummedFile, writeChecksummedFile, type Disk } from '../../storage/mod.js';
import { makeDurableDirectory } from './durable-directory.js';
import { decodeVotersRecord, dialAddress, encodeVotersRecord, type VoterInfo } from './voters-record.js';

/** The book's file under a node's data directory. */
export function voterAddressBookPath(dataDirectory: string): string {
  return `${dataDirectory}/voters/voter-endpoints`;
}

/**
 * The dial addresses a node's stored book holds, or null before its first save: a restarted
 * node of a dynamic quorum needs no bootstrap server to find the voters it already knew.
 */
export async function storedVoterAddresses(disk: Disk, dataDirectory: string): Promise<Map<NodeId, string> | null> {
  const book = await VoterAddressBook.open(disk, dataDirectory, []);
  return book.all().size === 0 ? null : book.dialAddresses();
}

/** The voters' addresses, durable across restarts. */
export class VoterAddressBook {
  private readonly voters = new Map<NodeId, VoterInfo>();
  private readonly path: string;
  private dirty = false;

  private constructor(private readonly disk: Disk, dataDirectory: string) {
    this.path = voterAddressBookPath(dataDirectory);
  }

  /** Opens the book: the bootstrap voters, overridden by what the file holds. CorruptionError on a bad file. */
  static async open(disk: Disk, dataDirectory: string, bootstrap: readonly VoterInfo[]): Promise<VoterAddressBook> {
    const book = new VoterAddressBook(disk, dataDirectory);
    for (const voter of bootstrap) book.voters.set(voter.id, voter);
    // Nothing is created until there is something to keep: a static quorum never writes the book.
    const contents = await readChecksummedFile(disk, book.path);
    if (contents === undefined) return book;
    let stored: VoterInfo[] | null;
    try {
      stored = decodeVotersRecord(contents);
    } catch (error) {
      throw new CorruptionError(`Cannot read "${book.path}": not a VotersRecord (${String(error)})`, book.path, 0,
        'bad-checksummed-file');
    }
    for (const voter of stored ?? []) book.voters.set(voter.id, voter);
    return book;
  }

  /** Learns the voters a record names; true when an address was new or changed. */
  learn(voters: readonly VoterInfo[]): boolean {
    let changed = false;
    for (const voter of voters) {
      const known = this.voters.get(voter.id);
      if (known !== undefined && JSON.stringify(known) === JSON.stringify(voter)) continue;
      // A record that knows no endpoint for a voter (a bootstrap voter re-listed) keeps the known ones.
      if (voter.endpoints.length === 0 && known !== undefined) continue;
      this.voters.set(voter.id, voter);
      changed = true;
    }
    if (changed) this.dirty = true;
    return changed;
  }

  /** What is known of `id`, or undefined. */
  get(id: NodeId): VoterInfo | undefined {
    return this.voters.get(id);
  }

  /** The address to dial for every voter with a known endpoint. */
  dialAddresses(): Map<NodeId, string> {
    const addresses = new Map<NodeId, string>();
    for (const [voter, info] of this.voters) {
      const address = dialAddress(info);
      if (address !== null) addresses.set(voter, address);
    }
    return addresses;
  }

  /** Every voter known, by id. */
  all(): ReadonlyMap<NodeId, VoterInfo> {
    return this.voters;
  }

  /** Writes the book if it learned something since the last save. */
  async saveIfChanged(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    await makeDurableDirectory(this.disk, this.path.slice(0, this.path.lastIndexOf('/')));
    await writeChecksummedFile(this.disk, this.path, encodeVotersRecord([...this.voters.values()]));
  }
}
