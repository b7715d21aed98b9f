/**
 * The sample as grids: the clean bundled workbook, and the messy ledger for the reader's tests.
 * The messy grid is decoded here by a small, independent decoder and must give back the same
 * 169 projects.
 */
import type { CellValue, GridSheet } from '../../../src/model/grid';
import {
  messyLedgerGrid,
  sampleIndicatorRows,
  sampleProfileRows,
  sampleProjects,
  sampleWorkbookGrid,
  type SampleProject,
} from '../../../src/model/sample';

const projects = sampleProjects();
const byId = new Map(projects.map((p) => [p.id, p]));
const cents = (x: number) => Math.round(x * 100); // exact for ≤ 2-decimal values of this size
const centsOf = (d: string) => cents(Number(d));

const CANONICAL_HEADERS = [
  '项目编号', '项目名称', '承担单位', '统一社会信用代码', '地州市', '立项年度', '产业领域', '专利号', '专利类型', '法律状态',
  '项目总投资', '财政支持资金', '以前年度累计拨付', '本年拨付', '带动社会投入', '合同开始日期', '合同结束日期', '项目状态',
  '新申请专利数', '培训人次', '贯标认证', '备注',
];

function sheet(name: string, sheets: ReadonlyArray<GridSheet>): GridSheet {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('clean sample workbook', () => {
  const grid = sampleWorkbookGrid();

  test('four sheets: 配置, 项目台账, 绩效指标, 报告素材', () => {
    expect(grid.sheets.map((s) => s.name)).toEqual(['配置', '项目台账', '绩效指标', '报告素材']);
  });

  test('配置: 参数 | 值 header, then the profile of the source year', () => {
    const v = sheet('配置', grid.sheets).values;
    expect(v[0]).toEqual(['参数', '值']);
    const profile = new Map(v.slice(1).map((r) => [r[0], r[1]]));
    expect(profile.get('项目名称')).toBe('自治区专利实施计划项目');
    expect(profile.get('预算单位')).toBe('自治区知识产权局');
    expect(profile.get('实施单位')).toBe('自治区知识产权局');
    expect(profile.get('评价年度')).toBe(2018);
    expect(profile.get('金额单位')).toBe('万元');
    expect(profile.get('最长结转年限')).toBe(4);
    for (const k of ['年初预算数', '全年预算数', '全年执行数', '财政拨款预算数', '财政拨款执行数']) expect(profile.get(k)).toBe(1200);
    expect(String(profile.get('年度总体目标'))).toContain('提升优势企业的知识产权创造、管理、保护和运用能力');
    expect(String(profile.get('实际完成情况'))).toContain('企业的知识产权制度得到完善');
    expect(profile.get('分值方案')).toBe(2020);
    expect(profile.get('报告称谓')).toBe('自治区专利技术实施项目');
    expect(profile.get('上年预算数')).toBe(2000);
    expect(v.slice(1)).toEqual(sampleProfileRows());
  });

  test('项目台账: title, unit line, canonical headers in order, 169 projects, no total row', () => {
    const ledger = sheet('项目台账', grid.sheets);
    const v = ledger.values;
    expect(v[0][0]).toBe('2018年度自治区专利实施项目台账');
    expect(v[1][0]).toBe('单位：万元');
    expect(v[2]).toEqual(CANONICAL_HEADERS);
    expect(v).toHaveLength(3 + 169);
    expect(v.slice(3).some((r) => r.some((c) => c === '合计'))).toBe(false);
    expect(ledger.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 21 });
  });

  test('项目台账 rows hold the sample projects, amounts as numbers that sum to the figures', () => {
    const v = sheet('项目台账', grid.sheets).values;
    const col = (h: string) => CANONICAL_HEADERS.indexOf(h);
    const rows = v.slice(3);
    rows.forEach((r, i) => {
      const p = projects[i];
      expect(r[col('项目编号')]).toBe(p.id);
      expect(r[col('统一社会信用代码')]).toBe(p.creditCode);
      expect(r[col('专利号')]).toBe(p.patentNo);
      expect(r[col('立项年度')]).toBe(p.cohortYear);
      expect(r[col('财政支持资金')]).toBe(Number(p.approved));
      expect(r[col('贯标认证')]).toBe(p.certified ? '是' : '否');
      expect(r[col('合同结束日期')]).toEqual(p.contractEnd);
      expect(r[col('备注')]).toBe(p.note);
    });
    const total = (h: string) => rows.reduce((s, r) => s + cents(r[col(h)] as number), 0);
    expect(total('财政支持资金')).toBe(496100);
    expect(total('本年拨付')).toBe(120000);
    expect(total('带动社会投入')).toBe(8355361);
    expect(total('项目总投资') - total('财政支持资金')).toBe(8355361);
  });
});

