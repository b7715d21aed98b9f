/**
 * The 自评报告 as another word processor prints it: LibreOffice (headless) → PDF → PNG through the
 * project's renderer, for both layouts. The PNGs land in test-artifacts/screenshots/ to be looked
 * at page by page; the PDF is read back (pdfinfo, pdftotext) for what can be asserted: A4 portrait
 * for the text and landscape for the 2020 appendix, page numbers `— N —` in order, the title and
 * the data paragraphs on the page, no number broken across two lines.
 * Needs `soffice`, `pdfinfo`, `pdftotext` (libreoffice-writer, poppler-utils); skipped, loudly, without them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDocx } from '../../src/adapters/docx';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { report } from '../model/report/support';

const ROOT = path.join(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = has('soffice') && has('pdftotext') && has('pdfinfo') && has('pdftoppm');
if (!available) console.warn('LibreOffice report tests SKIPPED: install libreoffice-writer and poppler-utils to run them');
const maybe = available ? describe : describe.skip;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-report-lo-'));
  await fs.mkdir(SHOTS, { recursive: true });
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

maybe('LibreOffice prints the 自评报告', () => {
  it.each([['2018', 'portrait'], ['2020', 'landscape']] as const)('%s: A4 pages, the appendix %s, numbered — N — in order, numbers never broken', async (layout, appendix) => {
    const r = report(sampleWorkbookGrid(), layout);
    const name = `自评报告-${layout}`;
    const file = path.join(dir, `${name}.docx`);
    await fs.writeFile(file, await writeDocx(r));
    execFileSync('bash', [path.join(ROOT, 'scripts/render-xlsx.sh'), file, SHOTS, '80'], { stdio: 'pipe', timeout: 180_000 });
    const pdf = path.join(SHOTS, `${name}.pdf`);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => (Number(m[1]) < Number(m[2]) ? 'portrait' : 'landscape'));
    const pages = sizes.length;
    expect(pages).toBeGreaterThanOrEqual(8);
    const texts = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
    const appendixStart = texts.findIndex((t) => t.replace(/\s+/g, '').includes('绩效自评表（2018年度）'));
    expect(appendixStart).toBeGreaterThan(0);
    expect(sizes.slice(0, appendixStart).every((s) => s === 'portrait')).toBe(true);
    expect(sizes.slice(appendixStart).every((s) => s === appendix)).toBe(true);
    // every page numbered, in order, the number alone between its dashes
    texts.forEach((t, i) => expect(t.replace(/\s+/g, '')).toContain(`—${i + 1}—`));
    const flat = texts.map((t) => t.replace(/\s+/g, '')).join('');
    expect(flat).toContain('自治区专利实施计划项目2018年度绩效自评报告');
    for (const p of [...r.data.A, ...r.data.B, ...r.data.E]) expect(flat).toContain(p.replace(/\s+/g, ''));
    // a number is never split across two lines (LibreOffice did so while the Latin language was zh-CN)
    const lines = texts.slice(0, appendixStart).flatMap((t) => t.split('\n').map((l) => l.trim()).filter(Boolean));
    const broken = lines.flatMap((l, i) => (/\d$/.test(l) && /^[\d.%]/.test(lines[i + 1] ?? '') ? [`${l} / ${lines[i + 1]}`] : []));
    expect(broken).toEqual([]);
  }, 240_000);
});
