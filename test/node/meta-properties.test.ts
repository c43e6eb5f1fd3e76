// Goal: a log directory's meta.properties says whose data it holds, and a node refuses a
// directory of another node or cluster before touching it. Method: the simulated disk (crashes
// keep only what was synced): format, read back after a crash, and hand-made bad files.
import { describe, expect, test } from 'vitest';
import {
  LogDirectoryError, prepareLogDirectories, readMetaProperties, renderMetaProperties,
} from '../../src/node/meta-properties.js';
import { Prng } from '../../sim/prng.js';
import { SimDisk } from '../../sim/sim-disk.js';
import { writeAtomicFile } from '../../storage/mod.js';

const clusterA = 'AAAAAAAAAAAAAAAAAAAAAA';
const clusterB = 'BBBBBBBBBBBBBBBBBBBBBQ';

function setUp(): { disk: SimDisk; random: Prng } {
  const random = Prng.fromSeed(5);
  return { disk: new SimDisk({ random: random.fork('disk') }), random };
}

async function refusal(promise: Promise<unknown>): Promise<LogDirectoryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LogDirectoryError) return error;
    throw error;
  }
  throw new Error('the directories were accepted');
}

describe('meta.properties', () => {
  test('empty directories are formatted with the given cluster id, durably, and read back the same', async () => {
    const { disk, random } = setUp();
    const first = await prepareLogDirectories(disk, random, { directories: ['/a', '/b'], nodeId: 3, clusterIdForNew: clusterA });
    expect(first.clusterId).toBe(clusterA);
    expect(first.formatted).toEqual(['/a', '/b']);
    disk.crash({ tear: false });
    const card = await readMetaProperties(disk, '/a');
    expect(card).toEqual({ nodeId: 3, clusterId: clusterA, directoryId: first.directoryIds.get('/a') });
    // A later start keeps the ids, whatever cluster id it is offered for new directories.
    const again = await prepareLogDirectories(disk, random, { directories: ['/a', '/b'], nodeId: 3, clusterIdForNew: clusterB });
    expect(again.clusterId).toBe(clusterA);
    expect(again.formatted).toEqual([]);
    expect([...again.directoryIds]).toEqual([...first.directoryIds]);
    expect(first.directoryIds.get('/a')).not.toBe(first.directoryIds.get('/b'));
  });

  test('a directory added later joins the cluster the others belong to', async () => {
    const { disk, random } = setUp();
    await prepareLogDirectories(disk, random, { directories: ['/a'], nodeId: 1, clusterIdForNew: clusterA });
    const grown = await prepareLogDirectories(disk, random, { directories: ['/a', '/c'], nodeId: 1, clusterIdForNew: clusterB });
    expect(grown.formatted).toEqual(['/c']);
    expect((await readMetaProperties(disk, '/c'))?.clusterId).toBe(clusterA);
  });

  test('another node\'s directory is refused, naming the directory and both node ids', async () => {
    const { disk, random } = setUp();
    await prepareLogDirectories(disk, random, { directories: ['/a'], nodeId: 1 });
    const error = await refusal(prepareLogDirectories(disk, random, { directories: ['/a'], nodeId: 2 }));
    expect(error.message).toContain('/a');
    expect(error.message).toContain('node 1');
    expect(error.message).toContain('node.id 2');
  });

  test('directories of two clusters are refused, and nothing new is written', async () => {
    const { disk, random } = setUp();
    await prepareLogDirectories(disk, random, { directories: ['/a'], nodeId: 1, clusterIdForNew: clusterA });
    await prepareLogDirectories(disk, random, { directories: ['/b'], nodeId: 1, clusterIdForNew: clusterB });
    const error = await refusal(prepareLogDirectories(disk, random, { directories: ['/a', '/b', '/c'], nodeId: 1 }));
    expect(error.message).toContain(clusterA);
    expect(error.message).toContain(clusterB);
    expect(await disk.exists('/c/meta.properties')).toBe(false);
  });

  test('a malformed file is refused with what is wrong in it', async () => {
    const { disk, random } = setUp();
    const write = (text: string): Promise<void> => writeAtomicFile(disk, '/a/meta.properties', new TextEncoder().encode(text));
    await disk.makeDirectory('/a');
    await write('version=1\nnode.id=1\ncluster.id=nope\ndirectory.id=AAAAAAAAAAAAAAAAAAAAAA\n');
    expect((await refusal(prepareLogDirectories(disk, random, { directories: ['/a'], nodeId: 1 }))).message).toContain('cluster.id "nope"');
    await write('version=1\nnode.id=1\ncluster.id=AAAAAAAAAAAAAAAAAAAAAA\n');
    expect((await refusal(readMetaProperties(disk, '/a'))).message).toContain('no directory.id');
    await write('version=0\n');
    expect((await refusal(readMetaProperties(disk, '/a'))).message).toContain('version 0');
    expect(renderMetaProperties({ nodeId: 4, clusterId: clusterA, directoryId: clusterB as never }))
      .toBe(`#\ncluster.id=${clusterA}\ndirectory.id=${clusterB}\nnode.id=4\nversion=1\n`);
  });
});
