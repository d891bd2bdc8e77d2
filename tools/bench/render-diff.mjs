#!/usr/bin/env node
// render-diff.mjs — WebSocket bytes a click costs on a Blazor Server page.
//
// Opens the page in headless Chromium (after BENCH_SIGNIN_URL, if set), waits until the circuit has rendered,
// then clicks each selector in turn (K rounds) and adds up the payload bytes of every frame the server sends over
// /_blazor from the click until the socket has been quiet for --quiet ms (render batches, JS interop calls and
// acks: everything that click made the server send), and separately the frames that carry a JS.RenderBatch (the
// render diff). Prints one JSON line: bytes per click (median, min, max) and the median render-diff bytes.
//
// usage: node tools/bench/render-diff.mjs --url http://127.0.0.1:5911/script --click 'label[for$="-Direct"]' \
//            --click 'label[for$="-Warm"]' [--rounds 5] [--quiet 400] [--ready '[data-interactive=true]'] [--show]
// --show prints, for each click, every frame the server sent (its size, what it carries, and the readable strings in it)
// to stderr: to see where a click's bytes go. It prints the page's text, so use it on sample text only.
// Needs playwright-core (NODE_PATH pointing at a node_modules that has it, e.g. the bench harness's).
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const argv = process.argv.slice(2);
const opt = { clicks: [], rounds: 5, quiet: 400, ready: 'main[data-interactive="true"]', show: false };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const next = () => argv[++i];
  if (a === '--url') opt.url = next();
  else if (a === '--click') opt.clicks.push(next());
  else if (a === '--rounds') opt.rounds = parseInt(next(), 10);
  else if (a === '--quiet') opt.quiet = parseInt(next(), 10);
  else if (a === '--ready') opt.ready = next();
  else if (a === '--show') opt.show = true;
  else { console.error(`unknown argument ${a}`); process.exit(1); }
}
if (!opt.url || opt.clicks.length === 0) { console.error('need --url and at least one --click'); process.exit(1); }

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
});
const context = await browser.newContext();
const page = await context.newPage();
page.setDefaultTimeout(120_000); // a busy machine (other builds) can take long to load the page
if (process.env.BENCH_SIGNIN_URL) await page.goto(process.env.BENCH_SIGNIN_URL);
let bytes = 0; let frames = 0; let batchBytes = 0; let last = Date.now(); let firstRenderBytes = 0; let counting = false;
let shown = [];
const kindOf = (s) => (s.includes('JS.RenderBatch') ? 'RenderBatch' : s.includes('JS.BeginInvokeJS') ? 'BeginInvokeJS'
  : s.includes('JS.EndInvokeDotNet') ? 'EndInvokeDotNet' : s.includes('JS.') ? s.match(/JS\.[A-Za-z]+/)[0] : 'other');
page.on('websocket', (ws) => {
  if (!ws.url().includes('/_blazor')) return;
  ws.on('framereceived', (f) => {
    const n = typeof f.payload === 'string' ? Buffer.byteLength(f.payload) : f.payload.length;
    const s = typeof f.payload === 'string' ? f.payload : Buffer.from(f.payload).toString('latin1');
    if (counting) {
      bytes += n; frames++; if (s.includes('JS.RenderBatch')) batchBytes += n;
      if (opt.show) shown.push({ bytes: n, kind: kindOf(s), strings: s.match(/[\x20-\x7e]{4,}/g) ?? [] });
    } else firstRenderBytes += n;
    last = Date.now();
  });
});
await page.goto(opt.url, { waitUntil: 'load' });
await page.locator(opt.ready).first().waitFor({ timeout: 60_000 });
try { await page.waitForLoadState('networkidle', { timeout: 15_000 }); } catch { /* fine */ }
while (Date.now() - last < opt.quiet) await sleep(50);

const perClick = [];
for (let r = 0; r < opt.rounds; r++) {
  for (const sel of opt.clicks) {
    bytes = 0; frames = 0; batchBytes = 0; counting = true; last = Date.now();
    await page.click(sel, { force: true });
    // the server answers at least once; then wait for the socket to go quiet
    const t0 = Date.now();
    while (frames === 0 && Date.now() - t0 < 10_000) await sleep(20);
    while (Date.now() - last < opt.quiet) await sleep(20);
    counting = false;
    perClick.push({ sel, bytes, batchBytes, frames });
    if (opt.show) { console.error(JSON.stringify({ sel, frames: shown }, null, 1)); shown = []; }
  }
}
await browser.close();
const sorted = perClick.map((x) => x.bytes).sort((p, q) => p - q);
const median = sorted[Math.floor(sorted.length / 2)];
const batches = perClick.map((x) => x.batchBytes).sort((p, q) => p - q);
console.log(JSON.stringify({ url: opt.url, firstRenderBytes, clicks: perClick.length, medianBytes: median, medianRenderBatchBytes: batches[Math.floor(batches.length / 2)], minBytes: sorted[0], maxBytes: sorted[sorted.length - 1], perClick }));
