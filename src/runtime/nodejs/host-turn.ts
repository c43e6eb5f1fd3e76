// The one host primitive the simulator borrows from Node: waiting for the next macrotask turn.
// Node runs every queued microtask (promise reaction) before it starts a macrotask, so awaiting
// a setImmediate callback lets all promise chains started by a simulated event settle, however
// deep they are. It stays deterministic because a simulation has no real timers, sockets or
// files in flight: the only macrotask ever pending is this one. It lives in src/runtime/nodejs/
// because it is the real event loop, which only the Node adapters may touch (test/tidy.test.ts).

/** Resolves after every microtask queued so far, and every one they queue, has run. */
export function waitForHostTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
