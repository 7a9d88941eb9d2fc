/**
 * The dashboard in real headless Chromium against the built app (`vite preview`): the sample's scores equal the
 * CLI's, uploads, a broken file, reload, delete, no request to another origin, and axe on every view.
 * Screenshots of each view go to test/e2e/screenshots/ (git-ignored) for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type FileChooser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuild, type BuildServer } from '../../scripts/serve-build';
import { run } from '../../src/cli/score';
import { SAMPLE_FILES } from '../../src/store/sampleFiles';

const root = join(import.meta.dirname, '..', '..');
const samples = join(root, 'public', 'samples');
const shots = join(import.meta.dirname, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let server: BuildServer | undefined;
let ORIGIN = '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];
const cspViolations: string[] = [];
let expected: Map<string, { score: number; qualified: boolean }>;

async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const p = await context.newPage();
  await p.setViewportSize(viewport);
  p.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  p.on('pageerror', (error) => pageErrors.push(error.message));
  // Chromium reports each Content-Security-Policy refusal (an inline style, a connection) on the console.
  p.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) cspViolations.push(message.text());
  });
  p.on('dialog', (dialog) => void dialog.accept());
  return p;
}

/** Scores as the overview cards show them, by designation name. */
async function shownScores(p: Page): Promise<Map<string, { score: number; qualified: boolean }>> {
  await p.getByRole('article').first().waitFor();
  const cards = await p.getByRole('article').all();
  const scores = new Map<string, { score: number; qualified: boolean }>();
  for (const card of cards) {
    const name = (await card.getByRole('heading', { level: 3 }).textContent())!.trim();
    const score = Number((await card.locator('.score-number').textContent())!.replace(/[^\d.]/g, ''));
    const qualified = (await card.locator('.badge').textContent())!.includes('✓');
    scores.set(name, { score, qualified });
  }
  return scores;
}

