// Goal: a client that keeps reconnecting to repeat a refused request (kafka-python asked for its
// group coordinator about six times a second before Weir had one) leaves one full line and then a counted
// summary at most once per interval, not one warning per connection; distinct clients and
// reasons each get their own first line; counts are never lost (reported when the client goes
// quiet, is dropped from the bounded table, or the broker stops).
// Method: the RefusalLog on a logger writing into an array, with explicit monotonic times; then
// a broker on an in-memory network whose clients each open a connection and send DescribeAcls,
// which this broker does not offer (it has no authorizer).
import { afterEach, describe, expect, test } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { RefusalLog, type Refusal } from '../../src/broker/refusal-log.js';
import { ApiKey } from './support-protocol.js';
import { BrokerHarness, settle } from './support.js';

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ now: () => 0, sink: (line) => lines.push(line), level: 'info', component: 'broker' });
  return { lines, logger };
}

function coordinatorRefusal(port: number, clientId = 'kafka-python-2.0.2'): Refusal {
  return { remoteAddress: `10.0.0.7:${port}`, clientId, code: 'UNSUPPORTED_API', apiKey: ApiKey.DescribeAcls,
    reason: 'API key 29 version 0 is not supported by this broker' };
}

/** The messages of the lines, without time, level and component. */
function messages(lines: readonly string[]): string[] {
  return lines.map((line) => line.slice(line.indexOf(': ') + 2));
}

const FIRST_LINE = 'closing connection remote="10.0.0.7:50000" client="kafka-python-2.0.2" code="UNSUPPORTED_API" ' +
  'reason="API key 29 version 0 is not supported by this broker" repeats="counted, reported every 60000 ms"';

function summary(times: number, sinceMs: number, remote = '10.0.0.7', client = 'kafka-python-2.0.2'): string {
  return `closed connections again for the same reason remote="${remote}" client="${client}" code="UNSUPPORTED_API" ` +
    `reason="API key 29 version 0 is not supported by this broker" times=${times} sinceMs=${sinceMs}`;
}

describe('RefusalLog', () => {
  test('one full line, then one count per interval, however many connections repeat the refusal', () => {
    const { lines, logger } = capture();
    const refusals = new RefusalLog({ logger, summaryIntervalMs: 60_000, clientsMax: 8 });
    refusals.record(coordinatorRefusal(50_000), 0);
    for (let second = 1; second < 30; second += 1) refusals.record(coordinatorRefusal(50_000 + second), second * 1000);
    expect(messages(lines)).toEqual([FIRST_LINE]);
    refusals.record(coordinatorRefusal(50_100), 60_000);
    expect(messages(lines)).toEqual([FIRST_LINE, summary(30, 60_000)]);
    refusals.record(coordinatorRefusal(50_101), 61_000);
    refusals.flush(70_000);
    expect(messages(lines)).toEqual([FIRST_LINE, summary(30, 60_000), summary(1, 10_000)]);
    expect(refusals.trackedClients).toBe(0);
  });

  test('each client, and each reason of one client, gets its own first line', () => {
    const { lines, logger } = capture();
    const refusals = new RefusalLog({ logger, summaryIntervalMs: 60_000, clientsMax: 8 });
    refusals.record(coordinatorRefusal(1), 0);
    refusals.record(coordinatorRefusal(2, 'other-app'), 1);
    refusals.record({ ...coordinatorRefusal(3), remoteAddress: '10.0.0.8:3' }, 2);
    refusals.record({ ...coordinatorRefusal(4), code: 'MALFORMED_FRAME', apiKey: null, reason: 'bad' }, 3);
    expect(lines).toHaveLength(4);
    expect(lines.every((line) => line.includes(' closing connection '))).toBe(true);
  });

  test('a client that went quiet has its count reported at the next refusal of anyone, and is forgotten', () => {
    const { lines, logger } = capture();
    const refusals = new RefusalLog({ logger, summaryIntervalMs: 60_000, clientsMax: 8 });
    refusals.record(coordinatorRefusal(1), 0);
    refusals.record(coordinatorRefusal(2), 5_000);
    refusals.record({ ...coordinatorRefusal(3, 'other-app'), remoteAddress: '10.0.0.9:3' }, 90_000);
    expect(messages(lines)[1]).toBe(summary(1, 90_000));
    expect(refusals.trackedClients).toBe(1);
    refusals.record(coordinatorRefusal(4), 91_000);
    expect(messages(lines)[3]).toContain('closing connection remote="10.0.0.7:4"');
  });

  test('the table is bounded: the client tracked the longest is reported and dropped', () => {
    const { lines, logger } = capture();
    const refusals = new RefusalLog({ logger, summaryIntervalMs: 60_000, clientsMax: 2 });
    refusals.record(coordinatorRefusal(1, 'a'), 0);
    refusals.record(coordinatorRefusal(2, 'a'), 1);
    refusals.record(coordinatorRefusal(3, 'b'), 2);
    refusals.record(coordinatorRefusal(4, 'c'), 3);
    expect(refusals.trackedClients).toBe(2);
    expect(messages(lines)).toContain(summary(1, 3, '10.0.0.7', 'a'));
  });
});

describe('a broker refusing DescribeAcls to a client that reconnects', () => {
  let harness: BrokerHarness | undefined;
  afterEach(async () => {
    await harness?.broker.stop();
    harness = undefined;
  });

  test('30 refused connections leave one warning, and one count when the broker stops', async () => {
    const { lines, logger } = capture();
    harness = await BrokerHarness.start({ logger });
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const client = await harness.client();
      client.send(ApiKey.DescribeAcls, 0, {}, { expectResponse: false });
      for (let turn = 0; turn < 50 && !client.closed; turn += 1) await settle();
      expect(client.closed).toBe(true);
      await harness.advance(166);
    }
    const refusalLines = () => lines.filter((line) => line.includes('UNSUPPORTED_API'));
    expect(refusalLines()).toHaveLength(1);
    expect(refusalLines()[0]).toContain(' closing connection ');
    await harness.broker.stop();
    expect(refusalLines()).toHaveLength(2);
    expect(refusalLines()[1]).toMatch(/closed connections again for the same reason remote="127\.0\.0\.1" client="test-client" .*times=29 /);
    harness = undefined;
  });
});
