#!/usr/bin/env node
// Reports the gzipped size of what each page of dist/ loads up front, and of the lazily loaded chunks,
// and checks the budgets: functions.js <= 60 KB, the task pane's own scripts <= 300 KB (gzipped).
//
//   npm run build && npm run size        (env JX_DIST_DIR: another output folder)
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const KB = 1024;
const BUDGETS = [
  {
    label: 'functions.js (custom functions)',
    files: (pages) => ['functions.js'].filter(() => pages.taskpane),
    // Issue 4's goal. It was passed once (72.7 KB, with the target grammar and the registry's texts) while the
    // records' schemas used classic zod, whose methods live on prototypes and cannot be shaken: ~25 KB of zod.
    // With zod/mini (model/records.ts) only the schema kinds used are bundled: 55.7 KB. The ledger reading's growth
    // took it to 63.0 KB (the budget was raised to 64 KB for a while); the functions now make their findings' texts
    // through a look-up of the rule families they can meet (messages/text.ts), not the whole registry (63.0 → 56.6
    // KB), and the ledger reader takes PROJECT_KEYS from projectKeys.ts, not records.ts, so zod and the schemas stay
    // out of functions.js (57.7 → 50.8 KB after merging the day's reading changes).
    // Stop 34's reading (grade words, category rows, goals) took it to 62.5 KB; the sheet rules only a whole workbook
    // meets (S005, S006, S008, S010–S014, rules/sheetsWorkbook.ts) are no longer bundled with FINDINGS': 59.7 KB.
    // Stop 35's reading took it to 60.5 KB; INDICATORSCORE now scores its one indicator without the whole evaluation
    // (scoring/evaluate.ts scoreIndicators; scoring/whole.ts), so the table's rules (W003 W004 W009 W010,
    // rules/scoringWorkbook.ts) and the ledger's metrics (autoMetric, given by whole.ts) stay out: 58.2 KB.
    // Stop 36's reading (ranges in 万, fractions, codes, years written in Chinese, 自评表 formats read back, notes
    // under a ledger, counties) took it to 60.7 KB (the budget was 61 KB for a while). Stop 37 keeps what only a
    // workbook's check reads out of the modules the functions import: number formats (read/formats.ts) and the
    // mid-year answers (monitor/columns.ts), given to the indicator reader by checkWorkbook; the sheets' search
    // (read/locate.ts) and a ledger over several sheets (read/ledgerSheets.ts), which FINDINGS' one range never
    // needs. As the task pane shares functions.js's modules (dependOn), every export the pane uses of a module the
    // functions import is in functions.js: what only the pane uses goes in a module of its own. 59.0 KB.
    // Stop 38 moved what was left of that (61,296 → 60,117 B) and names exports by use (mangleExports 'size'): 58.0 KB.
    // Stop 43's reading took it to 61,338 B; stop 44 compiles the functions without their descriptions, which only
    // functions.json carries (scripts/function-descriptions.js): 59,542 B.
    // Stop 45's reading of amounts in 大写 (rmbFromWords) took it from 61,170 to 61,650 B; S009, which FINDINGS never
    // says, left its look-up (rules/sheetsWorkbook.ts): 61,100 B.
    max: 60 * KB,
  },
  {
    label: 'task pane scripts (taskpane.html without functions.js and office.js)',
    files: (pages) => (pages.taskpane || []).filter((f) => f !== 'functions.js' && !f.startsWith('office-js/')),
    max: 300 * KB,
  },
];

function gz(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Local scripts a page loads (in order), without the cache-busting query. */
function pageScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = (m[1] ?? m[2] ?? m[3]).split('?')[0];
    if (!/^[a-z]+:|^\/\//i.test(src)) out.push(src);
  }
  return out;
}

function fmt(bytes) {
  return `${(bytes / KB).toFixed(1).padStart(7)} KB`;
}

function report(distDir) {
  const pages = {};
  for (const f of fs.readdirSync(distDir).filter((x) => x.endsWith('.html'))) {
    pages[f.replace(/\.html$/, '')] = pageScripts(fs.readFileSync(path.join(distDir, f), 'utf8'));
  }
  const initial = new Set(Object.values(pages).flat());
  const lines = [];
  const sizes = {};
  const sizeOf = (f) => (sizes[f] ??= gz(path.join(distDir, f)));
  for (const [page, files] of Object.entries(pages)) {
    const total = files.reduce((s, f) => s + sizeOf(f), 0);
    lines.push(`${page}.html loads ${fmt(total)} gzipped:`);
    for (const f of files) lines.push(`  ${fmt(sizeOf(f))}  ${f}`);
  }
  const lazy = fs
    .readdirSync(distDir)
    .filter((f) => f.endsWith('.js') && !initial.has(f))
    .sort();
  if (lazy.length) {
    lines.push('loaded on demand:');
    for (const f of lazy) lines.push(`  ${fmt(sizeOf(f))}  ${f}`);
  }
  const failures = [];
  for (const b of BUDGETS) {
    const files = b.files(pages);
    const total = files.reduce((s, f) => s + sizeOf(f), 0);
    const ok = total <= b.max;
    lines.push(`${ok ? 'ok  ' : 'OVER'} ${b.label}: ${fmt(total).trim()} (budget ${b.max / KB} KB)`);
    if (!ok) failures.push(b.label);
  }
  return { lines, failures, pages };
}

module.exports = { report, pageScripts };

if (require.main === module) {
  const distDir = path.resolve(__dirname, '..', process.env.JX_DIST_DIR || 'dist');
  if (!fs.existsSync(path.join(distDir, 'taskpane.html'))) {
    console.error(`${distDir}/taskpane.html not found: run npm run build first`);
    process.exit(1);
  }
  const { lines, failures } = report(distDir);
  console.log(lines.join('\n'));
  process.exit(failures.length ? 1 : 0);
}
