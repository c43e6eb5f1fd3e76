// The sample data sets of `weir datagen` (src/cli/): the `orders`, `users` and `pageviews`
// quickstarts of Confluent's datagen connector, with the same field names and shapes, so that a
// course's queries and schemas work on them. Pure: every random choice comes from the Random
// handed in, so a seed gives the same records.
import type { Random } from '../runtime/seam.js';

/** One generated record: its key and its JSON value. */
export interface GeneratedRecord {
  readonly key: string;
  readonly value: Record<string, unknown>;
}

/** A generator of the records of one quickstart; `index` counts from 0. */
export type Quickstart = (random: Random, index: number, nowMs: number) => GeneratedRecord;

const cities = [
  ['San Francisco', 'CA', 94105], ['Seattle', 'WA', 98101], ['Austin', 'TX', 73301], ['Boston', 'MA', 2108],
  ['Chicago', 'IL', 60601], ['Denver', 'CO', 80202], ['Portland', 'OR', 97201], ['Atlanta', 'GA', 30301],
] as const;
const genders = ['MALE', 'FEMALE', 'OTHER'] as const;

function pick<T>(random: Random, values: readonly T[]): T {
  return values[random.nextInt(values.length)] as T;
}

/** `orders`: an order of some units of an item, shipped to an address; keyed by order id. */
function order(random: Random, index: number, nowMs: number): GeneratedRecord {
  const [city, state, zipcode] = pick(random, cities);
  return {
    key: String(index),
    value: {
      ordertime: nowMs - random.nextInt(86_400_000),
      orderid: index,
      itemid: `Item_${random.nextInt(1000)}`,
      orderunits: Math.round(random.nextFloat() * 1000) / 100,
      address: { city, state, zipcode },
    },
  };
}

/** `users`: a registration of a user in a region; keyed by user id. */
function user(random: Random, _index: number, nowMs: number): GeneratedRecord {
  const userid = `User_${1 + random.nextInt(9)}`;
  return {
    key: userid,
    value: {
      registertime: nowMs - random.nextInt(365 * 86_400_000),
      userid,
      regionid: `Region_${1 + random.nextInt(9)}`,
      gender: pick(random, genders),
    },
  };
}

/** `pageviews`: a user viewing a page; keyed by the view time, as Confluent's set is. */
function pageview(random: Random, index: number, nowMs: number): GeneratedRecord {
  const viewtime = nowMs + index;
  return {
    key: String(viewtime),
    value: { viewtime, userid: `User_${1 + random.nextInt(9)}`, pageid: `Page_${10 + random.nextInt(90)}` },
  };
}

/** The quickstarts by name. */
export const quickstarts: ReadonlyMap<string, Quickstart> = new Map([
  ['orders', order],
  ['users', user],
  ['pageviews', pageview],
]);
