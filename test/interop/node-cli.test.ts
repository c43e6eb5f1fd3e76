// Goal: `weir node` treats its command line as an operator expects: --help documents every
// configuration key with its default; a bad configuration names the key and the problem and
// exits with code 2 before the node opens a port or writes a file; a port in use ends the
// process with code 1 (nothing left running keeps it alive); SIGTERM while the node waits for a
// metadata quorum that is not there stops it at once with code 0.
// Method: run the built CLI as a child process and look at its exit code, output and data dir.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { nodeConfigKeys } from '../../src/config/node-config-keys.js';
import { kafkajsClient } from './support/js-clients.js';
import { NodeProcess, runWeir, weirMainScript } from './support/node-process.js';

const scratch = mkdtempSync(join(tmpdir(), 'weir-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Overrides that make a valid single-node configuration, writing under `dataDirectory`. */
function validSettings(dataDirectory: string): string[] {
  return [
    '--set', 'node.id=1', '--set', 'controller.quorum.voters=1@127.0.0.1:0',
    '--set', 'listeners=PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0',
    '--set', 'http.listener=127.0.0.1:0', '--set', `log.dirs=${dataDirectory}`,
  ];
}

describe('weir node command line', () => {
  test('--help lists every configuration key with its default and exits 0', async () => {
    const result = await runWeir(['node', '--help']);
    expect(result.code).toBe(0);
    for (const definition of Object.values(nodeConfigKeys)) {
      expect(result.stdout).toContain(definition.key);
    }
    expect(result.stdout).toContain('default: 1048588');
  });

  const badConfigurations: Array<[string, string[], string]> = [
    ['a malformed value', ['--set', 'message.max.bytes=lots'], 'message.max.bytes'],
    ['an unknown key', ['--set', 'log.retention.hourz=5'], 'log.retention.hourz'],
    ['a voter set without this controller', ['--set', 'controller.quorum.voters=2@127.0.0.1:0'], 'controller.quorum.voters'],
    ['an override without "="', ['--set', 'num.partitions'], 'num.partitions'],
    ['a cluster id that is not 16 bytes of base64url', ['--cluster-id', 'my-cluster'], '--cluster-id'],
    ['a log.dirs naming one directory twice', ['--set', 'log.dirs=/tmp/weir-twice,/tmp/weir-twice'], 'log.dirs'],
  ];
  for (const [what, args, key] of badConfigurations) {
    test(`${what} names the key "${key}" and exits 2 before writing anything`, async () => {
      const dataDirectory = join(scratch, `data-${key}`);
      const result = await runWeir(['node', ...validSettings(dataDirectory), ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(key);
      expect(result.stdout).not.toContain('listening');
      expect(existsSync(dataDirectory)).toBe(false);
    });
  }

  test('a configuration file with a bad line names the key and its line', async () => {
    const path = join(scratch, 'bad.properties');
    writeFileSync(path, "# a node\nnode.id=1\nnum.partitions=-3\ncontroller.quorum.voters=1@127.0.0.1:0\n");
    const dataDirectory = join(scratch, 'data-file');
    const result = await runWeir(['node', '--config', path, '--set', `log.dirs=${dataDirectory}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('num.partitions');
    expect(result.stderr).toContain('line 3');
    expect(existsSync(dataDirectory)).toBe(false);
  });

  test('a missing configuration file and an unknown argument exit 2', async () => {
    const missing = await runWeir(['node', '--config', join(scratch, 'absent.properties')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('absent.properties');
    const unknown = await runWeir(['node', '--verbose']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--verbose');
  });

  test('a Kafka or HTTP port already in use is named with its listener and key before anything is opened', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const kafkaData = join(scratch, 'data-busy-kafka');
      const kafka = await runWeir(['node', ...validSettings(kafkaData),
        '--set', `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:0`]);
      expect(kafka.code).toBe(1);
      expect(kafka.stderr).toContain(`"127.0.0.1:${port}" for listener PLAINTEXT (change "listeners")`);
      expect(existsSync(kafkaData)).toBe(false);
      const httpData = join(scratch, 'data-busy-http');
      const http = await runWeir(['node', ...validSettings(httpData), '--set', `http.listener=127.0.0.1:${port}`]);
      expect(http.code).toBe(1);
      expect(http.stderr).toContain(`"127.0.0.1:${port}" for the HTTP listener (change "http.listener")`);
      expect(existsSync(httpData)).toBe(false);
    } finally {
      busy.close();
    }
  });

  test('SIGTERM while the node waits for its metadata quorum stops it promptly with code 0', async () => {
    // One voter of three, alone: it recovers its log, then waits for a quorum that never forms.
    const child = spawn(process.execPath, [weirMainScript(), 'node', '--set', 'node.id=1',
      '--set', 'controller.quorum.voters=1@127.0.0.1:1,2@127.0.0.1:2,3@127.0.0.1:3',
      '--set', 'listeners=PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0', '--set', 'http.listener=127.0.0.1:0',
      '--set', `log.dirs=${join(scratch, 'no-quorum')}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const waiting = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('metadata log recovered')) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const bounded = <T>(promise: Promise<T>, what: string): Promise<T> => Promise.race([promise,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}:\n${output}`)), 15_000).unref())]);
    try {
      await bounded(waiting, 'the node did not reach its catch-up wait');
      child.kill('SIGTERM');
      expect(await bounded(exited, 'the node did not exit after SIGTERM')).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  test('a node configured by a properties file starts, and its file settings take effect', async () => {
    const path = join(scratch, 'good.properties');
    writeFileSync(path, [
      '# a combined node, as an operator would write it',
      'process.roles=broker,controller',
      'num.partitions=4',
      'auto.create.topics.enable=true',
      '',
    ].join('\n'));
    const node = await NodeProcess.start({ configFile: path, dataDirectory: join(scratch, 'data-from-file') });
    try {
      const kafka = kafkajsClient(node.kafkaAddress);
      const producer = kafka.producer({ allowAutoTopicCreation: true });
      await producer.connect();
      await producer.send({ topic: 'from-file', acks: -1, messages: [{ value: 'one' }] });
      await producer.disconnect();
      const admin = kafka.admin();
      await admin.connect();
      const metadata = await admin.fetchTopicMetadata({ topics: ['from-file'] });
      await admin.disconnect();
      expect(metadata.topics[0]?.partitions).toHaveLength(4);
    } finally {
      expect(await node.stop()).toBe(0);
    }
  });
});
