// `npm run bench`: builds the app and the benchmark pages, serves them on loopback, drives Debian
// Chromium, prints one table and writes results/latest.json. Each figure is the median of
// interleaved runs (the all-rows baseline, ~85 s a run at 10,000, runs once: its figures are
// orders of magnitude from ours); every comparison is a ratio measured in this run (quality.md).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { launchChromium, heapAfterGc } from './browser.mjs';
import { measureBulk } from './bulk.mjs';
import { measureDashboard } from './dashboard.mjs';
import { measureHistory, measurePlanner } from './features.mjs';
import { measureSlowArrival } from './slow-arrival.mjs';
import { HUGE_FLEET, measureHugeFleet, startHugeFleet } from './huge-fleet.mjs';
import { firstLoadSize } from './sizes.mjs';
import { installProbes, measureTableWork, openBaseline, openOurs, TABLES } from './tables.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const ROOT = here('../../');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const ONLY_FLEET = process.env.BENCH_FLEET ? Number(process.env.BENCH_FLEET) : null;
const ONLY_TABLE = process.env.BENCH_TABLE?.split(',') ?? null;
const ALL_FLEETS = [
  { n: 1_000, scenario: 'fleet-1k', serial: 'S00001F3', allRows: true },
  { n: 10_000, scenario: 'large-fleet', serial: 'S0001F3F', allRows: true },
  // The all-rows table never paints 100,000 rows (quality.md): it is left out there.
  { n: 100_000, scenario: 'benchmark-fleet', serial: 'S001869F', allRows: false },
];
const FLEETS = ALL_FLEETS.filter((f) => ONLY_FLEET === null || f.n === ONLY_FLEET);
const TIMEOUT = 240_000;
// Two agents may bench side by side: each takes its own pair of ports (PORT and PORT + 1).
const PORT = Number(process.env.BENCH_PORT ?? 4190);
// Comma-separated parts to run (p2, p9, p11, r16, p12, features, tables, p10); all when unset. P10 uses PORT + 2, + 3.
const PARTS = process.env.BENCH_PARTS?.split(',') ?? null;
const part = (name) => PARTS === null || PARTS.includes(name);

/** Each preset's median score, CLS, LCP and TBT. */
const lighthouseSummary = (runsByPreset) =>
  Object.fromEntries(
    Object.entries(runsByPreset).map(([preset, runs]) => [
      preset,
      {
        score: median(runs.map((x) => x.score)),
        cls: median(runs.map((x) => x.cls)),
        lcpMs: median(runs.map((x) => x.lcpMs)),
        tbtMs: median(runs.map((x) => x.tbtMs)),
      },
    ]),
  );

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function log(message) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function buildAll() {
  if (!existsSync(here('./node_modules/lighthouse'))) {
    log('installing the benchmark’s own dependencies (tests/bench)');
    execSync('npm ci --no-audit --no-fund', { cwd: here('.'), stdio: 'inherit' });
  }
  log('building the app (production)');
  await build({ root: ROOT, logLevel: 'warn' });
  for (const [out, pages] of [
    ['shell', 'shell'],
    ['tables', 'all-rows,data-grid'],
  ]) {
    log(`building the benchmark pages: ${pages}`);
    process.env.BENCH_PAGES = pages;
    process.env.BENCH_OUT = out;
    await build({ configFile: here('./vite.bench.config.ts'), logLevel: 'warn' });
  }
}

async function serve(configFile, outDir, port) {
  return preview({
    configFile,
    root: configFile ? undefined : ROOT,
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'warn',
  });
}

