import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { seedDossierStatistiekDemo } from '@hub/dossier';
import { loadExampleOperations } from '@hub/gateway';
import { asPersona, startTestHub, type TestHub } from './helpers.js';

// A real headless Chromium (Debian's `chromium`; .ci/run installs it). Outside CI a machine without it
// skips these tests with a message; in CI (CI or REQUIRE_BROWSER set) they fail instead.
const CHROMIUM = '/usr/bin/chromium';
const required = Boolean(process.env.CI || process.env.REQUIRE_BROWSER);
const available = existsSync(CHROMIUM);
if (!available && !required) {
  console.warn(`Skipping the GraphiQL browser tests: ${CHROMIUM} is missing (apt-get install -y chromium; set REQUIRE_BROWSER=1 to fail instead).`);
}

const example = (name: string) => {
  const found = loadExampleOperations().find((e) => e.name === name);
  if (!found) throw new Error(`no example operation ${name}`);
  return found;
};

interface Statistieken {
  drempel: number;
  faseInstroomPerMaand: Array<{ maand: string; fase: string; aantal: number | null; onderdrukt: boolean }>;
  doorlooptijden: Array<{ fase: string; aantal: number | null; mediaanDagen: number | null; p90Dagen: number | null; onderdrukt: boolean }>;
}

