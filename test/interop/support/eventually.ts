// The one way the interop tests wait for a condition: poll `attempt` every 100 ms until it yields
// a value, bounded by `limitMs` (derived by the caller from the configured timeouts). Never a
// sleep followed by an assertion, and never an assertion on how long the wait took.

/** Polls `attempt` until it resolves to a value other than undefined; fails after `limitMs` with the last error. */
export async function eventually<T>(what: string, limitMs: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = performance.now() + limitMs;
  let last: unknown = 'no attempt';
  while (performance.now() < deadline) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
      last = 'not yet';
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: not within ${limitMs} ms (last: ${String(last)})`);
}
