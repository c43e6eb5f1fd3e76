// Which external clients the interop tests need, and whether they are installed. Under CI=true
// a missing client must fail the suite (the Makefile's `test` target installs them), so
// `requireClients` throws there; on a developer machine it reports them so tests can skip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const isCI = process.env['CI'] === 'true';

export const python = '/usr/bin/python3';

/**
 * kcat linked against librdkafka 2.15, built by `make test` from ../shared/vendor (Debian's is
 * 2.0.2): for behaviour only newer librdkafka has, such as reading record_errors (2.4+).
 */
export const kcatNew = fileURLToPath(new URL('../../../.cache/librdkafka-2.15.0/bin/kcat', import.meta.url));

/** The lib folder of that build: Debian's confluent-kafka 1.7 runs on it with LD_LIBRARY_PATH (same ABI). */
export const librdkafkaNewLibrary = fileURLToPath(new URL('../../../.cache/librdkafka-2.15.0/lib', import.meta.url));

/** Burrow 1.2.1 (Debian's `burrow`) and the ZooKeeper it needs to start (Debian's `zookeeper`). */
export const burrowBinary = '/usr/bin/Burrow';
export const zooKeeperJar = '/usr/share/java/zookeeper.jar';

/** The external clients the interop tests use. */
export type ClientName = 'kcat' | 'kcat-librdkafka-2.15' | 'kafka-python' | 'confluent-kafka'
  | 'confluent-kafka-librdkafka-2.15' | 'burrow';

function commandWorks(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 20_000, env });
  return result.status === 0;
}

const availability = new Map<string, boolean>();

/** True when the named external client can run here (checked once per process). */
export function clientAvailable(name: ClientName): boolean {
  const known = availability.get(name);
  if (known !== undefined) return known;
  let found: boolean;
  switch (name) {
    case 'kcat':
      found = commandWorks('kcat', ['-V']);
      break;
    case 'kcat-librdkafka-2.15':
      found = commandWorks(kcatNew, ['-V']);
      break;
    case 'kafka-python':
      found = commandWorks(python, ['-c', 'import kafka, lz4, snappy, zstandard']);
      break;
    case 'confluent-kafka':
      found = commandWorks(python, ['-c', 'import confluent_kafka']);
      break;
    case 'burrow':
      found = existsSync(burrowBinary) && existsSync(zooKeeperJar) && commandWorks('java', ['-version']);
      break;
    case 'confluent-kafka-librdkafka-2.15':
      found = commandWorks(python, ['-c', 'import confluent_kafka; assert confluent_kafka.libversion()[0] == "2.15.0"'],
        { ...process.env, LD_LIBRARY_PATH: librdkafkaNewLibrary });
      break;
    default: {
      const unexpected: never = name;
      throw new Error(`unknown client ${String(unexpected)}`);
    }
  }
  availability.set(name, found);
  return found;
}

/**
 * Whether tests needing `names` should be skipped. Under CI=true a missing client throws (the
 * suite fails, never silently skips).
 */
export function skipWithout(...names: ClientName[]): boolean {
  const missing = names.filter((name) => !clientAvailable(name));
  if (missing.length === 0) return false;
  if (isCI) throw new Error(`Interop clients missing under CI=true: ${missing.join(', ')} (run make test to install them)`);
  return true;
}

/**
 * Whether an optional extra check with `name` should run: true when the client is installed. A
 * developer machine without it skips only that extra check; under CI=true a missing client throws,
 * so the check can never be left out silently where it counts.
 */
export function extraCheckWith(name: ClientName): boolean {
  return !skipWithout(name);
}
