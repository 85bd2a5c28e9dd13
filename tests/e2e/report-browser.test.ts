import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TODAY, writeFixtureAudits } from '../fixtures/report-audits.js';
import { REPO_ROOT, recover, tempWorkspace } from './harness.js';

/**
 * The HTML reports opened in a real browser: they must render cleanly, draw their charts, never
 * run script that came from an answer, and leave screenshots in tests/output for people to look at.
 */

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = join(REPO_ROOT, 'tests', 'output');

let browser: Browser;
let reports: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` and try again.`,
    );
  }
  const ws = tempWorkspace();
  writeFixtureAudits(ws);
  const env = { RECOVER_TODAY: TODAY };
  for (const args of [
    ['report', '--all', '--summary', '--format', 'html'],
    ['report', '2026-10-02-maple-grove', '2026-05-20-harbor-dental', '--client', '--format', 'html'],
  ]) {
    const result = recover(args, { cwd: ws, env });
    expect(result.code, result.stderr).toBe(0);
  }
  reports = join(ws, 'reports');
  mkdirSync(OUTPUT, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

async function open(name: string) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  await page.goto(pathToFileURL(join(reports, name)).href);
  await page.screenshot({ path: join(OUTPUT, name.replace(/\.html$/, '.png')), fullPage: true });
  return { page, problems, requests };
}

describe('HTML reports in Chromium', () => {
  it('the portfolio summary renders its three charts with real size and no errors', async () => {
    const { page, problems, requests } = await open('summary.html');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    const charts = await page.locator('svg.chart').all();
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(100);
      expect(box?.height).toBeGreaterThan(20);
      const bars = await chart.locator('rect').all();
      expect(bars.length).toBeGreaterThan(0);
      const barBox = await bars[0]?.boundingBox();
      expect(barBox?.width).toBeGreaterThan(0);
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.locator('title').first().textContent()).not.toBe('');
    }
    await expect(page.title()).resolves.toContain('Portfolio summary');
    await page.close();
  });

  it('an answer holding <script> and <img onerror> shows as text and runs nothing', async () => {
    const { page, problems } = await open('2026-05-20-harbor-dental.html');
    expect(problems).toEqual([]);
    const pwned = await page.evaluate(() => (globalThis as Record<string, unknown>).__pwned);
    expect(pwned).toBeUndefined();
    expect(await page.title()).not.toContain('pwned');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    const text = await page.locator('main').textContent();
    expect(text).toContain('<script>window.__pwned = true;');
    expect(text).toContain('<img src=x onerror="window.__pwned = true">');
    await page.close();
  });

  it('every other report opens without errors', async () => {
    for (const name of [
      '2026-10-02-maple-grove.html',
      '2025-11-03-lumen-marketing.html',
      '2026-10-02-maple-grove.client.html',
      '2026-05-20-harbor-dental.client.html',
    ]) {
      const { page, problems, requests } = await open(name);
      expect(problems, name).toEqual([]);
      expect(requests, name).toEqual([]);
      expect(await page.locator('h1').textContent(), name).not.toBe('');
      await page.close();
    }
  });
});
