// A second listener on a Raft driver's observer: the simulator's Raft checkers watch the real
// metadata quorum of a WeirNode through it (sim/cluster/). Part of src/quorum/. Without a tap
// the driver gets the node's own observer object unchanged, so an unwatched node pays nothing.
import type { RaftDriverObserver } from './raft-driver.js';

/** The hooks a tap may listen to: every hook of the driver's observer but the fatal exit. */
export type RaftDriverTap = Omit<RaftDriverObserver, 'onFatal'>;

/** `observer` with `tap` told every hook after it; `observer` itself when there is no tap. */
export function withTap(observer: RaftDriverObserver, tap: RaftDriverTap | undefined): RaftDriverObserver {
  if (tap === undefined) return observer;
  return {
    onFatal: (error) => observer.onFatal(error),
    onRaftEvent: (event) => {
      observer.onRaftEvent?.(event);
      tap.onRaftEvent?.(event);
    },
    onRecovered: (recovered) => {
      observer.onRecovered?.(recovered);
      tap.onRecovered?.(recovered);
    },
    onPersisting: (ready) => {
      observer.onPersisting?.(ready);
      tap.onPersisting?.(ready);
    },
    onPersisted: (ready) => {
      observer.onPersisted?.(ready);
      tap.onPersisted?.(ready);
    },
    onApplied: (entries) => {
      observer.onApplied?.(entries);
      tap.onApplied?.(entries);
    },
  };
}
