// Goal: each analysis of the Kafka workload's Metadata checker (sim/checkers/kafka-metadata.ts)
// fires on a history that holds its anomaly and stays silent on a clean one of the same shape;
// "acknowledged before the request was sent" is what decides, so an answer to a request sent
// before an acknowledgement may still show the old state.
// Method: hand-written admin histories fed straight to the checker; anomaly names are compared.
import { describe, expect, test } from 'vitest';
import { KafkaMetadataChecker, type KafkaMetadataAnomaly } from '../../sim/checkers/kafka-metadata.js';

function checker(): { metadata: KafkaMetadataChecker; reports: KafkaMetadataAnomaly[] } {
  const reports: KafkaMetadataAnomaly[] = [];
  return { metadata: new KafkaMetadataChecker((anomaly) => reports.push(anomaly)), reports };
}

const queue = { name: 'q', topicId: 'id-q', partitionCount: 2 };

describe('Kafka Metadata checker', () => {
  test('a clean history (create, grow, delete, a late answer showing the old state) reports nothing', () => {
    const { metadata, reports } = checker();
    metadata.created('q', { deletable: false });
    metadata.created('s', { deletable: true });
    metadata.observed(metadata.invoked(), [queue, { name: 's', topicId: 'id-s', partitionCount: 1 }]);
    const sentBeforeGrow = metadata.invoked();
    metadata.grown('s', 3);
    metadata.observed(sentBeforeGrow, [queue, { name: 's', topicId: 'id-s', partitionCount: 1 }]);
    metadata.observed(metadata.invoked(), [queue, { name: 's', topicId: 'id-s', partitionCount: 3 }]);
    const sentBeforeDelete = metadata.invoked();
    metadata.deleted('s');
    metadata.observed(sentBeforeDelete, [queue, { name: 's', topicId: 'id-s', partitionCount: 3 }]);
    metadata.observed(metadata.invoked(), [queue]);
    expect(reports).toEqual([]);
  });

  test('partitions-shrank: fewer partitions than listed before, or than acknowledged', () => {
    const listed = checker();
    listed.metadata.observed(listed.metadata.invoked(), [queue]);
    listed.metadata.observed(listed.metadata.invoked(), [{ ...queue, partitionCount: 1 }]);
    expect(listed.reports).toEqual(['partitions-shrank']);
    const acknowledged = checker();
    acknowledged.metadata.observed(acknowledged.metadata.invoked(), [queue]);
    acknowledged.metadata.grown('q', 4);
    acknowledged.metadata.observed(acknowledged.metadata.invoked(), [{ ...queue, partitionCount: 3 }]);
    expect(acknowledged.reports).toEqual(['partitions-shrank']);
  });

  test('deleted-topic-reappeared: the id of an acknowledged deletion listed again', () => {
    const { metadata, reports } = checker();
    metadata.observed(metadata.invoked(), [{ name: 's', topicId: 'id-s', partitionCount: 1 }]);
    metadata.deleted('s');
    metadata.observed(metadata.invoked(), [{ name: 's', topicId: 'id-s2', partitionCount: 1 }]);
    expect(reports).toEqual([]);
    metadata.observed(metadata.invoked(), [{ name: 's', topicId: 'id-s', partitionCount: 1 }]);
    expect(reports).toEqual(['deleted-topic-reappeared']);
  });

  test('topic-vanished: a created queue topic missing from a later answer', () => {
    const { metadata, reports } = checker();
    const sentBeforeCreate = metadata.invoked();
    metadata.created('q', { deletable: false });
    metadata.observed(sentBeforeCreate, []);
    expect(reports).toEqual([]);
    metadata.observed(metadata.invoked(), []);
    expect(reports).toEqual(['topic-vanished']);
  });
});
