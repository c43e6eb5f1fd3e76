// A change of one consumer group under construction: each record an operation decides on is
// applied to the group at once and kept, so the next step of the operation sees the group as the
// log will have it, and the caller writes exactly the records that were applied.
import type { MetadataImage } from '../../metadata/image/metadata-image.js';
import type { ConsumerGroup } from './consumer-group.js';
import {
  groupEpochRecord, memberTombstones, subscriptionMetadataRecord, type ConsumerGroupRecord,
} from './consumer-group-records.js';
import { memberTopicNames, sameSubscriptionMetadata, subscriptionMetadata } from './topic-subscription.js';

export class GroupChange {
  readonly records: ConsumerGroupRecord[] = [];

  constructor(readonly group: ConsumerGroup) {}

  emit(record: ConsumerGroupRecord): void {
    this.group.apply(record);
    this.records.push(record);
  }

  /**
   * Recomputes the subscription metadata from the members and the image; writes it when it
   * changed. Returns whether it changed (a reason to bump the group epoch).
   */
  refreshSubscriptionMetadata(image: MetadataImage): boolean {
    const names = new Set<string>();
    for (const member of this.group.members.values()) {
      for (const name of memberTopicNames(member, image)) names.add(name);
    }
    const metadata = subscriptionMetadata(names, image);
    if (sameSubscriptionMetadata(metadata, this.group.subscriptionMetadata)) return false;
    this.emit(subscriptionMetadataRecord(this.group.groupId, metadata));
    return true;
  }

  bumpGroupEpoch(): void {
    this.emit(groupEpochRecord(this.group.groupId, this.group.groupEpoch + 1));
  }

  /**
   * Removes a member (it left, or was fenced): its three tombstones, the subscription metadata
   * without it, and a new group epoch so that the others get its partitions (Kafka's
   * consumerGroupFenceMember).
   */
  removeMember(memberId: string, image: MetadataImage): void {
    this.removeMemberRecords(memberId);
    this.refreshSubscriptionMetadata(image);
    this.bumpGroupEpoch();
  }

  /** The member's three tombstones only (a static member replaced by its new incarnation). */
  removeMemberRecords(memberId: string): void {
    for (const record of memberTombstones(this.group.groupId, memberId)) this.emit(record);
  }
}