describe('绩效指标 of the worked example', () => {
  const v = sheet('绩效指标', sampleWorkbookGrid().sheets).values;
  const rows = sampleIndicatorRows();

  test('header as in the spec, then the rows', () => {
    expect(v[0]).toEqual(['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '数据来源', '分值', '得分',
      '偏差原因分析及改进措施']);
    expect(v.slice(1)).toEqual(rows);
  });

  test('points: 90 in all, 产出 50 / 效益 30 / 满意度 10', () => {
    const points = (l1?: string) => rows.filter((r) => !l1 || r[0] === l1).reduce((s, r) => s + r[8], 0);
    expect(points()).toBe(90);
    expect([points('产出指标'), points('效益指标'), points('满意度指标')]).toEqual([50, 30, 10]);
  });

  test('indicators under their 二级指标, with targets, sources and points of the worked example', () => {
    const by = new Map(rows.map((r) => [r[2], r]));
    expect(by.get('支持专利实施项目')).toEqual(expect.arrayContaining(['产出指标', '数量指标', '≥', 49, '家', '新上项目数', 20]));
    expect(by.get('培训从事知识产权工作人员')!.slice(0, 9)).toEqual(['产出指标', '数量指标', '培训从事知识产权工作人员', '≥', 500, '人次', null, '培训人次', 15]);
    expect(by.get('培训从事知识产权工作人员')![10]).toMatch(/1100/);
    expect(by.get('所选项目承担单位符合条件')!.slice(0, 9)).toEqual(['产出指标', '质量指标', '所选项目承担单位符合条件', '=', 100, '%', 100, null, 10]);
    expect(by.get('项目执行时间')!.slice(0, 9)).toEqual(['产出指标', '时效指标', '项目执行时间', '定性', '项目执行期在有效时间内', null, '达成', null, 5]);
    expect(by.get('带动社会投入资金')!.slice(0, 9)).toEqual(['效益指标', '经济效益指标', '带动社会投入资金', '≥', 37000, '万元', null, '带动社会投入', 20]);
    expect(by.get('推动各项社会效益')!.slice(0, 3)).toEqual(['效益指标', '社会效益指标', '推动各项社会效益']);
    expect(by.get('推动各项社会效益')![6]).toBe('达成');
    expect(by.get('项目实施企业满意度')!.slice(0, 9)).toEqual(['满意度指标', '满意度指标', '项目实施企业满意度', '≥', 90, '%', 92, null, 10]);
  });

  test('the sources feed the actuals the example expects (49 new projects, 1100 trainees, 37590.1)', () => {
    const fresh = projects.filter((p) => p.cohortYear === 2018);
    expect(fresh).toHaveLength(49);
    expect(projects.reduce((s, p) => s + p.trainees, 0)).toBe(1100);
    expect(fresh.reduce((s, p) => s + centsOf(p.totalInvestment) - centsOf(p.approved), 0)).toBe(3759010);
  });
});

// ---------- an independent decoder of the messy layout ----------

const FULL = /[０-９]/g;
const halfWidth = (s: string) => s.replace(FULL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function decodeNumber(v: CellValue): number {
  if (typeof v === 'number') return v;
  if (v === null) return 0;
  if (typeof v !== 'string') throw new Error(`not a number: ${JSON.stringify(v)}`);
  const s = halfWidth(v).replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) throw new Error(`not a number: ${v}`);
  return Number(s);
}

function decodeYear(v: CellValue): number {
  return typeof v === 'number' ? v : Number(halfWidth(String(v)).replace(/年$/, ''));
}

function decodePatent(v: CellValue): string {
  const s = String(v).replace(/^(ZL|CN)/, '').replace(/\s/g, '');
  return s; // canonical form `YYYYTNNNNNNN.C`
}

