// Goal: `weir node` with no arguments starts a single combined node instead of failing: its
// defaults make a valid configuration whose one voter is the node's own controller listener.
// Method: build the configuration from those defaults alone.
import { describe, expect, test } from 'vitest';

import { singleNodeDefaults } from '../../src/cli/node.js';
import { buildNodeConfig } from '../../src/config/node-config.js';

describe('weir node with no arguments', () => {
  test('the single-node defaults make a valid combined node whose voter is its own controller listener', () => {
    const config = buildNodeConfig('', singleNodeDefaults);
    const controller = config.listeners.find((listener) => listener.name === 'CONTROLLER');
    expect(config.processRoles).toEqual(['broker', 'controller']);
    expect(config.controllerQuorumVoters).toEqual([{ id: config.nodeId, host: controller?.host, port: controller?.port }]);
  });
});
