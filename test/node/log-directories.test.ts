// Goal: every log directory carries Kafka's meta.properties, written once and checked on every
// start: a directory of another node or another cluster is refused with an error naming it, and a
// refused start writes nothing. Method: prepareLogDirectories on the simulated disk
// (sim/sim-disk.ts), crashing it to show the files were made durable; the format is checked
// against a meta.properties as Kafka 3.7's `kafka-storage format` writes it.
import { describe, expect, test } from 'vitest';
import { SimDisk } from '../../sim/sim-disk.js';
import { Prng } from '../../sim/prng.js';
import { isUuid, type Uuid } from '../../src/protocol/mod.js';
import { prepareLogDirectories } from '../../src/node/log-directories.js';
import {
  MetaPropertiesError, parseMetaProperties, randomKafkaUuid, readMetaProperties, writeMetaProperties,
} from '../../src/node/meta-properties.js';

const clusterA = 'MkU3OEVBNTcwNTJENDM2Qg' as Uuid;
const clusterB = 'q1Sh-9_ISia_zwGINzRvyQ' as Uuid;

function world(seed = 1): { disk: SimDisk; random: Prng } {
  return { disk: new SimDisk({ random: Prng.fromSeed(seed) }), random: Prng.fromSeed(seed + 1000) };
}

async function fileText(disk: SimDisk, path: string): Promise<string> {
  const file = await disk.open(path, { create: false });
  const bytes = await file.read(0, await file.size());
  await file.close();
  return new TextDecoder().decode(bytes);
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<MetaPropertiesError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(MetaPropertiesError);
  expect((error as MetaPropertiesError).code).toBe(code);
  return error as MetaPropertiesError;
}

describe('meta.properties format', () => {
  test('a file as Kafka writes it (date comment, any key order) is read', () => {
    const kafkaWritten = '#\n#Tue Dec 01 10:00:00 UTC 2026\nnode.id=3\ndirectory.id=sSlLk7LkRAutfpdjU3_hdQ\n' +
      `version=1\ncluster.id=${clusterA}\n`;
    expect(parseMetaProperties(kafkaWritten, '/d')).toEqual({
      nodeId: 3, clusterId: clusterA, directoryId: 'sSlLk7LkRAutfpdjU3_hdQ',
    });
  });

  test('version 0, a bad node.id and a cluster.id that is not a UUID are refused', () => {
    const bad = ['version=0\nbroker.id=1\ncluster.id=' + clusterA, `version=1\nnode.id=x\ncluster.id=${clusterA}`,
      'version=1\nnode.id=1\ncluster.id=not-a-uuid', `node.id=1\ncluster.id=${clusterA}`];
    for (const text of bad) {
      expect(() => parseMetaProperties(text, '/d')).toThrow(MetaPropertiesError);
    }
  });

  test('random ids are 22-character base64url UUIDs, never reserved, never starting with "-"', () => {
    const random = Prng.fromSeed(7);
    for (let draw = 0; draw < 2000; draw += 1) {
      const id = randomKafkaUuid(random);
      expect(isUuid(id)).toBe(true);
      expect(id.startsWith('-')).toBe(false);
    }
  });
});

