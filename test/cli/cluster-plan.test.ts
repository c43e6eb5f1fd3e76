// Goal: `weir cluster start`'s layout (src/cli/cluster-plan.ts) gives node k (from 0) the Kafka
// port P+k, the controller port P+10000+k and the HTTP port H+k, makes the first --nodes nodes the
// voters and any --brokers broker-only, and refuses, naming the option, a layout that does not fit.
// Method: the pure planner, and each node's settings through the real configuration parser.
import { describe, expect, test } from 'vitest';
import { buildNodeConfig } from '../../src/config/node-config.js';
import { CliError } from '../../src/cli/cli-error.js';
import { planLocalCluster } from '../../src/cli/cluster-plan.js';

const defaults = { controllers: 3, brokers: 0, port: 9092, httpPort: 9644, dataDirectory: './data/', host: '127.0.0.1' };

describe('planLocalCluster', () => {
  test('three combined nodes on 9092-9094, controllers on 19092-19094, HTTP on 9644-9646, data in ./data/node-N', () => {
    const plan = planLocalCluster(defaults);
    expect(plan.map((node) => [node.nodeId, node.roles, node.kafkaPort, node.controllerPort, node.httpPort, node.dataDirectory]))
      .toEqual([
        [1, 'broker,controller', 9092, 19092, 9644, './data/node-1'],
        [2, 'broker,controller', 9093, 19093, 9645, './data/node-2'],
        [3, 'broker,controller', 9094, 19094, 9646, './data/node-3'],
      ]);
    for (const node of plan) {
      const config = buildNodeConfig('', node.settings.map(([key, value]) => [key, value]));
      expect(config.nodeId).toBe(node.nodeId);
      expect(config.controllerQuorumVoters.map((voter) => `${voter.id}@${voter.port}`)).toEqual(['1@19092', '2@19093', '3@19094']);
    }
  });

  test('--brokers adds broker-only observers without a controller listener', () => {
    const plan = planLocalCluster({ ...defaults, brokers: 1 });
    const broker = plan[3];
    expect(broker?.roles).toBe('broker');
    expect(broker?.controllerPort).toBeNull();
    const config = buildNodeConfig('', (broker?.settings ?? []).map(([key, value]) => [key, value]));
    expect(config.processRoles).toEqual(['broker']);
    expect(config.listeners.map((listener) => listener.name)).toEqual(['PLAINTEXT']);
  });

  test('no node, too many nodes, ports past 65535 and overlapping ranges are usage errors', () => {
    const refusals = [{ controllers: 0 }, { controllers: 17 }, { port: 60_000 }, { httpPort: 65_535 }, { httpPort: 9093 }];
    for (const change of refusals) {
      const error = (() => { try { planLocalCluster({ ...defaults, ...change }); return null; } catch (caught) { return caught; } })();
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(2);
    }
  });
});
