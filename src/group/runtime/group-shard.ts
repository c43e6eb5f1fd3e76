// One shard: the group state of one `__consumer_offsets` partition this broker leads (Kafka's
// GroupCoordinatorShard). It holds the three parts (offsets/, classic/, consumer/) and the
// registry of which kind of group each group id names, hands every loaded record to the part
// whose kind it is, and answers what spans the parts: ListGroups and DeleteGroups.
//
// The registry: a group id names at most one group of one kind in a shard, asked of the kinds
// themselves (`has`), so it can never disagree with them. A group id that only has committed
// offsets (simple commits, or a group whose records are gone) is not a group of either kind;
// ListGroups shows it as Kafka shows such a "simple" group: classic, Empty, protocol type "".
import assert from 'node:assert/strict';
import { ErrorCode } from '../../protocol/mod.js';
import { ClassicGroups } from '../classic/classic-groups.js';
import { ConsumerGroups } from '../consumer/consumer-groups.js';
import type { GroupKind, GroupListing, GroupType, GroupTypeLookup } from '../group-kind.js';
import type { GroupRecord } from '../group-records.js';
import { GroupWriteError, type GroupShardContext } from '../group-shard-context.js';
import { OffsetsPart } from '../offsets/offsets-part.js';

/** The state of one offsets partition, built by replaying it. */
export class GroupShard {
  readonly offsets: OffsetsPart;
  readonly classic: ClassicGroups;
  readonly consumer: ConsumerGroups;
  /** The registry: the kind of group a group id names here, if any. */
  readonly typeOf: GroupTypeLookup;
  private state: 'loading' | 'loaded' | 'unloaded' = 'loading';

  constructor(readonly context: GroupShardContext, options: { readonly offsetMetadataMaxBytes: number }) {
    this.typeOf = (groupId) => this.kindOf(groupId)?.type;
    this.classic = new ClassicGroups(context, this.typeOf);
    this.consumer = new ConsumerGroups(context, this.typeOf);
    this.offsets = new OffsetsPart(context, { kindOf: (groupId) => this.kindOf(groupId),
      metadataMaxBytes: options.offsetMetadataMaxBytes });
  }

  /** Whether the shard serves requests (loaded, not unloaded). */
  get isLoaded(): boolean {
    return this.state === 'loaded';
  }

  /** The group of `groupId`, if one of the kinds holds it. */
  kindOf(groupId: string): GroupKind | undefined {
    if (this.classic.has(groupId)) {
      assert.ok(!this.consumer.has(groupId), 'a group id names one group of one kind');
      return this.classic;
    }
    return this.consumer.has(groupId) ? this.consumer : undefined;
  }

  /** The part of kind `type`. */
  kind(type: GroupType): GroupKind {
    return type === 'classic' ? this.classic : this.consumer;
  }

  /** Hands a loaded record to the part of its kind; false when no part took it. */
  replay(record: GroupRecord): boolean {
    assert.equal(this.state, 'loading', 'records are replayed only while loading');
    return this.offsets.replay(record) || this.classic.replay(record) || this.consumer.replay(record);
  }

  /** The load is complete: the parts start their timers. */
  loaded(): void {
    assert.equal(this.state, 'loading', 'a shard loads once');
    this.state = 'loaded';
    this.offsets.loaded();
    this.classic.loaded();
    this.consumer.loaded();
  }

  /** Leadership moved (or the state must be rebuilt): every part stops. */
  unload(): void {
    if (this.state === 'unloaded') return;
    const wasLoaded = this.state === 'loaded';
    this.state = 'unloaded';
    if (!wasLoaded) return;
    this.consumer.unload();
    this.classic.unload();
    this.offsets.unload();
  }

  /** Every group of the shard, the offsets-only ("simple") ones included. */
  listGroups(): GroupListing[] {
    const listed = [...this.classic.list(), ...this.consumer.list()];
    for (const groupId of this.offsets.store.groupIds()) {
      if (this.kindOf(groupId) === undefined) listed.push({ groupId, protocolType: '', state: 'Empty', type: 'classic' });
    }
    return listed;
  }

  /**
   * DeleteGroups of one group: its kind's tombstones (GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP from
   * the kind) and its offsets' tombstones, written together; resolves with the error code.
   */
  async deleteGroup(groupId: string): Promise<number> {
    if (groupId === '') return ErrorCode.INVALID_GROUP_ID;
    const kind = this.kindOf(groupId);
    const planned = kind?.planDelete(groupId) ??
      { errorCode: this.offsets.hasOffsets(groupId) ? ErrorCode.NONE : ErrorCode.GROUP_ID_NOT_FOUND, records: [] };
    if (planned.errorCode !== ErrorCode.NONE) return planned.errorCode;
    const tombstones = this.offsets.tombstonesOf(groupId);
    this.offsets.apply(tombstones);
    try {
      await this.context.write([...planned.records, ...tombstones]);
    } catch (error) {
      if (error instanceof GroupWriteError) return error.errorCode;
      throw error;
    }
    kind?.deleted(groupId);
    return ErrorCode.NONE;
  }
}
