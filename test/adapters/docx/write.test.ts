/**
 * The .docx read back (unzipped, word/document.xml and its parts parsed): what Word would show
 * matches the report model and the typography of report.md.
 */
import { writeDocx } from '../../../src/adapters/docx';
import { badReadGrid } from '../../support/shapes';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { buildReport, reportText, type Report, type ReportTable } from '../../../src/model/report';
import { oneLine } from '../../../src/model/report/text';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { DATE, report, sampleWith } from '../../model/report/support';
import { readDocx, type DocxRead } from './read';

const mmOf = (twips: number): number => Math.round(((twips * 25.4) / 1440) * 10) / 10;

async function docx(r: Report): Promise<DocxRead> {
  return readDocx(await writeDocx(r));
}

describe('the sample report as .docx', () => {
  let d2018: DocxRead;
  let d2020: DocxRead;
  let r2018: Report;
  let r2020: Report;
  beforeAll(async () => {
    r2018 = report(sampleWorkbookGrid(), '2018');
    r2020 = report(sampleWorkbookGrid(), '2020');
    [d2018, d2020] = await Promise.all([docx(r2018), docx(r2020)]);
  });

  it('holds the report’s text, paragraph for paragraph, and the table cell for cell', () => {
    for (const [d, r] of [
      [d2018, r2018],
      [d2020, r2020],
    ] as const) {
      const fromDocx = [
        ...d.paragraphs.map((p) => p.text),
        // a cell's lines (its paragraphs) on one line, as the plain text writes them (oneLine: a label broken between
        // its words joins up); the header rows again at the top of a later page (the third table on) are said once
        ...d.tables.flatMap((t, k) =>
          t.cells
            .filter((_, i) => k < 2 || !t.headerRows.includes(i))
            .map((row) => row.filter((c) => c !== undefined).map((c) => oneLine(c)).join('\t'))
        ),
      ];
      const fromModel = reportText(r).trimEnd().split('\n');
      // the empty one-point paragraphs that keep the appendix's tables apart are no text of the report: one fewer than the tables
      const joints = fromDocx.filter((x) => x === '').length;
      expect(joints).toBe(d.tables.length - 1);
      expect(fromDocx.filter((x) => x !== '').sort()).toEqual(fromModel.sort());
    }
  });

  it('A4 with the margins of GB/T 9704 (37 / 35 / 28 / 26 mm); the 2020 appendix in landscape', () => {
    for (const d of [d2018, d2020]) {
      expect(d.sections).toHaveLength(2);
      const m = d.sections[0].marginsTwips;
      expect([mmOf(m.top), mmOf(m.bottom), mmOf(m.left), mmOf(m.right)]).toEqual([37, 35, 28, 26]);
      expect(d.sections[0].pageTwips).toEqual({ w: 11906, h: 16838, orient: 'portrait' });
    }
    expect(d2018.sections[1].pageTwips).toEqual({ w: 11906, h: 16838, orient: 'portrait' });
    expect(d2020.sections[1].pageTwips).toEqual({ w: 16838, h: 11906, orient: 'landscape' });
  });

  it('title 二号 方正小标宋简体 bold, body 三号 仿宋_GB2312 with a two-character indent and 28.95 pt exact lines', () => {
    const ps = d2018.paragraphs;
    const title = ps.filter((p) => p.runs[0]?.font === '方正小标宋简体' && p.runs[0].sizeHalfPt === 44);
    expect(title.map((p) => p.text)).toEqual(['自治区专利实施计划项目', '2018年度绩效自评报告']);
    expect(title.every((p) => p.align === 'center' && p.runs.every((r) => r.bold))).toBe(true);
    const body = ps.find((p) => p.text.startsWith('自治区知识产权局是自治区人民政府'))!;
    expect(
      body.runs.every(
        (r) => r.font === '仿宋_GB2312' && r.fontAscii === '仿宋_GB2312' && r.sizeHalfPt === 32 && !r.bold
      )
    ).toBe(true);
    expect(body).toMatchObject({ firstLineChars: 200, line: 579, lineRule: 'exact', align: 'both' });
  });

  it('一级标题 in 黑体, 二级标题 in 楷体_GB2312, both 三号 with their outline levels', () => {
    const h1 = d2018.paragraphs.filter((p) => p.outlineLevel === 0);
    const h2 = d2018.paragraphs.filter((p) => p.outlineLevel === 1);
    expect(h1.map((p) => p.text)).toEqual([
      '一、项目概况',
      '二、项目资金使用及管理情况',
      '三、项目组织实施情况',
      '四、项目绩效情况',
      '五、其他需要说明的问题',
      '六、项目评价工作情况',
      '七、附表',
    ]);
    expect(h1.every((p) => p.runs.every((r) => r.font === '黑体' && r.sizeHalfPt === 32))).toBe(true);
    expect(h2).toHaveLength(12);
    expect(h2[2].text).toBe('（一）项目资金安排落实、总投入等情况分析');
    expect(h2.every((p) => p.runs.every((r) => r.font === '楷体_GB2312' && r.sizeHalfPt === 32))).toBe(true);
  });

  it('the font table names each font’s fallback (仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体, 楷体_GB2312 → 楷体) in GB2312', () => {
    const fonts = d2018.part('word/fontTable.xml');
    const alt = Object.fromEntries(
      Array.from(
        fonts.getElementsByTagNameNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'font')
      ).map((f) => [f.getAttribute('w:name'), f.getElementsByTagName('w:altName')[0]?.getAttribute('w:val') ?? ''])
    );
    expect(alt).toMatchObject({ 仿宋_GB2312: '仿宋', 方正小标宋简体: '宋体', 楷体_GB2312: '楷体', 黑体: '', 宋体: '' });
    expect(d2018.parts.get('word/fontTable.xml')).toContain('<w:charset w:val="86"/>');
  });

  it('no automatic space between Chinese and digits (2019年3月1日), digits never broken as Chinese is (Latin language not zh)', () => {
    const styles = d2018.part('word/styles.xml');
    const byName = (n: string): Element | undefined => styles.getElementsByTagName(`w:${n}`)[0];
    expect(byName('autoSpaceDE')?.getAttribute('w:val')).toBe('0');
    expect(byName('autoSpaceDN')?.getAttribute('w:val')).toBe('0');
    expect(byName('lang')?.getAttribute('w:eastAsia')).toBe('zh-CN');
    expect(byName('lang')?.getAttribute('w:val')).not.toMatch(/^zh/);
  });

  it('page numbers `— N —` outside: odd pages right, even pages left, with even/odd footers switched on', () => {
    for (const s of d2018.sections) {
      expect(s.footers).toEqual({ default: '— {PAGE} —', even: '— {PAGE} —' });
    }
    expect(d2018.parts.get('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const odd = d2018.part('word/footer1.xml').getElementsByTagName('w:jc')[0]?.getAttribute('w:val');
    const even = d2018.part('word/footer2.xml').getElementsByTagName('w:jc')[0]?.getAttribute('w:val');
    expect([odd, even].sort()).toEqual(['left', 'right']);
    expect(d2018.sections[0].headers).toEqual({}); // no 草稿
  });

  it('the appendix table: every merge of the model’s bodies, each a table, borders all round, widths filling the 版心', () => {
    for (const [d, r, width] of [
      [d2018, r2018, 156],
      [d2020, r2020, 243],
    ] as const) {
      // (appendix.test.ts holds the model's bodies to the layout's merges; here the .docx to the bodies)
      const t = r.parts[r.parts.length - 1].blocks.find((b): b is ReportTable => b.kind === 'table')!;
      expect(d.tables).toHaveLength(t.bodies.length);
      expect(t.bodies.length).toBeGreaterThanOrEqual(2);
      t.bodies.forEach((body, k) => {
        const merges = body.flatMap((row, y) =>
          row.cells.filter((c) => c.colSpan > 1 || c.rowSpan > 1).map((c) => ({ top: y, left: c.col, bottom: y + c.rowSpan - 1, right: c.col + c.colSpan - 1 }))
        );
        const sort = (ms: ReadonlyArray<(typeof merges)[number]>) => [...ms].sort((a, b) => a.top - b.top || a.left - b.left);
        expect(sort(d.tables[k].merges)).toEqual(sort(merges));
        // the indicator header repeats from the second table on
        expect(d.tables[k].headerRows).toEqual(body.flatMap((row, y) => (row.header ? [y] : [])));
        expect(d.tables[k].headerRows.length > 0).toBe(k > 0);
      });
      // a paragraph between them: adjacent tables are one table to Word, and its header rows would not repeat; the
      // model's page breaks start a page there
      expect(d.parts.get('word/document.xml')).toMatch(/<\/w:tbl><w:p>(?:(?!<\/w:p>).)*<\/w:p><w:tbl>/);
      expect((d.parts.get('word/document.xml')!.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBe(t.pageBreaks?.length ?? 0);
      for (const table of d.tables) {
        expect(table.section).toBe(1);
        expect([...table.borders].sort()).toEqual([
          'bottom:single',
          'insideH:single',
          'insideV:single',
          'left:single',
          'right:single',
          'top:single',
        ]);
        expect(table.gridMm.reduce((sum, x) => sum + x, 0)).toBeCloseTo(width, 0);
        expect(table.gridMm).toHaveLength(t.columnWidthsMm.length);
      }
    }
    expect(d2018.tables[0].cells[0]).toEqual(['项目名称', '自治区专利实施计划项目']);
  });

  it('every paragraph of the appendix table ends in a mark of its text\'s size (五号), not the document\'s 三号', () => {
    // a paragraph's last line is as tall as its mark: at 16 pt it made every one-line row 3 pt taller than the model
    // counted the pages, and the 2020 sample's page of the table's header held one indicator row alone (the cells that
    // continue a merged one down its rows too: docx gave them a paragraph of the document's size)
    for (const d of [d2018, d2020]) {
      const xml = d.parts.get('word/document.xml')!;
      const cells = xml.match(/<w:tc>.*?<\/w:tc>/g) ?? [];
      expect(cells.length).toBeGreaterThan(50);
      for (const tc of cells)
        for (const p of tc.match(/<w:p>.*?<\/w:p>/g) ?? []) expect(/<w:pPr>.*<w:rPr>.*<w:sz w:val="(\d+)"\/>.*<\/w:rPr>.*<\/w:pPr>/.exec(p)?.[1]).toMatch(/^(21|19|18|16)$/);
    }
  });

  it('two documents from the same workbook are the same bytes of text (no random ids, no time stamp in the body)', async () => {
    const again = await docx(report(sampleWorkbookGrid(), '2018'));
    for (const p of ['word/document.xml', 'word/styles.xml', 'word/footer1.xml', 'word/fontTable.xml'])
      expect(again.parts.get(p)).toBe(d2018.parts.get(p));
  });
});

describe('placeholders and drafts in the .docx', () => {
  it('every placeholder run is highlighted yellow, and only those', async () => {
    const r = report(sampleWith({ sheets: { 报告素材: null } }));
    const d = await docx(r);
    const runs = d.paragraphs.flatMap((p) => p.runs);
    const lit = runs.filter((x) => x.highlight);
    expect(lit.length).toBe(8);
    expect(lit.every((x) => x.highlight === 'yellow' && /^【请填写：.+】$/.test(x.text))).toBe(true);
    expect(runs.filter((x) => x.text.startsWith('【') && !x.highlight)).toEqual([]);
  });

  it('a draft (over a structural error) carries 草稿 in the header of every page of every section', async () => {
    const ev = evaluateWorkbook(badReadGrid(), { forSelfEval: true, draft: true });
    const out = buildReport(ev, { date: DATE, draft: true });
    if (!out.ok) throw new Error('no draft');
    const d = await docx(out.report);
    for (const s of d.sections) expect(s.headers).toEqual({ default: '草稿', even: '草稿' });
  });
});