async function axe(p: Page, view: string) {
  const results = await new AxeBuilder({ page: p }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${view}: ${v.id} (${v.nodes.length}) ${v.help}`);
  expect(serious).toEqual([]);
}

async function view(p: Page, label: string) {
  await p.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: label, exact: true }).click();
}

/** Every view's address (routes.tsx) and the tab that opens it. */
const ROUTES: [string, string][] = [
  ['/', 'Overview'],
  ['/designation/digital-app-innovation', 'Designation detail'],
  ['/customers', 'Customer lookup'],
  ['/people', 'People'],
  ['/history', 'History'],
  ['/simulator', 'Simulator'],
  ['/planner', 'Planner'],
  ['/risk', 'Risk'],
  ['/changes', 'What changed'],
  ['/files', 'Your files'],
];
/** Rule-decision ids are for maintainers (the rules reference), never on screen. */
const DECISION_ID = /\b(AMB26|AMB|G26)-\d+/;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // Our own server, in this process, on a free port, checked to serve this checkout's build.
  server = await serveBuild(root);
  ORIGIN = server.origin;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({ serviceWorkers: 'block', permissions: ['clipboard-read', 'clipboard-write'] });
  page = await newPage();
  // What the CLI prints for the same files is what the page must show.
  const out: string[] = [];
  expect(
    await run(
      ['--json', samples],
      (t) => out.push(t),
      () => {},
    ),
  ).toBe(0);
  const json = JSON.parse(out.join('\n')) as { designations: { name: string; score: number; qualified: boolean }[] };
  expected = new Map(json.designations.map((d) => [d.name, { score: d.score, qualified: d.qualified }]));
});

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await server?.close();
  }
});

describe('PCS Planner in Chromium', () => {
  it('opens with the sample partner and shows the same six scores as the CLI', async () => {
    await page.goto(ORIGIN);
    await expect(page.getByText('Sample partner: Larkspur Cloud Partners (fictional)').isVisible()).resolves.toBe(true);
    expect(await shownScores(page)).toEqual(expected);
    await page.screenshot({ path: join(shots, 'overview.png'), fullPage: true });
    await axe(page, 'overview');
  });

  it("fetches the designation view's code while the overview shows, so its first opening waits for no download", async () => {
    const p = await newPage();
    const fetched: string[] = [];
    p.on('request', (request) => {
      if (/\/assets\/DesignationPage-[^/]+\.js$/.test(request.url())) fetched.push(request.url());
    });
    await p.goto(ORIGIN);
    await p.getByRole('article').first().waitFor();
    // Nothing was clicked: the overview asks for the chunk when the page is idle.
    await expect.poll(() => fetched.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(p.url()).not.toContain('/designation/');
    await p.close();
  });

  it('says where the partner stands and the cheapest next step; one click tries it in the simulator', async () => {
    await page.getByRole('status').filter({ hasText: '3 of 6 designations qualify' }).waitFor();
    await expect(page.getByRole('status').filter({ hasText: '3 of 6' }).textContent()).resolves.toContain(
      'closest miss: Digital & App Innovation (Azure), 76 points but Advanced certifications needs at least 1 point',
    );
    const dai = page.getByRole('article', { name: 'Digital & App Innovation (Azure)' });
    // One more Azure Solutions Architect Expert opens the advanced gate: 76 + 2 × 4 = 84, $165 + 5 × $400.
    await dai.getByText(/Next step: Certify a person: Azure Solutions Architect Expert \(AZ-305\) → 84 ✓, about \$2,165/).waitFor();
    await dai.getByRole('button', { name: 'Try it in the simulator' }).click();
    await page.waitForURL(/#\/simulator/);
    await page
      .getByRole('row', { name: /Digital & App Innovation \(Azure\)/ })
      .first()
      .getByText('84')
      .waitFor();
    await page.getByRole('button', { name: 'Delete scenario' }).click();
    await view(page, 'Overview');
  });

  it('every view has an address: Back, Forward, reload and a pasted link keep the place', async () => {
    await view(page, 'People');
    await page.waitForURL(/#\/people/);
    await view(page, 'Risk');
    await page.waitForURL(/#\/risk/);
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: /People/ }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { name: 'The next six months if nothing changes' }).waitFor();
    // A designation and an older scoring month, opened from the address and kept by a reload.
    await page.goto(`${ORIGIN}/#/designation/infrastructure?month=2026-03`);
    await page.getByRole('heading', { level: 2, name: /^Infrastructure \(Azure\)/ }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Scoring month' }).inputValue()).toBe('2026-03');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Infrastructure \(Azure\)/ }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Scoring month' }).inputValue()).toBe('2026-03');
    // Moving to another view keeps the month; choosing a month is a step Back undoes.
    await view(page, 'Overview');
    await page.getByRole('heading', { name: 'Overview — scoring month 2026-03' }).waitFor();
    await page.getByRole('combobox', { name: 'Scoring month' }).selectOption('2026-10');
    await page.getByRole('heading', { name: 'Overview — scoring month 2026-10' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Overview — scoring month 2026-03' }).waitFor();
    // Detail says what one more unit is worth, per metric.
    await page.goto(`${ORIGIN}/#/designation/digital-app-innovation`);
    await page.getByText(/Azure Solutions Architect Expert \(AZ-305\): \+8 here → 84 ✓ qualifies/).waitFor();
    // An address that is no view says so and links back.
    await page.goto(`${ORIGIN}/#/no-such-view`);
    await page.getByRole('alert').filter({ hasText: 'This address is not a view' }).waitFor();
    await page.goto(ORIGIN);
    await page.getByRole('article').first().waitFor();
  });

  it('every view renders and passes axe (serious and critical)', async () => {
    await page.getByRole('button', { name: 'Details for Digital & App Innovation (Azure)' }).click();
    await page.getByRole('heading', { name: /Enterprise path: 76 \/ 100/ }).waitFor();
    await page
      .getByText(/Who and what counted/)
      .first()
      .click();
    await page.screenshot({ path: join(shots, 'designation.png'), fullPage: true });
    await axe(page, 'designation');

    await view(page, 'Customer lookup');
    // Every customer is listed before anything is typed; choosing one looks it up.
    await page.getByRole('region', { name: 'Customers' }).getByRole('button', { name: 'Alder Logistics' }).click();
    await page.getByRole('cell', { name: 'Alder Logistics' }).first().waitFor();
    await page.getByRole('searchbox', { name: 'Tenant id or customer name' }).fill('Alder');
    await page.getByRole('cell', { name: 'Alder Logistics' }).first().waitFor();
    await page.screenshot({ path: join(shots, 'customers.png'), fullPage: true });
    await axe(page, 'customers');

    await view(page, 'People');
    await page.getByText(/Expiring or retiring in the next six months/).waitFor();
    await page.screenshot({ path: join(shots, 'people.png'), fullPage: true });
    await axe(page, 'people');

    await view(page, 'History');
    await page.getByRole('table', { name: /Scores by month/ }).waitFor();
    expect(await page.locator('.recharts-surface').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'history.png'), fullPage: true });
    await axe(page, 'history');

    await view(page, 'Your files');
    await page.screenshot({ path: join(shots, 'files.png'), fullPage: true });
    await axe(page, 'files');
  });

  it('changing the scoring month re-scores', async () => {
    await view(page, 'Overview');
    await page.getByRole('combobox', { name: 'Scoring month' }).selectOption('2026-03');
    await page.getByRole('heading', { name: 'Overview — scoring month 2026-03' }).waitFor();
    await page.getByRole('combobox', { name: 'Scoring month' }).selectOption('2026-10');
    await page.getByRole('heading', { name: 'Overview — scoring month 2026-10' }).waitFor();
  });

  it('the planner takes the near miss to qualified, and its plan applies as a scenario', async () => {
    await view(page, 'Planner');
    // The closest miss is preselected: Digital & App Innovation (76, advanced certifications at 0).
    await expect(page.getByRole('checkbox', { name: /Digital & App Innovation \(Azure\) \(76\)/ }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Find the cheapest plan' }).click();
    // One Azure Solutions Architect Expert opens the Enterprise advanced gate: 76 → 84.
    await page.getByRole('heading', { name: 'Plan: $2,165 in 1 step (cheapest possible)' }).waitFor();
    await page.screenshot({ path: join(shots, 'planner.png'), fullPage: true });
    await axe(page, 'planner');
    await page.getByRole('button', { name: 'Apply the plan as a scenario' }).click();
    await page.waitForURL(/#\/simulator/);
    const row = page.getByRole('row', { name: /Digital & App Innovation \(Azure\)/ }).first();
    await row.getByText('84').waitFor();
    expect(await row.textContent()).toContain('qualified (changes)');
  });

  it('a quick action adds a certified person and the metric and total change', async () => {
    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.getByRole('button', { name: '+1 DevOps Engineer Expert' }).click();
    await page.getByRole('button', { name: '+1 Azure Solutions Architect Expert' }).click();
    // DAI Enterprise advanced: gate open (2 SAE), DevOps people Jonas, Kai + new = 3 × 4 = 12 (Lena's IoT
    // certification is not listed in 2026); 76 + 12 = 88.
    const row = page.getByRole('row', { name: /Digital & App Innovation \(Azure\)/ }).first();
    await row.getByText('88').waitFor();
    const advanced = page.getByRole('row', { name: /Advanced certifications/ }).first();
    expect(await advanced.textContent()).toContain('12 / 20');
    // Two scenarios now: the plan and this one, side by side with the baseline.
    const all = page.getByRole('table', { name: /Scores under each scenario/ });
    await expect.poll(async () => all.getByRole('row', { name: /^Digital & App Innovation/ }).textContent()).toMatch(/76 ✗.*84 ✓.*88 ✓/);
    await page.screenshot({ path: join(shots, 'simulator.png'), fullPage: true });
    await axe(page, 'simulator');
  });

  it('a share link carries the scenario (only the changes) to another page', async () => {
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#\/simulator\?scenario=[A-Za-z0-9_-]+$/);
    expect(link).not.toContain('larkspur'); // no partner data in the link
    const other = await newPage();
    await other.goto(link);
    await other.getByRole('heading', { name: 'Simulator' }).waitFor();
    await other.getByText(/Add New DevOps Engineer Expert/).waitFor();
    await other
      .getByRole('row', { name: /Digital & App Innovation \(Azure\)/ })
      .first()
      .getByText('88')
      .waitFor();
    // The same link pasted into an open tab (a hash change, no reload) opens it too.
    await other.goto(ORIGIN);
    await other.getByRole('article').first().waitFor();
    await other.evaluate((hash) => (location.hash = hash), new URL(link).hash);
    await other.getByRole('heading', { name: 'Simulator' }).waitFor();
    // A broken link says why and leaves the app working (here in the form links had before views had
    // addresses, which still opens the simulator).
    await other.goto(`${ORIGIN}/#scenario=bm90IGpzb24`);
    await other.getByRole('alert').filter({ hasText: 'The shared scenario could not be opened' }).waitFor();
    await other.getByRole('heading', { level: 2 }).first().waitFor();
    const huge = Buffer.from(
      JSON.stringify({ id: 'x', name: 'x', changes: [{ type: 'addCustomer', tenantId: 'c', fromMonth: '2026-10', azure: [{ service: 'S', association: 'PAL', acrUsd: 1e308 }] }] }),
    ).toString('base64url');
    await other.goto(`${ORIGIN}/#/simulator?scenario=${huge}`);
    await other.getByRole('alert').filter({ hasText: 'acrUsd' }).waitFor();
    await other.close();
  });

  it('the risk view looks six months ahead', async () => {
    await view(page, 'Risk');
    await page.getByRole('heading', { name: 'The next six months if nothing changes' }).waitFor();
    // The headline agrees with the projected table below it: the first month each qualified designation drops.
    const headline = page.getByRole('alert').filter({ hasText: 'If nothing changes' });
    await expect(headline.textContent()).resolves.toContain('Business Applications stops qualifying in 2027-03 (92 now → 63)');
    await expect(headline.textContent()).resolves.toContain('Security stops qualifying in 2027-02 (82 now → 62)');
    await page.getByText(/Mateo Garcia: .*Azure Network Engineer Associate counts until 2026-12-31 — Infrastructure \(Azure\) −4/).waitFor();
    await page.screenshot({ path: join(shots, 'risk.png'), fullPage: true });
    await axe(page, 'risk');
  });

  it('the rules selector re-scores every view and survives a reload; What changed compares both editions', async () => {
    await view(page, 'Overview');
    const rules = page.getByRole('combobox', { name: 'Rules' });
    expect(await rules.inputValue()).toBe('2026');
    await rules.selectOption('2024');
    // Edition 2024 on the same files: DAI 66 (net customer adds 2 → 20), Security on its one path (24).
    await page.getByRole('article', { name: 'Digital & App Innovation (Azure)' }).getByText('66').waitFor();
    await page.getByText(/Scored with Partner Capability Score rules, 2024/).waitFor();
    await view(page, 'People');
    await page.getByText(/Expiring or retiring in the next six months/).waitFor();
    await page.reload();
    await page.getByText(/Expiring or retiring in the next six months/).waitFor();
    expect(await page.getByRole('combobox', { name: 'Rules' }).inputValue()).toBe('2024');
    await view(page, 'Overview');
    await page.getByRole('article', { name: 'Security' }).getByText('24').waitFor();
    await view(page, 'What changed');
    await page.getByRole('heading', { name: /What changed for you — rules 2024 → 2026/ }).waitFor();
    await page.getByText(/Security: 24 → 82/).waitFor();
    await page.screenshot({ path: join(shots, 'changes.png'), fullPage: true });
    await axe(page, 'changes');
    await page.getByRole('combobox', { name: 'Rules' }).selectOption('2026');
    await view(page, 'Overview');
    expect(await shownScores(page)).toEqual(expected);
  });

  it('uploading the sample files through the file input gives the CLI numbers', async () => {
    await view(page, 'Your files');
    await page.getByLabel('Choose CSV files to load').setInputFiles(SAMPLE_FILES.map((f) => join(samples, f)));
    await page.getByText('Your data', { exact: true }).waitFor();
    await view(page, 'Overview');
    expect(await shownScores(page)).toEqual(expected);
  });

  it('a broken file shows its problems and the previous data stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcs-e2e-'));
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'tenant_id|month|service|association|acr_usd\nx|2024-06|VM|PAL|10\n');
    await view(page, 'Your files');
    await page.getByLabel('Choose CSV files to load').setInputFiles(broken);
    await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor();
    await expect(page.getByRole('cell', { name: /seems to use '\|' as delimiter/ }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(shots, 'broken-file.png'), fullPage: true });
    await view(page, 'Overview');
    expect(await shownScores(page)).toEqual(expected);
  });

  it('a reload restores the data from IndexedDB', async () => {
    await page.reload();
    await page.getByText('Your data', { exact: true }).waitFor();
    expect(await shownScores(page)).toEqual(expected);
  });

  it('"Delete all my data" empties the stored data', async () => {
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByText('Sample partner: Larkspur Cloud Partners (fictional)').waitFor();
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const request = indexedDB.open('pcs-planner');
          request.onsuccess = () => {
            const db = request.result;
            const count = db.transaction('data').objectStore('data').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    // Only the state record written after the wipe (source: sample, no files) may remain.
    expect(stored).toBeLessThanOrEqual(1);
    await page.reload();
    await page.getByText('Sample partner: Larkspur Cloud Partners (fictional)').waitFor();
  });

  it('every view at 360 px and 1280 px: no page-wide horizontal scrolling, axe clean, no decision ids', async () => {
    for (const width of [360, 1280]) {
      const p = await newPage({ width, height: 800 });
      for (const [route, label] of ROUTES) {
        await p.goto(`${ORIGIN}/#${route}`);
        await p.getByRole('heading', { level: 2 }).first().waitFor();
        await p
          .getByRole('status')
          .filter({ hasText: /…$/ })
          .first()
          .waitFor({ state: 'detached', timeout: 10_000 })
          .catch(() => {});
        await p.waitForTimeout(300);
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${label} is wider than ${width} px`).toBeLessThanOrEqual(0);
        expect(await p.locator('body').innerText(), `${label} shows a decision id`).not.toMatch(DECISION_ID);
        await axe(p, `${label} at ${width} px`);
        if (width === 360) await p.screenshot({ path: join(shots, `phone-${label.replace(/\W+/g, '-').toLowerCase()}.png`), fullPage: false });
      }
      await p.close();
    }
  }, 180_000); // 20 view × width checks with axe: 30 s here, 35 s on CI; room for a slower machine

  it('the main flow works with the keyboard alone, and focus follows long actions', async () => {
    const kb = await newPage();
    // Tab or Shift+Tab (never click) until the focused element is the one named; fails after 250 stops.
    const tabTo = async (name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
      for (let i = 0; i < 250; i++) {
        await kb.keyboard.press(key);
        const focused = await kb.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').trim() : '';
        });
        if (typeof name === 'string' ? focused === name : name.test(focused)) return;
      }
      throw new Error(`could not reach ${String(name)} with Tab`);
    };
    const focusedText = () => kb.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
    // Listen for the file chooser before the page loads: adding the listener turns on Chromium's interception
    // without waiting for it, so a listener added just before the key press can lose the race (seen on CI).
    const chooser = new Promise<FileChooser>((resolve) => kb.once('filechooser', resolve));
    await kb.goto(`${ORIGIN}/#/files`);
    await kb.getByRole('heading', { level: 2 }).first().waitFor();
    // Load files: the picker is reached and opened from the keyboard (the file dialog is the browser's own).
    await tabTo('Choose CSV files to load');
    const outline = await kb.evaluate(() => getComputedStyle(document.activeElement!.closest('label')!).outlineStyle);
    expect(outline, 'the file picker shows keyboard focus').toBe('solid');
    await kb.keyboard.press('Space');
    await (await chooser).setFiles(SAMPLE_FILES.map((f) => join(samples, f)));
    await kb.getByText('Your data', { exact: true }).waitFor();
    // Overview → Detail.
    await tabTo('Overview');
    await kb.keyboard.press('Enter');
    await kb.getByRole('article').first().waitFor();
    expect(await focusedText()).toMatch(/^Overview — scoring month 2026-10/);
    await tabTo('Details for Digital & App Innovation (Azure)');
    await kb.keyboard.press('Enter');
    await kb.getByRole('heading', { level: 2, name: /^Digital & App Innovation/ }).waitFor();
    // Simulator: a quick action.
    await tabTo('Simulator');
    await kb.keyboard.press('Enter');
    await kb.getByRole('heading', { level: 2, name: 'Simulator' }).waitFor();
    await tabTo('+1 Azure Solutions Architect Expert');
    await kb.keyboard.press('Enter');
    await kb
      .getByRole('row', { name: /Digital & App Innovation \(Azure\)/ })
      .first()
      .getByText('84')
      .waitFor();
    // Planner: the search ends with focus on its result; the plan applies as a scenario.
    await tabTo('Planner', 'Shift+Tab');
    await kb.keyboard.press('Enter');
    await tabTo('Find the cheapest plan');
    await kb.keyboard.press('Enter');
    await kb.getByRole('heading', { name: 'Plan: $2,165 in 1 step (cheapest possible)' }).waitFor();
    await expect.poll(focusedText).toBe('Plan: $2,165 in 1 step (cheapest possible)');
    await tabTo('Apply the plan as a scenario');
    await kb.keyboard.press('Enter');
    await kb.waitForURL(/#\/simulator/);
    await expect.poll(focusedText).toBe('Simulator');
    await kb.close();
  });

  it('after one visit it opens and scores with the network off (service worker), and is installable', async () => {
    const online = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const p = await online.newPage();
      p.on('pageerror', (error) => pageErrors.push(error.message));
      await p.goto(ORIGIN);
      await p.getByRole('article').first().waitFor();
      // Wait until the service worker has precached the app and controls the page.
      await p.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      });
      const manifest = await p.locator('link[rel="manifest"]').getAttribute('href');
      expect(manifest).toBe('/manifest.webmanifest');
      await online.setOffline(true);
      await p.reload();
      expect(await shownScores(p)).toEqual(expected);
      // Other views work offline too, including History and its chart library (loaded on demand).
      await p.goto(`${ORIGIN}/#/history`);
      await p.getByRole('table', { name: /Scores by month/ }).waitFor();
      await p.goto(`${ORIGIN}/#/designation/security`);
      await p.getByRole('heading', { level: 2, name: /^Security/ }).waitFor();
    } finally {
      await online.close();
    }
  });

  it("the Content-Security-Policy forbids every connection, even to the page's own origin", async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const outcome = await page.evaluate(() =>
      fetch('/index.html').then(
        () => 'connected',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    // The refused fetch is reported (as a page error and a violation), which is the point: the last test sets those reports aside.
  });

  it('made no request to another origin and threw no page errors', () => {
    expect(foreignRequests).toEqual([]);
    const deliberate = (message: string) => /index\.html/.test(message) && /Content Security Policy|connect-src/.test(message);
    expect(pageErrors.filter((m) => !deliberate(m))).toEqual([]);
    // No inline style or script was needed: the policy has no 'unsafe-inline' anywhere.
    expect(cspViolations.filter((m) => !deliberate(m))).toEqual([]);
  });
});