describe.skipIf(!available && !required)('GraphiQL and /statistieken in a real headless Chromium', () => {
  let hub: TestHub;
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is required here (CI or REQUIRE_BROWSER is set) but ${CHROMIUM} is missing: apt-get install -y chromium`);
    hub = await startTestHub();
    // Some 150 generated dossiers over 14 months, so that the analysts' figures are not all suppressed.
    await seedDossierStatistiekDemo(hub.dataSources.dossier);
    profile = mkdtempSync(join(tmpdir(), 'hub-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Fails the test on any error the page logs or throws. */
  async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => {
      // A failed load is reported with its URL below.
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(hub.urls.gateway) && !request.url().startsWith(hub.urls.sandbox)) errors.push(`request outside the hub: ${request.url()}`);
    });
    await page.goto(`${hub.urls.gateway}${path}`);
    return { page, errors };
  }

  it('opens GraphiQL with the analysts\' example operations as tabs, runs one as the analist, and shows its result', async () => {
    const { page, errors } = await openPage('/graphiql');
    await page.selectOption('#hub-persona-select', 'analist');
    await expect.poll(() => page.textContent('#hub-persona-status')).toBe('aangemeld als analist');
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.allInnerTexts()).toEqual(['DossiersPerFase', 'EpcLabelsEnPremies', 'Doorlooptijden', 'OpenVragen', 'StatistiekenGrafieken', 'UitgevoerdeMaatregelen']);

    const answered = page.waitForResponse((r) => r.url() === hub.urls.graphql && (r.request().postData() ?? '').includes('DossiersPerFase'));
    await page.click('.graphiql-execute-button');
    const response = await answered;
    const sent = JSON.parse(response.request().postData()!) as { query: string; variables: unknown };
    expect(sent.query).toBe(example('DossiersPerFase').query);
    expect(sent.variables).toEqual(example('DossiersPerFase').variables);
    expect(response.request().headers().authorization).toMatch(/^Bearer ey/);

    // What GraphiQL shows is what the analist gets through the gateway with the same variables.
    const direct = await asPersona(hub, 'analist', example('DossiersPerFase').query, example('DossiersPerFase').variables);
    expect(direct.body.errors).toBeUndefined();
    const shown = () => editorText(page, '.result-window');
    await expect.poll(shown).toContain('"dossiersPerFase"');
    expect(JSON.parse(await shown())).toEqual(direct.body);
    expect((direct.body.data as { statistieken: { aantalDossiers: number } }).statistieken.aantalDossiers).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('opens other personas on the examples of their role', async () => {
    const { page, errors } = await openPage('/graphiql');
    const tabs = page.locator('.graphiql-tab');
    await page.selectOption('#hub-persona-select', 'spoc');
    await expect.poll(() => tabs.allInnerTexts()).toEqual(['DossierPagina', 'DossierLijst', 'VragenInbox']);
    await page.selectOption('#hub-persona-select', 'burgerprofiel');
    await expect.poll(() => page.textContent('#hub-persona-status')).toBe('aangemeld als burgerprofiel');
    // One example: GraphiQL shows no tab bar, the editor holds it.
    await expect.poll(() => tabs.count()).toBe(0);
    await expect.poll(() => editorText(page, '.graphiql-query-editor')).toBe(example('LopendeZaken').query);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('draws the phases over time and the lead times on /statistieken, as the analist, with the figures of the API', async () => {
    const { page, errors } = await openPage('/statistieken');
    await page.waitForSelector('#status.klaar');
    const direct = await asPersona<{ statistieken: Statistieken }>(hub, 'analist', example('StatistiekenGrafieken').query, { filter: {} });
    const stats = direct.body.data!.statistieken;

    const bars = await page.$$eval('#grafiek-fasen rect.balk', (rects) =>
      rects.map((r) => ({ maand: r.getAttribute('data-maand'), fase: r.getAttribute('data-fase'), aantal: Number(r.getAttribute('data-aantal')) })),
    );
    const expectedBars = stats.faseInstroomPerMaand.filter((t) => !t.onderdrukt && t.aantal).map(({ maand, fase, aantal }) => ({ maand, fase, aantal }));
    expect(expectedBars.length).toBeGreaterThan(10);
    expect(bars.sort(byMonthAndPhase)).toEqual(expectedBars.sort(byMonthAndPhase));

    const medians = await page.$$eval('#grafiek-doorlooptijden rect.mediaan', (rects) => rects.map((r) => ({ fase: r.getAttribute('data-fase'), dagen: Number(r.getAttribute('data-dagen')) })));
    const p90s = await page.$$eval('#grafiek-doorlooptijden rect.p90', (rects) => rects.map((r) => ({ fase: r.getAttribute('data-fase'), dagen: Number(r.getAttribute('data-dagen')) })));
    const shownLeadTimes = stats.doorlooptijden.filter((d) => !d.onderdrukt && d.mediaanDagen !== null);
    expect(shownLeadTimes.length).toBeGreaterThan(0);
    expect(medians).toEqual(shownLeadTimes.map((d) => ({ fase: d.fase, dagen: d.mediaanDagen })));
    expect(p90s).toEqual(shownLeadTimes.map((d) => ({ fase: d.fase, dagen: d.p90Dagen })));
    // Each bar is at most as wide as the chart, and the p90 bar at least as wide as the median one.
    const widths = await page.$$eval('#grafiek-doorlooptijden rect', (rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(widths.every((w) => w > 0 && w <= 440)).toBe(true);

    // A filter on postcodes draws that selection.
    await page.fill('input[name=postcodes]', '3000');
    const refreshed = page.waitForResponse((r) => r.url() === hub.urls.graphql);
    await page.click('#filter button');
    expect(JSON.parse((await refreshed).request().postData()!).variables).toEqual({ filter: { postcodes: ['3000'] } });
    await page.waitForSelector('#status.klaar');
    const filtered = await asPersona<{ statistieken: Statistieken }>(hub, 'analist', example('StatistiekenGrafieken').query, { filter: { postcodes: ['3000'] } });
    const filteredBars = await page.$$eval('#grafiek-fasen rect.balk', (rects) => rects.length);
    expect(filteredBars).toBe(filtered.body.data!.statistieken.faseInstroomPerMaand.filter((t) => !t.onderdrukt && t.aantal).length);
    expect(filteredBars).toBeLessThan(bars.length);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows the refusal, and no chart, to a persona without access to statistics', async () => {
    const { page, errors } = await openPage('/statistieken');
    await page.waitForSelector('#status.klaar');
    await page.selectOption('#hub-persona-select', 'burger');
    await page.waitForSelector('#status.fout');
    expect(await page.textContent('#status')).toBe('FORBIDDEN: Geen toegang.');
    expect(await page.$$('#grafiek-fasen svg, #grafiek-doorlooptijden svg')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

/** The whole text of a GraphiQL editor (CodeMirror renders only the lines in view). */
function editorText(page: Page, container: string): Promise<string> {
  return page.evaluate<string>(`document.querySelector(${JSON.stringify(`${container} .CodeMirror`)})?.CodeMirror?.getValue() ?? ''`);
}

function byMonthAndPhase(a: { maand: string | null; fase: string | null }, b: { maand: string | null; fase: string | null }) {
  return `${a.maand}|${a.fase}`.localeCompare(`${b.maand}|${b.fase}`);
}
