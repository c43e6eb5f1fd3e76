// Goal: the publisher applies committed entries in order (data entries' records; control entries
// only move the offset), tells listeners what changed, wakes offset waiters, restores snapshots,
// and reports the epoch it has applied. Method: entries built by hand and fed to `apply` and
// `restore` as RaftDriver would.
import { describe, expect, test } from 'vitest';
import { nodeId as raftNodeId, type Entry, type Epoch, type Offset, type Snapshot } from '../../../raft/mod.js';
import { nodeId, topicName, type Uuid } from '../../../src/protocol/mod.js';
import { createConfigRecord } from '../../../src/protocol/generated/metadata/config-record.js';
import { createPartitionRecord } from '../../../src/protocol/generated/metadata/partition-record.js';
import { createRemoveTopicRecord } from '../../../src/protocol/generated/metadata/remove-topic-record.js';
import { createTopicRecord } from '../../../src/protocol/generated/metadata/topic-record.js';
import { encodeMetadataRecords, type MetadataRecord } from '../../../src/metadata/metadata-records.js';
import { encodeImageSnapshot } from '../../../src/metadata/image/metadata-image.js';
import type { MetadataDelta } from '../../../src/metadata/image/metadata-delta.js';
import { MetadataPublisher } from '../../../src/metadata/image/metadata-publisher.js';
import { snapshotWhenDue } from '../../../src/metadata/image/snapshot-policy.js';

const topicId = 'dG9waWMtaWQtZm9yLXB1Yg' as Uuid;

function data(offset: number, records: MetadataRecord[], epoch = 1): Entry {
  return { offset: offset as Offset, epoch: epoch as Epoch, kind: 'data', payload: encodeMetadataRecords(records) };
}

function leaderChange(offset: number, epoch: number): Entry {
  return { offset: offset as Offset, epoch: epoch as Epoch, kind: 'leader-change', payload: new Uint8Array(0) };
}

const createTopic: MetadataRecord[] = [
  { type: 'TopicRecord', record: createTopicRecord({ name: topicName('events'), topicId }) },
  {
    type: 'PartitionRecord',
    record: createPartitionRecord({ partitionId: 0, topicId, replicas: [nodeId(1)], isr: [1], leader: nodeId(1), leaderEpoch: 0, partitionEpoch: 0 }),
  },
];

describe('MetadataPublisher', () => {
  test('applies data entries, moves the offset over control entries, and tracks the epoch', () => {
    const publisher = new MetadataPublisher({ checkInvariants: true });
    expect(publisher.current().offset).toBe(-1);
    publisher.apply([leaderChange(0, 1), data(1, createTopic)]);
    expect(publisher.current().offset).toBe(1);
    expect(publisher.current().topicsByName.has(topicName('events'))).toBe(true);
    publisher.apply([leaderChange(2, 2)]);
    expect(publisher.current().offset).toBe(2);
    expect(publisher.appliedEpoch()).toBe(2);
  });

  test('listeners get each new image with the topics created, changed and deleted', () => {
    const publisher = new MetadataPublisher();
    const deltas: MetadataDelta[] = [];
    publisher.subscribe((_image, delta) => deltas.push(delta));
    publisher.apply([data(0, createTopic)]);
    publisher.apply([data(1, [{ type: 'ConfigRecord', record: createConfigRecord({ resourceType: 2, resourceName: 'events', name: 'retention.ms', value: '5' }) }])]);
    publisher.apply([data(2, [{ type: 'RemoveTopicRecord', record: createRemoveTopicRecord({ topicId }) }])]);
    expect(deltas.map((delta) => [delta.createdTopics.length, delta.changedTopics.length, delta.deletedTopics.length])).toEqual([
      [1, 0, 0], [0, 1, 0], [0, 0, 1],
    ]);
    expect(deltas[2]!.deletedTopics[0]!.name).toBe('events');
    expect(deltas[0]!.records.map((record) => record.type)).toEqual(['TopicRecord', 'PartitionRecord']);
  });

  test('an unsubscribed listener hears nothing more', () => {
    const publisher = new MetadataPublisher();
    let calls = 0;
    const unsubscribe = publisher.subscribe(() => { calls += 1; });
    publisher.apply([leaderChange(0, 1)]);
    unsubscribe();
    publisher.apply([leaderChange(1, 1)]);
    expect(calls).toBe(1);
  });

  test('waitForOffset resolves at once when reached, else when an image reaches it', async () => {
    const publisher = new MetadataPublisher();
    publisher.apply([leaderChange(0, 1)]);
    await expect(publisher.waitForOffset(0)).resolves.toMatchObject({ offset: 0 });
    let resolved = -1;
    const waiting = publisher.waitForOffset(2).then((image) => { resolved = image.offset; });
    publisher.apply([data(1, createTopic)]);
    await Promise.resolve();
    expect(resolved).toBe(-1);
    publisher.apply([leaderChange(2, 1), leaderChange(3, 1)]);
    await waiting;
    expect(resolved).toBe(3);
  });

  test('restoring a snapshot replaces the image, and listeners learn it came from a snapshot', () => {
    const source = new MetadataPublisher();
    source.apply([data(0, createTopic, 3)]);
    const snapshot: Snapshot = { id: { offset: 1 as Offset, epoch: 3 as Epoch }, data: encodeImageSnapshot(source.current()), voters: [raftNodeId(1)] };
    const publisher = new MetadataPublisher({ checkInvariants: true });
    const deltas: MetadataDelta[] = [];
    publisher.subscribe((_image, delta) => deltas.push(delta));
    publisher.restore(snapshot);
    expect(publisher.current()).toEqual(source.current());
    expect(publisher.appliedEpoch()).toBe(3);
    expect(deltas[0]).toMatchObject({ fromSnapshot: true });
    expect(deltas[0]!.createdTopics.map((topic) => topic.name)).toEqual(['events']);
    publisher.apply([leaderChange(1, 4)]);
    expect(publisher.current().offset).toBe(1);
  });

  test('snapshot() covers the image: restoring it yields the same image', () => {
    const publisher = new MetadataPublisher();
    publisher.apply([data(0, createTopic), leaderChange(1, 1)]);
    const bytes = publisher.snapshot();
    const other = new MetadataPublisher();
    other.restore({ id: { offset: 2 as Offset, epoch: 1 as Epoch }, data: bytes, voters: [] });
    expect(other.current()).toEqual(publisher.current());
  });

  test('an entry applied twice is a bug and fails an assertion', () => {
    const publisher = new MetadataPublisher();
    publisher.apply([leaderChange(0, 1)]);
    expect(() => publisher.apply([leaderChange(0, 1)])).toThrow(/once, in offset order/);
  });

  test('snapshotWhenDue asks for a snapshot every N entries, and stops when told', () => {
    const publisher = new MetadataPublisher();
    const asked: number[] = [];
    const stop = snapshotWhenDue(publisher, () => asked.push(publisher.current().offset), { entriesBetweenSnapshots: 3 });
    for (let offset = 0; offset < 7; offset += 1) publisher.apply([leaderChange(offset, 1)]);
    publisher.apply([leaderChange(7, 1), leaderChange(8, 1), leaderChange(9, 1), leaderChange(10, 1)]);
    expect(asked).toEqual([2, 5, 10]);
    stop();
    publisher.apply([leaderChange(11, 1), leaderChange(12, 1), leaderChange(13, 1), leaderChange(14, 1)]);
    expect(asked).toEqual([2, 5, 10]);
  });
});
