// Goal: `weir datagen` writes Confluent's quickstart shapes (orders, users, pageviews) with the
// same field names and key choices, and a seed gives the same records.
// Method: generate from seeded generators and check shapes, keys and reproducibility.
import { describe, expect, test } from 'vitest';

import { quickstarts } from '../../src/cli/datagen-quickstarts.js';
import { Prng } from '../../sim/prng.js';

function generate(name: string, seed: number, count: number): Array<{ key: string; value: Record<string, unknown> }> {
  const quickstart = quickstarts.get(name);
  if (quickstart === undefined) throw new Error(`no quickstart ${name}`);
  const random = Prng.fromSeed(seed);
  return Array.from({ length: count }, (_, index) => quickstart(random, index, 1_700_000_000_000));
}

describe('datagen quickstarts', () => {
  test('orders are keyed by order id and carry an item, units and an address', () => {
    const orders = generate('orders', 1, 20);
    expect(orders.map((order) => order.key)).toEqual(orders.map((_, index) => String(index)));
    for (const { value } of orders) {
      expect(Object.keys(value)).toEqual(['ordertime', 'orderid', 'itemid', 'orderunits', 'address']);
      expect(value['itemid']).toMatch(/^Item_\d+$/);
      expect(Object.keys(value['address'] as object)).toEqual(['city', 'state', 'zipcode']);
    }
  });

  test('users are keyed by user id; pageviews by view time', () => {
    for (const { key, value } of generate('users', 2, 20)) {
      expect(key).toBe(value['userid']);
      expect(value['gender']).toMatch(/^(MALE|FEMALE|OTHER)$/);
      expect(value['regionid']).toMatch(/^Region_\d$/);
    }
    for (const { key, value } of generate('pageviews', 3, 20)) {
      expect(key).toBe(String(value['viewtime']));
      expect(value['pageid']).toMatch(/^Page_\d\d$/);
    }
  });

  test('the same seed gives the same records, another seed others', () => {
    expect(generate('orders', 7, 50)).toEqual(generate('orders', 7, 50));
    expect(generate('orders', 8, 50)).not.toEqual(generate('orders', 7, 50));
  });
});
