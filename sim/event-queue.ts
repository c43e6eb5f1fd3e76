// The simulator's one ordered event queue: a binary min-heap keyed by (time, sequence number).
// The sequence number is assigned at scheduling time, so events due at the same instant run in
// the order they were scheduled, never by object identity (simulation.md §6.3 rule 6; Kafka's
// RaftEventSimulationTest EventScheduler breaks ties the same way).
import assert from 'node:assert/strict';

/** Who an event belongs to; the world consults it to defer (paused) or drop (crashed) events. */
export interface EventOwner {
  /** 'running' events run; 'paused' ones wait for resume; 'stopped' ones are discarded. */
  readonly state: 'running' | 'paused' | 'stopped';
  /** Events that fell due while paused, in due order. */
  readonly deferred: SimEvent[];
}

/** One scheduled event. Fields are mutable so the world can cancel and re-time without copying. */
export interface SimEvent {
  /** Virtual time in milliseconds at which the event is due. */
  timeMs: number;
  /** Tie breaker: strictly increasing in scheduling order. */
  sequence: number;
  /** The process the event belongs to; null for the world itself (nemesis, clients, checkers). */
  owner: EventOwner | null;
  callback: () => void;
  cancelled: boolean;
}

function isEarlier(left: SimEvent, right: SimEvent): boolean {
  return left.timeMs < right.timeMs || (left.timeMs === right.timeMs && left.sequence < right.sequence);
}

/** A binary min-heap of events. */
export class EventQueue {
  private readonly heap: SimEvent[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(event: SimEvent): void {
    assert(Number.isFinite(event.timeMs), 'event time must be finite');
    const heap = this.heap;
    let index = heap.length;
    heap.push(event);
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex] as SimEvent;
      if (!isEarlier(event, parent)) break;
      heap[index] = parent;
      index = parentIndex;
    }
    heap[index] = event;
  }

  /** The earliest event without removing it, or undefined when empty. */
  peek(): SimEvent | undefined {
    return this.heap[0];
  }

  /** Removes and returns the earliest event. Precondition: the queue is not empty. */
  pop(): SimEvent {
    const heap = this.heap;
    assert(heap.length > 0, 'pop from an empty event queue');
    const top = heap[0] as SimEvent;
    const last = heap.pop() as SimEvent;
    const length = heap.length;
    if (length === 0) return top;
    let index = 0;
    for (;;) {
      const leftIndex = 2 * index + 1;
      if (leftIndex >= length) break;
      const rightIndex = leftIndex + 1;
      let childIndex = leftIndex;
      if (rightIndex < length && isEarlier(heap[rightIndex] as SimEvent, heap[leftIndex] as SimEvent)) {
        childIndex = rightIndex;
      }
      const child = heap[childIndex] as SimEvent;
      if (!isEarlier(child, last)) break;
      heap[index] = child;
      index = childIndex;
    }
    heap[index] = last;
    return top;
  }
}
