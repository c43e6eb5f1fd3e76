// Goal: the web console works end to end in a real browser against a real node: it lists the
// broker and the quorum, creates a topic from the page, produces a record from the page and shows
// it in the message browser, and shows a record a Kafka client (kcat) wrote; a record's text is
// shown as text, never as markup; a kafkajs consumer group appears with its state, its member and
// each partition's lag, and the lag moves when records arrive that the group has not consumed.
// Method: a node process; Debian's Chromium driven by playwright-core (pointed at the system
// browser, which `make test` installs; nothing downloads a browser). Waits are Playwright's
// bounded waits for page content, never sleeps.
import { existsSync } from 'node:fs';

import type { Consumer } from 'kafkajs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { isCI, skipWithout } from './support/clients.js';
import { kcat } from './support/external-clients.js';
import { startGroupMember, startGroupNode } from './support/group-consumers.js';
import type { NodeProcess } from './support/node-process.js';

const chromiumPath = '/usr/bin/chromium';
if (isCI && !existsSync(chromiumPath)) throw new Error(`Chromium missing under CI=true at ${chromiumPath} (run make test to install it)`);
const skip = skipWithout('kcat') || !existsSync(chromiumPath);

let node: NodeProcess;
let browser: Browser;
let page: Page;
let consumer: Consumer | null = null;

beforeAll(async () => {
  if (skip) return;
  node = await startGroupNode();
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  page.on('dialog', (dialog) => { void dialog.accept(); });
  await page.goto(`http://${node.httpAddress}/`);
});
afterAll(async () => {
  await consumer?.disconnect().catch(() => {});
  await browser?.close();
  await node?.stop();
});

describe.skipIf(skip)('the web console in Chromium', () => {
  test('shows the broker and the controller quorum', async () => {
    await expect.poll(() => page.locator('#brokers tbody').innerText(), { timeout: 10_000 }).toContain('active controller');
    expect(await page.locator('#quorum tbody').innerText()).toContain('leader');
  });

  test('creates a topic, produces a record and shows it in the message browser', async () => {
    await page.getByLabel('Name', { exact: true }).fill('from-page');
    await page.getByLabel('Partitions', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Create topic', exact: true }).click();
    await expect.poll(() => page.locator('#topic-title').innerText(), { timeout: 10_000 }).toBe('Topic from-page');
    expect(await page.locator('#partitions tbody tr').count()).toBe(2);

    await page.locator('#produce').getByLabel('Key', { exact: true }).fill('user-7');
    await page.locator('#produce').getByLabel('Value', { exact: true }).fill('{"clicked":"<b>buy</b>"}');
    await page.locator('#produce').getByLabel('Partition', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Produce', exact: true }).click();
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 10_000 }).toContain('partition 1');

    await page.locator('#browse select[name=partition]').selectOption('1');
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect.poll(() => page.locator('#messages tbody').innerText(), { timeout: 10_000 }).toContain('user-7');
    const value = await page.locator('#messages tbody td').nth(3).innerText();
    expect(JSON.parse(value)).toEqual({ clicked: '<b>buy</b>' });
    expect(await page.locator('#messages b').count()).toBe(0);
  });

  test('shows a record that kcat wrote, and a topic a client created', async () => {
    await kcat(['-b', node.kafkaAddress, '-P', '-t', 'from-kcat', '-p', '0'], 'written by kcat\n');
    await expect.poll(() => page.locator('#topics tbody').innerText(), { timeout: 10_000 }).toContain('from-kcat');
    await page.getByRole('button', { name: 'Open topic from-kcat' }).click();
    await expect.poll(() => page.locator('#topic-title').innerText(), { timeout: 10_000 }).toBe('Topic from-kcat');
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect.poll(() => page.locator('#messages tbody').innerText(), { timeout: 10_000 }).toContain('written by kcat');
  });

  test("shows a consumer group's member and its lag, and the lag moves", async () => {
    await kcat(['-b', node.kafkaAddress, '-P', '-t', 'watched', '-p', '0'], 'one\ntwo\nthree\n');
    consumer = await startGroupMember(node.kafkaAddress, 'viewers', 'watched');
    await expect.poll(() => page.locator('#groups tbody').innerText(), { timeout: 30_000 }).toMatch(/viewers\s+classic\s+Stable\s+1\s+0/);
    await page.getByRole('button', { name: 'Open group viewers' }).click();
    await expect.poll(() => page.locator('#members tbody').innerText(), { timeout: 10_000 }).toContain('weir-interop-kafkajs');
    expect(await page.locator('#members tbody').innerText()).toContain('watched:0');
    await expect.poll(() => page.locator('#group-partitions tbody').innerText(), { timeout: 30_000 }).toMatch(/watched\s+0\s+3\s+3\s+0/);

    consumer.pause([{ topic: 'watched' }]);
    await kcat(['-b', node.kafkaAddress, '-P', '-t', 'watched', '-p', '0'], 'four\nfive\n');
    await expect.poll(() => page.locator('#group-partitions tbody').innerText(), { timeout: 10_000 }).toMatch(/watched\s+0\s+3\s+5\s+2/);
    await expect.poll(() => page.locator('#groups tbody').innerText(), { timeout: 10_000 }).toMatch(/viewers\s+classic\s+Stable\s+1\s+2/);
  });
});
