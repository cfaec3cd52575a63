// The HTML report in a real browser: headless Chromium (Debian's package)
// driven by playwright-core. Generates the Kremlin report with the release
// binary, reviews it with the keyboard, exports the decisions and feeds them
// back with --review; checks that a hostile document stays text.
//
// Run through run.sh, which installs what is missing. CLAIMDIFF overrides
// the binary; SCREENSHOT where the Kremlin report's screenshot goes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = process.env.CLAIMDIFF || path.join(root, 'target', 'release', 'claimdiff');
const screenshot = process.env.SCREENSHOT || '/tmp/claimdiff-report.png';
const kremlin = path.join(root, 'corpora', 'kremlin-talks');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-browser-'));
let context;

/// Run claimdiff; exit status 0 and 1 both mean it worked.
function claimdiff(...args) {
  const run = spawnSync(binary, args, { encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, `claimdiff ${args.join(' ')}: ${run.stderr}`);
  return run;
}

async function open(file) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto('file://' + file);
  page.errors = errors;
  return page;
}

const visibleIds = (page) => page.$$eval('article.divergence', (els) => els.filter((e) => !e.hidden).map((e) => e.id));
const currentId = (page) => page.$eval('article.current', (e) => e.id);

before(async () => {
  context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
    offline: true,
  });
});