function decodeDate(v: CellValue): { year: number; month: number; day: number } {
  if (typeof v === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + v * 86_400_000); // serials after 1900-03-01
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  }
  if (typeof v === 'object' && v !== null && 'kind' in v && v.kind === 'date') return { year: v.year, month: v.month, day: v.day };
  const m = /^(\d{4})[/年-](\d{1,2})[/月-](\d{1,2})日?$/.exec(String(v));
  if (!m) throw new Error(`not a date: ${JSON.stringify(v)}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

describe('messy ledger grid', () => {
  const { grid, ledgerSheet, expected } = messyLedgerGrid();
  const s = sheet(ledgerSheet, grid.sheets);
  const v = s.values;
  const col = (h: string) => {
    const c = expected.columns[h];
    if (c === undefined) throw new Error(`no column ${h}`);
    return c;
  };
  const cell = (row: number, h: string) => v[row][col(h)];

  test('another sheet comes first; title and unit rows above the alias headers', () => {
    expect(grid.sheets[0].name).not.toBe(ledgerSheet);
    expect(String(v[expected.titleRow][0])).toContain('2018');
    expect(v[expected.unitRow][0]).toBe('单位：万元');
    const header = v[expected.headerRow];
    for (const h of ['编号', '项目承担单位', '信用代码', '所属地区', '立项年份', '专利申请号', '专利法律状态', '总投资（万元）',
      '财政支持资金（万元）', '累计已拨付', '本年拨款(元)']) expect(header).toContain(h);
    expect(header.indexOf('编号')).toBeGreaterThan(0); // shuffled: not in canonical order
    expect(header.indexOf('项目承担单位')).toBeLessThan(header.indexOf('项目名称'));
  });

  test('each project on exactly one row, at the row `expected` names', () => {
    const rowsWithId = v.map((r, i) => [r[col('编号')], i] as const).filter(([id]) => typeof id === 'string' && id.startsWith('XJZL'));
    expect(rowsWithId).toHaveLength(169);
    for (const [id, row] of rowsWithId) expect(expected.rowOf[id as string]).toBe(row);
    expect(new Set(expected.ids)).toEqual(new Set(projects.map((p) => p.id)));
  });

  test('one blank row in the middle, outside every merge; the 合计 row is last', () => {
    expect(v[expected.blankRow].every((c) => c === null)).toBe(true);
    expect(expected.blankRow).toBeGreaterThan(expected.headerRow + 40);
    expect(expected.blankRow).toBeLessThan(expected.totalRow - 40);
    for (const m of s.merges ?? []) expect(expected.blankRow < m.top || expected.blankRow > m.bottom).toBe(true);
    expect(expected.totalRow).toBe(v.length - 1);
    expect(v[expected.totalRow][0]).toBe('合计');
  });

  test('所属地区 merged down over each prefecture: value only in the first cell, merges tile the project rows', () => {
    const rc = col('所属地区');
    const merges = (s.merges ?? []).filter((m) => m.left === rc);
    expect(merges.length).toBeGreaterThanOrEqual(13);
    const covered = new Set<number>();
    for (const m of merges) {
      expect(m.right).toBe(rc);
      expect(typeof v[m.top][rc]).toBe('string');
      for (let r = m.top + 1; r <= m.bottom; r++) expect(v[r][rc]).toBeNull();
      for (let r = m.top; r <= m.bottom; r++) {
        expect(covered.has(r)).toBe(false);
        covered.add(r);
      }
    }
    // every project row gets its region from the cell or the merge it lies in
    for (const [id, row] of Object.entries(expected.rowOf)) {
      const m = merges.find((x) => x.top <= row && row <= x.bottom);
      const region = m ? v[m.top][rc] : v[row][rc];
      expect(region).toBe(byId.get(id)!.region);
    }
  });

  test('every row decodes back to its project', () => {
    for (const [id, row] of Object.entries(expected.rowOf)) {
      const p: SampleProject = byId.get(id)!;
      expect(cell(row, '项目承担单位')).toBe(p.unit);
      expect(cell(row, '信用代码')).toBe(p.creditCode);
      expect(cell(row, '项目名称')).toBe(p.name);
      expect(decodeYear(cell(row, '立项年份'))).toBe(p.cohortYear);
      expect(decodePatent(cell(row, '专利申请号'))).toBe(p.patentNo);
      expect(cell(row, '专利法律状态')).toBe('有效');
      expect(cents(decodeNumber(cell(row, '财政支持资金（万元）')))).toBe(centsOf(p.approved));
      expect(cents(decodeNumber(cell(row, '总投资（万元）')))).toBe(centsOf(p.totalInvestment));
      expect(cents(decodeNumber(cell(row, '社会投入')))).toBe(centsOf(p.socialInvestment));
      expect(cents(decodeNumber(cell(row, '累计已拨付')))).toBe(centsOf(p.priorDisbursed));
      expect(decodeNumber(cell(row, '本年拨款(元)'))).toBe(centsOf(p.disbursed) * 100); // 元
      expect(decodeDate(cell(row, '开始日期'))).toEqual({ year: p.contractStart.year, month: p.contractStart.month, day: p.contractStart.day });
      expect(decodeDate(cell(row, '结束日期'))).toEqual({ year: p.contractEnd.year, month: p.contractEnd.month, day: p.contractEnd.day });
      expect(['是', '√'].includes(cell(row, '通过贯标') as string)).toBe(p.certified);
    }
  });

  test('spot check by hand: the first project row', () => {
    const row = expected.headerRow + 1;
    const id = cell(row, '编号') as string;
    const p = byId.get(id)!;
    // the first row is the first project of 乌鲁木齐市, newest cohort first
    expect(p.region).toBe('乌鲁木齐市');
    expect(p.cohortYear).toBe(2018);
    expect(cell(row, '专利申请号')).toBe('ZL' + p.patentNo);
    expect(cell(row, '所属地区')).toBe('乌鲁木齐市');
  });

  test('the messiness is really there', () => {
    const body = Object.values(expected.rowOf);
    const colValues = (h: string) => body.map((r) => cell(r, h));
    const strings = (h: string) => colValues(h).filter((x): x is string => typeof x === 'string');
    expect(strings('立项年份').some((x) => /年$/.test(x))).toBe(true);
    expect(strings('立项年份').some((x) => /[０-９]/.test(x))).toBe(true);
    expect(strings('财政支持资金（万元）').some((x) => /[０-９]/.test(x))).toBe(true);
    expect(strings('总投资（万元）').some((x) => /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(x))).toBe(true);
    expect(strings('本年拨款(元)').some((x) => x.includes(','))).toBe(true);
    const patents = strings('专利申请号');
    expect(patents.some((x) => x.startsWith('ZL'))).toBe(true);
    expect(patents.some((x) => x.startsWith('CN'))).toBe(true);
    expect(patents.some((x) => / /.test(x))).toBe(true);
    const dates = colValues('开始日期');
    expect(dates.some((x) => typeof x === 'number')).toBe(true);
    expect(dates.some((x) => typeof x === 'string' && x.includes('/'))).toBe(true);
    expect(dates.some((x) => typeof x === 'string' && x.includes('年'))).toBe(true);
    expect(dates.some((x) => typeof x === 'object' && x !== null)).toBe(true);
  });

  test('合计 row holds the correct totals (元 total in the 元 column)', () => {
    const t = v[expected.totalRow];
    const body = Object.values(expected.rowOf);
    const sumCol = (h: string) => body.reduce((s, r) => s + cents(decodeNumber(cell(r, h))), 0);
    expect(cents(t[col('财政支持资金（万元）')] as number)).toBe(496100);
    expect(sumCol('财政支持资金（万元）')).toBe(496100);
    expect(cents(t[col('总投资（万元）')] as number)).toBe(sumCol('总投资（万元）'));
    expect(cents(t[col('社会投入')] as number)).toBe(8355361);
    expect(cents(t[col('累计已拨付')] as number)).toBe(sumCol('累计已拨付'));
    expect(t[col('本年拨款(元)')]).toBe(12_000_000);
    expect(body.reduce((s, r) => s + decodeNumber(cell(r, '本年拨款(元)')), 0)).toBe(12_000_000);
    expect(t[col('新申请专利')]).toBe(396);
    expect(t[col('培训人次')]).toBe(1100);
  });

  test('deterministic', () => {
    expect(messyLedgerGrid()).toEqual(messyLedgerGrid());
    expect(sampleWorkbookGrid()).toEqual(sampleWorkbookGrid());
  });
});
