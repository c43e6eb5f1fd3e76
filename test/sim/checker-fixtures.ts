// Hand-built inputs for the checker tests (checkers.test.ts, raft-safety-checkers.test.ts): a
// node, an entry, a Ready with only the given fields, a became-leader event, a collector of
// reported anomalies. Not a test file itself.
import { epoch, nodeId, offset, type Entry, type RaftEvent, type Ready } from '../../raft/mod.js';
import type { CheckedNode } from '../../sim/checkers/checked-node.js';

export function checkedNode(id: number, incarnation = 0): CheckedNode {
  return { id, name: `node-${id}`, incarnation, corrupted: false };
}

export function entry(at: number, inEpoch: number, text = `v${at}`): Entry {
  return { offset: offset(at), epoch: epoch(inEpoch), kind: 'data', payload: new TextEncoder().encode(text) };
}

export function ready(fields: Partial<Ready>): Ready {
  return {
    hardState: null, snapshotToPersist: null, truncateLogTo: null, entriesToPersist: [], logStartOffset: null,
    messages: [], snapshotToApply: null, committed: [], events: [], ...fields,
  };
}

export function becameLeader(node: number, inEpoch: number): RaftEvent {
  return { type: 'became-leader', node: nodeId(node), epoch: epoch(inEpoch), epochStartOffset: offset(0) };
}

/** The anomaly names a checker reported, in order, and the report function to hand it. */
export function collector(): { reports: string[]; report: (anomaly: string, message: string) => void } {
  const reports: string[] = [];
  return { reports, report: (anomaly) => reports.push(anomaly) };
}