describe('prepareLogDirectories', () => {
  test('new directories are formatted durably with the given cluster id and distinct directory ids', async () => {
    const { disk, random } = world();
    const prepared = await prepareLogDirectories({ disk, random },
      { directories: ['/data/a', '/data/b', '/data/a'], nodeId: 4, clusterIdForNewDirectories: clusterA });
    expect(prepared.clusterId).toBe(clusterA);
    expect(prepared.formatted).toEqual(['/data/a', '/data/b']);
    disk.crash({ tear: true });
    const a = await readMetaProperties(disk, '/data/a');
    const b = await readMetaProperties(disk, '/data/b');
    expect(a?.nodeId).toBe(4);
    expect(a?.clusterId).toBe(clusterA);
    expect(b?.clusterId).toBe(clusterA);
    expect(a?.directoryId).toBe(prepared.directoryIds.get('/data/a'));
    expect(a?.directoryId).not.toBe(b?.directoryId);
    expect(await fileText(disk, '/data/a/meta.properties')).toMatch(/^#.*\ncluster\.id=.*\ndirectory\.id=.*\nnode\.id=4\nversion=1\n$/);
  });

  test('a second start keeps the ids; a new directory joins the cluster id the others hold', async () => {
    const { disk, random } = world(2);
    const first = await prepareLogDirectories({ disk, random },
      { directories: ['/a'], nodeId: 1, clusterIdForNewDirectories: clusterA });
    const second = await prepareLogDirectories({ disk, random },
      { directories: ['/a', '/b'], nodeId: 1, clusterIdForNewDirectories: clusterB });
    expect(second.clusterId).toBe(clusterA);
    expect(second.directoryIds.get('/a')).toBe(first.directoryIds.get('/a'));
    expect(second.formatted).toEqual(['/b']);
    expect((await readMetaProperties(disk, '/b'))?.clusterId).toBe(clusterA);
  });

  test('a directory of another node is refused, naming it and both node ids, and nothing is written', async () => {
    const { disk, random } = world(3);
    await prepareLogDirectories({ disk, random }, { directories: ['/a'], nodeId: 1, clusterIdForNewDirectories: clusterA });
    const error = await expectCode(prepareLogDirectories({ disk, random },
      { directories: ['/b', '/a'], nodeId: 2, clusterIdForNewDirectories: clusterA }), 'NODE_ID_MISMATCH');
    expect(error.directory).toBe('/a');
    expect(error.message).toContain('node.id 1');
    expect(error.message).toContain('node.id is 2');
    expect(await disk.exists('/b/meta.properties')).toBe(false);
  });

  test('directories of two clusters are refused, naming both', async () => {
    const { disk, random } = world(4);
    await prepareLogDirectories({ disk, random }, { directories: ['/a'], nodeId: 1, clusterIdForNewDirectories: clusterA });
    await prepareLogDirectories({ disk, random }, { directories: ['/b'], nodeId: 1, clusterIdForNewDirectories: clusterB });
    const error = await expectCode(prepareLogDirectories({ disk, random },
      { directories: ['/a', '/b'], nodeId: 1, clusterIdForNewDirectories: clusterA }), 'INCONSISTENT_CLUSTER_ID');
    expect(error.message).toContain('"/a"');
    expect(error.message).toContain('"/b"');
    expect(error.message).toContain(clusterA);
    expect(error.message).toContain(clusterB);
  });

  test('a copied directory (the same directory.id twice) is refused', async () => {
    const { disk, random } = world(5);
    const meta = { nodeId: 1, clusterId: clusterA, directoryId: clusterB };
    for (const directory of ['/a', '/b']) {
      await disk.makeDirectory(directory);
      await writeMetaProperties(disk, directory, meta);
    }
    await expectCode(prepareLogDirectories({ disk, random },
      { directories: ['/a', '/b'], nodeId: 1, clusterIdForNewDirectories: clusterA }), 'DUPLICATE_DIRECTORY_ID');
  });

  test('a file from before directory ids keeps its cluster id and gains a directory.id', async () => {
    const { disk, random } = world(6);
    await disk.makeDirectory('/a');
    const file = await disk.open('/a/meta.properties', { create: true });
    await file.write(0, new TextEncoder().encode(`version=1\nnode.id=1\ncluster.id=${clusterB}\n`));
    await file.close();
    const prepared = await prepareLogDirectories({ disk, random },
      { directories: ['/a'], nodeId: 1, clusterIdForNewDirectories: clusterA });
    expect(prepared.clusterId).toBe(clusterB);
    expect(prepared.formatted).toEqual([]);
    expect((await readMetaProperties(disk, '/a'))?.directoryId).toBe(prepared.directoryIds.get('/a'));
  });
});
