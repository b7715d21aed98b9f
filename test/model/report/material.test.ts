import { checkWorkbook } from '../../../src/model/check';
import type { CellValue, Grid } from '../../../src/model/grid';
import { formatFinding } from '../../../src/model/messages';
import { locateMaterialSheet, readMaterialSheet, type MaterialRead } from '../../../src/model/read/material';
import { sectionOf } from '../../../src/model/report';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { report, sampleWith, sectionLines } from './support';

const sheet = (name: string, values: CellValue[][]): Grid => ({ sheets: [{ name, values }] });

describe('sectionOf: the ways a 章节 cell names a section', () => {
  it.each([
    ['一（一）', '一（一）'],
    ['一(一)', '一（一）'],
    [' 二、（三） ', '二（三）'],
    ['1.1', '一（一）'],
    ['2.3', '二（三）'],
    ['５．２', '五（二）'],
    ['4-2', '四（二）'],
    ['六', '六'],
    ['6', '六'],
    ['六、', '六'],
    ['项目资金管理情况分析', '二（三）'],
    ['（一）后续工作计划', '五（一）'],
    ['三（二）项目管理情况分析', '三（二）'],
  ])('%s → %s', (raw, id) => {
    const d = sectionOf(raw);
    expect(d !== undefined && d !== 'appendix' && d.id).toBe(id);
  });
  it.each(['八', '1.4', '2.4', '6.1', '七（一）', '', '其他事项', '11'])('%s names no section', (raw) => {
    expect(sectionOf(raw)).toBeUndefined();
  });
  it('七 is the appendix (its content is the generated table)', () => {
    expect(sectionOf('七')).toBe('appendix');
    expect(sectionOf('7')).toBe('appendix');
  });
});

/** The 报告素材 of a workbook as the check reads it: the sheet locateWorkbookSheets finds, read. */
function readMaterial(grid: Grid, exclude?: ReadonlySet<string>): MaterialRead | undefined {
  const sheet = locateMaterialSheet(grid, exclude);
  return sheet && readMaterialSheet(sheet);
}

describe('readMaterial (报告素材)', () => {
  it('reads 章节 | 内容 under a title row, any other column ignored, line breaks as paragraphs, spaces typed as indent dropped', () => {
    const m = readMaterial(
      sheet('报告文字', [
        ['2018年度自评报告素材', null, null],
        ['章节', '说明', '内容'],
        ['1.1', '单位情况', '　　第一段。\r\n\r\n  第二段。'],
        ['二（三）', null, '管理办法。'],
        ['三（一）', null, null],
      ])
    )!;
    expect(m.sheet).toBe('报告文字');
    expect([...m.texts]).toEqual([
      ['一（一）', ['第一段。', '第二段。']],
      ['二（三）', ['管理办法。']],
    ]);
    expect(m.findings).toEqual([]);
  });

  it('R002: a section on several rows is joined in sheet order, with an info naming the first cell', () => {
    const m = readMaterial(
      sheet('报告素材', [
        ['章节', '内容'],
        ['六', '甲。'],
        ['6', '乙。'],
      ])
    )!;
    expect(m.texts.get('六')).toEqual(['甲。', '乙。']);
    expect(m.findings).toMatchObject([
      { rule: 'R002', severity: 'info', sheet: '报告素材', row: 2, col: 0, params: { firstCell: 'A2' } },
    ]);
    expect(formatFinding(m.findings[0])).toBe(
      '章节“六”（项目评价工作情况）出现多次（首次在 A2），各行文字已按顺序合并。'
    );
  });

  it('R001: an unknown section, the appendix, text without a section; R003.unreadable: an error value', () => {
    const m = readMaterial(
      sheet('自评报告素材', [
        ['章节', '内容'],
        ['八（一）', '多余。'],
        ['七', '附表说明。'],
        [null, '孤立的文字。'],
        ['5.3', { kind: 'error', code: '#REF!' }],
      ])
    )!;
    expect(m.findings.map((f) => [f.rule, f.variant ?? '', f.severity, f.row, f.col])).toEqual([
      ['R001', '', 'warning', 1, 0],
      ['R001', 'appendix', 'warning', 2, 0],
      ['R001', 'empty', 'warning', 3, 0],
      ['R003', 'unreadable', 'warning', 4, 1],
    ]);
    expect(m.texts.size).toBe(0);
    expect(m.findings.map((f) => formatFinding(f))).toEqual([
      '章节“八（一）”不是自评报告的章节（应为 一（一）… 五（三）、六，或 1.1 … 5.3、6），该行文字未使用。',
      '章节“七”是附表，附表由自评表生成，该行文字未使用。',
      '该行有内容但没有填写章节（如 一（一）、二（三）），文字未使用。',
      '章节“五（三）”的内容“#REF!”无法识别，按空白处理。',
    ]);
  });

  it('without a header, rows that start with a section are read; a sheet with neither gets R003', () => {
    const m = readMaterial(
      sheet('报告素材', [
        ['一（一）', '单位情况。'],
        ['注：', '请按章节填写'],
        ['5.1', '计划。'],
      ])
    )!;
    expect([...m.texts.keys()]).toEqual(['一（一）', '五（一）']);
    expect(m.findings).toEqual([]);
    const none = readMaterial(sheet('报告素材', [['随便写的', '一些文字']]))!;
    expect(none.findings).toMatchObject([{ rule: 'R003', variant: 'noHeader', severity: 'warning' }]);
    expect(
      readMaterial(
        sheet('其他', [
          ['章节', '内容'],
          ['1.1', 'x'],
        ])
      )
    ).toBeUndefined();
  });

  it('jx check reports 报告素材 problems with the rest of the workbook; the sample has none', () => {
    expect(checkWorkbook(sampleWorkbookGrid()).findings).toEqual([]);
    const g = sampleWith({
      sheets: {
        报告素材: {
          name: '报告素材',
          values: [
            ['章节', '内容'],
            ['九', '？'],
          ],
        },
      },
    });
    expect(checkWorkbook(g).findings.map((f) => f.rule)).toEqual(['R001']);
  });

  it('the text reaches the report in place of the placeholder', () => {
    const g = sampleWith({
      sheets: {
        报告素材: {
          name: '报告素材',
          values: [
            ['章节', '内容'],
            ['2.3', '按办法管理。\n专款专用。'],
          ],
        },
      },
    });
    expect(sectionLines(report(g), '二（三）')).toEqual([
      '（三）项目资金管理情况分析',
      '（包括管理制度、办法的制定及执行情况）',
      '按办法管理。',
      '专款专用。',
    ]);
  });
});

describe('the 报告素材 sheet under another name (its text was left out, every section said to be 【请填写】)', () => {
  const base = sampleWorkbookGrid();
  const renamed = (name: string, hidden = false): Grid => ({
    sheets: base.sheets.map((s) => (s.name === '报告素材' ? { ...s, name, ...(hidden ? { hidden } : {}) } : s)),
  });
  const want = readMaterial(base)!;
  it.each(['报告素材（2018年）', '报告素材表', '2018报告文字'])('%s: read as 报告素材, the same sections', (name) => {
    const got = readMaterial(renamed(name), new Set(['配置', '项目台账', '绩效指标']))!;
    expect(got.sheet).toBe(name);
    expect([...got.texts]).toEqual([...want.texts]);
    expect(checkWorkbook(renamed(name)).sheets.material).toBe(name);
  });
  it('a sheet of another name is not one', () => {
    expect(readMaterial(renamed('Sheet4'), new Set(['配置', '项目台账', '绩效指标']))).toBeUndefined();
  });
});
