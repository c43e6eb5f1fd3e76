// The client id whose requests fail an assertion in node-with-failing-client.ts (shared with the
// test that starts it, which must not import the entry point itself: importing it runs a node).

/** Requests with this client id fail an assertion in the broker of the test-only entry point. */
export const failingClientId = 'weir-test-fatal';
