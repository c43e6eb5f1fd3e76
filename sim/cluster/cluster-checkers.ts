// The whole-cluster workload's image checkers, run after every event on the metadata image of
// the node whose code ran (no other node's image can have changed). Part of sim/cluster/;
// anomaly names in README.md; the Raft checkers are cluster-raft-safety.ts's.
//   - inconsistent-offsets: two nodes' images at one metadata offset differ (image agreement);
//   - epochs-regressed: along one node's images a broker's epoch goes down, or a new
//     incarnation of the broker registers without a larger epoch;
//   - fenced-leader: an image (each holds committed records only) shows a fenced broker leading.
import type { MetadataImage } from '../../src/metadata/image/metadata-image.js';
import type { WeirNode } from '../../src/node/weir-node.js';
import type { SimMachine } from '../machine.js';
import type { SimProcess, World } from '../world.js';
import { digestImage } from './image-digest.js';

/** What one node showed last: the node object (a new one per incarnation) and its image. */
interface Watched {
  node: WeirNode;
  image: MetadataImage;
  /** Per broker id: the epoch and incarnation this node's images showed last. */
  readonly brokers: Map<number, { readonly epoch: number; readonly incarnation: string }>;
}

export class ClusterCheckers {
  private readonly watched = new Map<number, Watched>();
  /** Digest of the image at each metadata offset, and the node that first showed it. */
  private readonly digests = new Map<number, { readonly digest: string; readonly node: number }>();
  /** Distinct images checked (for the summary). */
  imagesChecked = 0;

  constructor(private readonly world: World, private readonly machines: readonly SimMachine<WeirNode>[]) {
    world.afterEachEvent((owner) => this.check(owner));
  }

  private check(owner: SimProcess | null): void {
    if (owner === null) return;
    for (const machine of this.machines) {
      if (this.world.violation !== null) return;
      const node = machine.node;
      if (node === null || machine.status !== 'up' || machine.process !== owner) continue;
      let watched = this.watched.get(machine.id);
      if (watched === undefined || watched.node !== node) {
        watched = { node, image: node.image(), brokers: new Map() };
        this.watched.set(machine.id, watched);
        this.checkImage(machine.id, watched);
      }
      const image = node.image();
      if (image !== watched.image) {
        watched.image = image;
        this.checkImage(machine.id, watched);
      }
    }
  }

  private checkImage(nodeId: number, watched: Watched): void {
    const image = watched.image;
    if (image.offset < 0) return;
    this.imagesChecked += 1;
    const digest = digestImage(image);
    const first = this.digests.get(image.offset);
    if (first === undefined) this.digests.set(image.offset, { digest, node: nodeId });
    else if (first.digest !== digest) {
      this.world.fail('inconsistent-offsets', `the metadata images of nodes ${first.node} and ${nodeId} at offset ${image.offset} differ`);
      return;
    }
    for (const broker of image.brokers.values()) {
      const before = watched.brokers.get(broker.id);
      const incarnation = String(broker.incarnationId);
      watched.brokers.set(broker.id, { epoch: broker.epoch, incarnation });
      if (before === undefined) continue;
      const regressed = broker.epoch < before.epoch || (incarnation !== before.incarnation && broker.epoch <= before.epoch);
      if (regressed) {
        this.world.fail('epochs-regressed', `node ${nodeId}'s image at offset ${image.offset} shows broker ${broker.id} `
          + `at epoch ${broker.epoch} (incarnation ${incarnation}) after epoch ${before.epoch} (incarnation ${before.incarnation})`);
        return;
      }
    }
    for (const topic of image.topicsById.values()) {
      for (const partition of topic.partitions) {
        if (image.brokers.get(partition.leader)?.fenced !== true) continue;
        this.world.fail('fenced-leader', `node ${nodeId}'s image at offset ${image.offset} shows fenced broker `
          + `${partition.leader} leading ${topic.name}-${partition.partition}`);
        return;
      }
    }
  }
}