async function main() {
  const started = Date.now();
  await buildAll();
  const results = { date: new Date().toISOString(), runs: RUNS };

  // P1
  const app = await firstLoadSize(here('../../dist'));
  const shell = await firstLoadSize(here('./dist/shell'), 'shell.html');
  results.p1 = {
    app,
    shell,
    gzipRatio: app.gzip / shell.gzip,
    brotliRatio: app.brotli / shell.brotli,
  };

  // The build with VITE_API_URL and its cloud over HTTP, on free loopback ports (P1, P2a).
  const { startHttpCloud } = await import('./http-cloud.mjs');
  const httpApp = await startHttpCloud(ROOT, here('./dist/http'));
  results.p1.http = await firstLoadSize(here('./dist/http'));
  const appServer = await serve(here('../../vite.config.ts'), 'dist', PORT);
  const pageServer = await serve(here('./vite.bench.config.ts'), here('./dist/tables'), PORT + 1);
  const appUrl = `http://127.0.0.1:${PORT}`;
  const pagesUrl = `http://127.0.0.1:${PORT + 1}`;
  try {
    // P2: Lighthouse, mobile and desktop interleaved
    const { lighthouseRun } = await import('./lighthouse.mjs');
    const lh = { mobile: [], desktop: [] };
    for (let r = 0; r < LIGHTHOUSE_RUNS; r += 1) {
      for (const preset of ['mobile', 'desktop']) {
        log(`lighthouse ${preset} ${r + 1}/${LIGHTHOUSE_RUNS}`);
        lh[preset].push(await lighthouseRun(`${appUrl}/?scenario=typical-site&latency=0`, preset));
      }
    }
    results.p2 = lighthouseSummary(lh);

    // P2a: what a real deployment gets, the build with VITE_API_URL on the cloud over HTTP
    const lhHttp = { mobile: [], desktop: [] };
    for (let r = 0; r < LIGHTHOUSE_RUNS; r += 1) {
      for (const preset of ['mobile', 'desktop']) {
        log(`lighthouse, build with VITE_API_URL: ${preset} ${r + 1}/${LIGHTHOUSE_RUNS}`);
        lhHttp[preset].push(await lighthouseRun(`${httpApp.url}/`, preset, httpApp.headers));
      }
    }
    results.p2a = lighthouseSummary(lhHttp);

    const browser = await launchChromium();
    const fresh = async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript(installProbes);
      const page = await context.newPage();
      // The all-rows baseline keeps the main thread busy for many seconds per click.
      page.setDefaultTimeout(TIMEOUT);
      return { context, page };
    };

    // P9
    const dash = [];
    for (let r = 0; r < (part('p9') ? RUNS : 0); r += 1) {
      log(`dashboard ${r + 1}/${RUNS}`);
      const { context, page } = await fresh();
      dash.push(await measureDashboard(page, appUrl, TIMEOUT));
      await context.close();
    }
    results.p9 = {
      statusVisibleMs: median(dash.map((d) => d.statusVisibleMs)),
      clickToRowsMs: median(dash.map((d) => d.clickToRowsMs)),
      dialogRequests: median(dash.map((d) => d.dialogRequests)),
      parallel: dash.every((d) => d.parallel),
    };

    // P11
    const { measureAreas } = await import('./round-trips.mjs');
    results.p11 = part('p11')
      ? await measureAreas({
          fresh,
          baseUrl: appUrl,
          runs: RUNS,
          timeout: TIMEOUT,
          log,
          median,
        })
      : undefined;

    // R16
    const arrivals = [];
    for (let r = 0; r < (part('r16') ? RUNS : 0); r += 1) {
      log(`100,000 sensors arriving slowly ${r + 1}/${RUNS}`);
      const { context, page } = await fresh();
      arrivals.push(await measureSlowArrival(page, appUrl, TIMEOUT));
      await context.close();
    }
    results.r16 = { longestTaskMs: median(arrivals.map((a) => a.longestTaskMs)) };

    // P12
    const bulks = [];
    for (let r = 0; r < (part('p12') ? RUNS : 0); r += 1) {
      log(`bulk command over 100,000 sensors ${r + 1}/${RUNS}`);
      const { context, page } = await fresh();
      bulks.push(await measureBulk(page, appUrl, TIMEOUT));
      await context.close();
    }
    results.p12 = {
      resultMs: median(bulks.map((b) => b.resultMs)),
      longestTaskMs: median(bulks.map((b) => b.longestTaskMs)),
    };

    // AU-1 and PL-1 (issue 22)
    const histories = [];
    const plans = [];
    for (let r = 0; r < (part('features') ? RUNS : 0); r += 1) {
      log(`History of 1,000 events, planner of 200 segment controllers ${r + 1}/${RUNS}`);
      for (const [into, measure] of [
        [histories, measureHistory],
        [plans, measurePlanner],
      ]) {
        const { context, page } = await fresh();
        into.push(await measure(page, appUrl, TIMEOUT));
        await context.close();
      }
    }
    results.features = {
      historyOpenMs: median(histories.map((h) => h.openMs)),
      plannerRenderMs: median(plans.map((p) => p.renderMs)),
    };

    // P3–P8
    results.tables = [];
    for (const fleet of part('tables') ? FLEETS : []) {
      const kinds = ['ours', 'dataGrid', ...(fleet.allRows ? ['allRows'] : [])].filter(
        (k) => ONLY_TABLE === null || ONLY_TABLE.includes(k),
      );
      const samples = Object.fromEntries(kinds.map((k) => [k, []]));
      for (let r = 0; r < RUNS; r += 1) {
        for (const kind of kinds.filter((k) => k !== 'allRows' || r === 0)) {
          log(`${fleet.n} sensors: ${kind} ${r + 1}/${RUNS}`);
          const { context, page } = await fresh();
          const table = TABLES[kind];
          const opened =
            kind === 'ours'
              ? await openOurs(page, appUrl, fleet.scenario, TIMEOUT)
              : await openBaseline(
                  page,
                  `${pagesUrl}/${kind === 'dataGrid' ? 'data-grid' : 'all-rows'}.html?n=${fleet.n}`,
                  table.rows,
                  TIMEOUT,
                );
          await page.waitForTimeout(300);
          const heapAfter = await heapAfterGc(page);
          const work = await measureTableWork(page, table, {
            serial: fleet.serial,
            timeout: TIMEOUT,
          });
          samples[kind].push({
            rowsMs: opened.rowsMs,
            openMs: opened.openMs ?? opened.rowsMs,
            extraHeapMb: (heapAfter - opened.heapBefore) / 2 ** 20,
            ...work,
          });
          await context.close();
        }
      }
      const summary = (runs) => ({
        rowsMs: median(runs.map((x) => x.rowsMs)),
        openMs: median(runs.map((x) => x.openMs)),
        sortMs: median(runs.map((x) => x.sort.ms)),
        sortInpMs: median(runs.map((x) => x.sort.inpMs)),
        searchMs: median(runs.map((x) => x.search.ms)),
        searchInpMs: median(runs.map((x) => x.search.inpMs)),
        framesUnder20ms: median(runs.map((x) => x.scroll.under20ms)),
        blankFrames: median(runs.map((x) => x.scroll.blankFrames)),
        domNodes: median(runs.map((x) => x.domNodes)),
        extraHeapMb: median(runs.map((x) => x.extraHeapMb)),
      });
      results.tables.push({
        sensors: fleet.n,
        ...Object.fromEntries(kinds.map((k) => [k, summary(samples[k])])),
      });
    }

    // P10
    if (part('p10')) {
      const huge = await startHugeFleet(PORT + 2, log);
      try {
        const runs = [];
        for (let r = 0; r < RUNS; r += 1) {
          log(`${HUGE_FLEET} sensors over HTTP ${r + 1}/${RUNS}`);
          const { context, page } = await fresh();
          runs.push(await measureHugeFleet(page, huge, TIMEOUT));
          await context.close();
        }
        results.p10 = {
          sensors: HUGE_FLEET,
          seedMs: huge.seedMs,
          ...(await huge.serverMemoryMb()),
          openMs: median(runs.map((x) => x.openMs)),
          sortMs: median(runs.map((x) => x.sort.ms)),
          sortInpMs: median(runs.map((x) => x.sort.inpMs)),
          searchMs: median(runs.map((x) => x.search.ms)),
          searchInpMs: median(runs.map((x) => x.search.inpMs)),
          extraHeapMb: median(runs.map((x) => x.extraHeapMb)),
          domNodes: median(runs.map((x) => x.domNodes)),
        };
      } finally {
        await huge.close();
      }
    }
    await browser.close();
  } finally {
    await httpApp.close();
    await appServer.close();
    await pageServer.close();
  }
  results.minutes = (Date.now() - started) / 60_000;
  await mkdir(here('./results'), { recursive: true });
  await writeFile(here('./results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (ONLY_FLEET !== null || ONLY_TABLE !== null || LIGHTHOUSE_RUNS === 0 || PARTS !== null) {
    // A partial run (while working on one figure): the raw figures.
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const { printReport } = await import('./report.mjs');
  const table = printReport(results);
  // A whole run is kept by its date, with its table, so the trend can be compared run to run.
  await writeFile(
    here(`./results/${results.date.replaceAll(':', '-')}.json`),
    `${JSON.stringify({ ...results, table }, null, 2)}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