after(async () => {
  await context?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

test('the Kremlin report: filter, keys, dismiss, export, and back with --review', async () => {
  const report = path.join(work, 'kremlin.html');
  claimdiff('table', kremlin, '--format', 'html', '-o', report);
  const page = await open(report);
  await page.screenshot({ path: screenshot });
  const all = await visibleIds(page);
  assert.ok(all.length > 10, `${all.length} divergences shown`);
  assert.ok(all.every((id) => /^D[0-9a-f]+/.test(id)));

  // Filter by type: only attribution.
  const types = await page.$$eval('input[name="type"]', (els) => els.map((e) => e.value));
  for (const t of types.filter((t) => t !== 'attribution')) {
    await page.uncheck(`input[name="type"][value="${t}"]`);
  }
  const attribution = await visibleIds(page);
  assert.ok(attribution.length >= 2, 'two attribution divergences at least');
  for (const id of attribution) {
    assert.equal(await page.$eval(`#${id}`, (e) => e.dataset.type), 'attribution');
  }

  // j / k move among the shown divergences.
  await page.keyboard.press('j');
  assert.equal(await currentId(page), attribution[0]);
  await page.keyboard.press('j');
  assert.equal(await currentId(page), attribution[1]);
  await page.keyboard.press('k');
  assert.equal(await currentId(page), attribution[0]);

  // d dismisses: the divergence leaves the view (dismissed are filtered out).
  const dismissed = attribution[0];
  await page.fill(`#${dismissed} .note`, 'same quote, speaker named differently');
  await page.click(`#${dismissed} header`);
  await page.fill('#reviewer', 'browser-test');
  await page.click(`#${dismissed} header`);
  await page.keyboard.press('d');
  assert.equal(await page.$eval(`#${dismissed}`, (e) => e.dataset.status), 'dismissed');
  assert.ok(!(await visibleIds(page)).includes(dismissed));
  assert.match(await page.textContent('#shown-count'), /1 dismissed/);
  await page.check('input[name="status"][value="dismissed"]');
  assert.ok((await visibleIds(page)).includes(dismissed));

  // Export: a download of the decisions file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  assert.equal(download.suggestedFilename(), 'claimdiff-review.json');
  const saved = path.join(work, 'decisions.json');
  await download.saveAs(saved);
  const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.equal(file.schema, 'claimdiff-review/1');
  const decision = file.decisions[dismissed];
  assert.equal(decision.status, 'dismissed');
  assert.equal(decision.note, 'same quote, speaker named differently');
  assert.equal(decision.reviewer, 'browser-test');
  assert.equal(decision.type, 'attribution');
  assert.ok(decision.claims.length >= 2 && decision.variants.length >= 2);
  assert.ok(!Number.isNaN(Date.parse(decision.time)));
  assert.deepEqual(page.errors, []);
  await page.close();

  // The exported file, given back: JSON carries the review, HTML keeps it.
  const json = JSON.parse(claimdiff('table', kremlin, '-f', 'json', '--review', saved, '--show-dismissed').stdout);
  const d = json.divergences.find((x) => x.id === dismissed);
  assert.equal(d.review.status, 'dismissed');
  assert.deepEqual(json.review_stale, []);
  const again = path.join(work, 'again.html');
  claimdiff('table', kremlin, '-f', 'html', '--review', saved, '-o', again);
  const page2 = await open(again);
  assert.ok(!(await visibleIds(page2)).includes(dismissed));
  assert.equal(await page2.$eval(`#${dismissed} .note`, (e) => e.value), 'same quote, speaker named differently');
  const [download2] = await Promise.all([page2.waitForEvent('download'), page2.click('#export')]);
  assert.equal(download2.suggestedFilename(), 'decisions.json');
  await page2.close();
});

test('"in context" marks exactly the claim, whatever the characters before it', async () => {
  const report = path.join(work, 'context.html');
  claimdiff('table', kremlin, '--format', 'html', '-o', report);
  const page = await open(report);
  const mismatches = await page.$$eval('a.context', (links) => links.flatMap((link) => {
    link.click();
    const mark = document.querySelector(`#src-${link.dataset.source} mark`);
    const quoted = link.closest('.side').querySelector('blockquote').textContent;
    return mark && mark.textContent === quoted ? [] : [`${quoted} / ${mark && mark.textContent}`];
  }));
  assert.deepEqual(mismatches, []);
  assert.ok(await page.$eval('#src-S1', (d) => d.open));
  const first = await page.$eval('article.divergence', (e) => e.id);
  await page.click(`#${first} a.context`);
  assert.match(await page.textContent('#back'), new RegExp(`back to ${first}`));
  await page.click('#back');
  assert.equal(await currentId(page), first);
  assert.ok(await page.$eval('#back', (b) => b.hidden));
  await page.close();
});

test('a hostile document stays text', async () => {
  const hostile = [
    'Hostile </script><script>window.__pwned = 1; alert(1)</script> headline',
    '',
    'Officials said 40 people attended the <img src=x onerror="window.__pwned = 2"> meeting & "talks" went \'well\'.',
    'A line\u2028separator and </script><!-- and <b onmouseover=alert(3)>bold</b> end.',
  ].join('\n');
  const other = 'Hostile headline\n\nOfficials said 45 people attended the meeting & talks went well.\n';
  fs.writeFileSync(path.join(work, 'evil"<b>.txt'), hostile);
  fs.writeFileSync(path.join(work, 'plain.txt'), other);
  const report = path.join(work, 'hostile.html');
  claimdiff('compare', path.join(work, 'evil"<b>.txt'), path.join(work, 'plain.txt'), '--label-a',
    '<img src=x onerror="window.__pwned=3">', '-f', 'html', '-o', report);
  const page = await open(report);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('script', (s) => s.length), 2, 'only the page\'s own scripts');
  assert.equal(await page.$$eval('img, b', (s) => s.length), 0);
  const text = await page.$eval('#src-S1 .source-text', (p) => p.textContent);
  assert.ok(text.includes('<script>window.__pwned = 1; alert(1)</script>'), 'the markup is shown as text');
  assert.ok(text.includes('\u2028'));
  assert.ok((await page.textContent('table.outlets')).includes('<img src=x onerror="window.__pwned=3">'));
  assert.ok(await page.$$eval('article.divergence', (els) => els.length) > 0, 'the quantity divergence is shown');
  assert.deepEqual(page.errors, []);
  await page.close();
});

