// The KIP-848 consumer groups (ConsumerGroupHeartbeat, ConsumerGroupDescribe) of one shard.
// This first version holds no groups yet: the protocol's operations are being built on it (issue 12).
import type { GroupRecord } from '../group-records.js';
import type { GroupKind, GroupListing, GroupTypeLookup, OffsetRequester } from '../group-kind.js';
import type { GroupShardContext } from '../group-shard-context.js';

export class ConsumerGroups implements GroupKind {
  readonly type = 'consumer' as const;

  constructor(readonly context: GroupShardContext, readonly typeOf: GroupTypeLookup) {}

  replay(_record: GroupRecord): boolean { return false; }
  loaded(): void {}
  unload(): void {}
  has(_groupId: string): boolean { return false; }
  list(): GroupListing[] { return []; }
  validateOffsetCommit(_groupId: string, _requester: OffsetRequester): number { return 0; }
  validateOffsetFetch(_groupId: string, _requester: OffsetRequester): number { return 0; }
  isSubscribedTo(_groupId: string, _topic: string): boolean { return false; }
  emptySince(_groupId: string): number | undefined { return undefined; }
  planDelete(_groupId: string): { readonly errorCode: number; readonly records: readonly GroupRecord[] } {
    return { errorCode: 69 /* GROUP_ID_NOT_FOUND */, records: [] };
  }
  deleted(_groupId: string): void {}
}
