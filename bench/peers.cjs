// The peers and the floor of the end-to-end bench, each run in its own process by bench/e2e.ts
// (plain JavaScript, so no transpiler start-up is timed):
//   node bench/peers.cjs exceljs FILE   ExcelJS's streaming reader, every cell of every sheet read
//   node bench/peers.cjs sheetjs FILE   SheetJS (devDependency, bench only: it reads our own files, never a user's)
//   node bench/peers.cjs floor FILE     the floor: native inflate of the sheet XML and a minimal cell scan
//   node bench/peers.cjs floorStrings FILE   the same, the shared strings part inflated and scanned first (information:
//                                       a text cell's value is in that part, which the floor does not open)
// Prints one JSON line: the cells seen.
'use strict';
const fs = require('node:fs');
const zlib = require('node:zlib');

const [what, file] = process.argv.slice(2);

async function exceljs() {
  const ExcelJS = require('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  let cells = 0;
  for await (const ws of reader) for await (const row of ws) row.eachCell(() => void cells++);
  return cells;
}

function sheetjs() {
  const XLSX = require('xlsx');
  const wb = XLSX.read(fs.readFileSync(file), { dense: true, cellDates: true });
  let cells = 0;
  for (const name of wb.SheetNames) {
    const rows = wb.Sheets[name]['!data'] || [];
    for (const r of rows) if (r) for (const c of r) if (c) cells++;
  }
  return cells;
}

/** Central directory → the compressed bytes of the largest worksheet, or of the part named `want`. */
function largestSheet(buf, want) {
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = buf.readUInt32LE(eocd + 16);
  const n = buf.readUInt16LE(eocd + 10);
  let best = null;
  for (let i = 0; i < n; i++) {
    const csize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nl = buf.readUInt16LE(p + 28);
    const name = buf.toString('utf8', p + 46, p + 46 + nl);
    const off = buf.readUInt32LE(p + 42);
    if (want ? name === want : /worksheets\/sheet\d+\.xml$/.test(name) && (!best || size > best.size)) best = { size, csize, off };
    p += 46 + nl + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  const start = best.off + 30 + buf.readUInt16LE(best.off + 26) + buf.readUInt16LE(best.off + 28);
  return buf.subarray(start, start + best.csize);
}

/** Inflates `data` in 1 MB chunks into `scan` (native zlib, streamed); resolves with what `result` says at the end. */
function inflateScan(data, scan, result) {
  return new Promise((resolve, reject) => {
    const z = zlib.createInflateRaw({ chunkSize: 1 << 20 });
    z.on('data', scan);
    z.on('end', () => resolve(result()));
    z.on('error', reject);
    z.end(data);
  });
}

/** `<si` starts a shared string; its text's bytes are summed (so the scan cannot be skipped). */
function scanStrings(data) {
  let items = 0;
  let sum = 0;
  const scan = (b) => {
    for (let i = 0; i < b.length; i++) {
      if (b[i] !== 60) sum += b[i];
      else if (b[i + 1] === 115 && b[i + 2] === 105) items++;
    }
  };
  return inflateScan(data, scan, () => items + (sum & 0));
}

async function floor(withStrings) {
  const buf = fs.readFileSync(file);
  if (withStrings) await scanStrings(largestSheet(buf, 'xl/sharedStrings.xml'));
  let cells = 0;
  let sum = 0;
  // `<c` starts a cell; the digits of each `<v>` are summed (so the scan cannot be skipped).
  const scan = (b) => {
    for (let i = 0; i < b.length; i++) {
      if (b[i] !== 60) continue;
      if (b[i + 1] === 99 && b[i + 2] === 32) cells++;
      else if (b[i + 1] === 118 && b[i + 2] === 62) for (let k = i + 3; b[k] >= 48 && b[k] <= 57; k++) sum += b[k] - 48;
    }
  };
  return inflateScan(largestSheet(buf), scan, () => cells + (sum & 0));
}

(async () => {
  const cells = what === 'exceljs' ? await exceljs() : what === 'sheetjs' ? sheetjs() : await floor(what === 'floorStrings');
  process.stdout.write(JSON.stringify({ what, cells }) + '\n');
})();
