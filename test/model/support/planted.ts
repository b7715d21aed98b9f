/**
 * The messy source-year ledger with one defect per rule planted (the 问题清单, the annotated copy
 * and the page's end-to-end test use it as "the sample with planted defects").
 */
import type { CellValue, Grid, GridSheet, Merge } from '../../../src/model/grid';
import type { Finding } from '../../../src/model/findings';
import { readAmount } from '../../../src/model/read/values';
import { headerKey } from '../../../src/model/read/text';
import { messyLedgerGrid } from '../../../src/model/sample';

export type Plant = { rule: string; severity: Finding['severity']; row: number; col: number; sheet?: string };

export function planted(): { grid: Grid; plants: Plant[] } {
  const { grid, ledgerSheet, expected } = messyLedgerGrid();
  const src = grid.sheets.find((s) => s.name === ledgerSheet)!;
  const values = src.values.map((r) => [...r]) as CellValue[][];
  let merges: Merge[] = [...(src.merges ?? [])];
  const col = (header: string): number => {
    const c = expected.columns[header];
    if (c === undefined) throw new Error(`no column ${header}: ${Object.keys(expected.columns).join(',')}`);
    return c;
  };
  const set = (row: number, header: string, v: CellValue): void => void (values[row][col(header)] = v);
  const get = (row: number, header: string): CellValue => values[row][col(header)];
  const plants: Plant[] = [];
  const plant = (rule: string, severity: Finding['severity'], row: number, header: string): void => void plants.push({ rule, severity, row, col: col(header) });

  // Rows: one per plant, spread over the sheet, never the first row of a region merge.
  const mergeTops = new Set(merges.map((m) => m.top));
  const rows = expected.ids.map((id) => expected.rowOf[id]).filter((r) => !mergeTops.has(r));
  let k = 0;
  const next = (): number => rows[(k += 7) % rows.length];
  const hdr = (key: string): string => Object.keys(expected.columns).find((h) => headerKey(h).key === key)!;
  const H = {
    id: hdr('编号'), name: hdr('项目名称'), region: hdr('所属地区'), year: hdr('立项年份'), patent: hdr('专利申请号'), ptype: hdr('专利类型'),
    status: hdr('专利法律状态'), code: hdr('信用代码'), approved: hdr('财政支持资金'), total: hdr('总投资'), social: hdr('社会投入'),
    prior: hdr('累计已拨付'), disbursed: hdr('本年拨款'), start: hdr('开始日期'), end: hdr('结束日期'), pstatus: hdr('状态'),
    patents: hdr('新申请专利'), industry: hdr('所属产业'),
  };
  const wan = (row: number, h: string): number => {
    const r = readAmount(get(row, h), headerKey(h).unit ?? '万元');
    return r.kind === 'ok' ? r.value / 1_000_000 : 0;
  };

  let r = next(); set(r, H.name, null); plant('L002', 'error', r, H.name);
  r = next(); set(r, H.year, '二〇一七'); plant('L003', 'error', r, H.year);
  r = next(); set(r, H.id, expected.ids[0]); plant('L004', 'error', r, H.id);
  r = next(); set(r, H.year, 2019); plant('L005', 'error', r, H.year);
  // L006: take a row out of its region merge (the merge below it starts one row later).
  {
    const m = merges.find((x) => x.bottom - x.top >= 2)!;
    const row = m.top + 1;
    merges = merges.filter((x) => x !== m);
    merges.push({ ...m, bottom: row - 1 }, { ...m, top: row + 1 });
    values[row + 1][m.left] = values[m.top][m.left];
    values[row][m.left] = '火星';
    plants.push({ rule: 'L006', severity: 'error', row, col: m.left });
  }
  r = next(); set(r, H.patent, String(get(r, H.patent)).replace(/(\d)\s*$/, (d) => String((Number(d) + 1) % 10)).replace(/X\s*$/, '0')); plant('L007', 'error', r, H.patent);
  r = next(); set(r, H.ptype, get(r, H.ptype) === '发明' ? '实用新型' : '发明'); plant('L008', 'warning', r, H.ptype);
  r = next(); set(r, H.status, '失效'); plant('L009', 'error', r, H.status);
  r = next(); { const c = String(get(r, H.code)); set(r, H.code, c.slice(0, 17) + (c[17] === '0' ? '1' : '0')); } plant('L010', 'error', r, H.code);
  r = next(); set(r, H.prior, wan(r, H.approved) - wan(r, H.disbursed) + 1); plant('L011', 'error', r, H.disbursed);
  r = next(); set(r, H.patents, -1); plant('L012', 'error', r, H.patents);
  r = next(); { const a = wan(r, H.approved); set(r, H.approved, a * 10000); set(r, H.total, a * 10000 + wan(r, H.social)); } plant('L013', 'warning', r, H.approved); plant('L013', 'warning', r, H.total);
  r = next(); set(r, H.social, wan(r, H.social) + 5); plant('L014', 'warning', r, H.social);
  { const first = rows[1]; r = next(); set(r, H.patent, 'CN ' + String(get(first, H.patent)).replace(/^(ZL|CN)\s*/, '')); set(r, H.ptype, get(first, H.ptype)); plant('L015', 'warning', r, H.patent); }
  r = next(); set(r, H.start, '2018-06-30'); set(r, H.end, '2018-01-01'); plant('L016', 'error', r, H.end);
  r = next(); set(r, H.end, '2018-05-31'); set(r, H.pstatus, '实施中'); plant('L016', 'warning', r, H.end);
  r = rows.find((x) => wan(x, H.disbursed) > 0 && !plants.some((p) => p.row === x))!; set(r, H.pstatus, '终止'); plant('L017', 'error', r, H.disbursed);
  r = next(); { const a = wan(r, H.approved); set(r, H.approved, 250); set(r, H.total, 250 + wan(r, H.social)); set(r, H.prior, Math.min(wan(r, H.prior), 250)); void a; } plant('L018', 'error', r, H.approved);
  r = next(); set(r, H.total, wan(r, H.approved)); set(r, H.social, 0); plant('L019', 'warning', r, H.total);
  r = next(); set(r, H.industry, '房地产'); plant('L020', 'warning', r, H.industry);
  r = next(); { const a = wan(r, H.approved); set(r, H.total, a - 1); set(r, H.social, -1); } plant('L022', 'warning', r, H.approved); plant('L019', 'warning', r, H.total); plant('L012', 'error', r, H.social);

  // The 合计 row follows the planted amounts (recomputed with the reader's own amount parsing) …
  const bodyRows = expected.ids.map((id) => expected.rowOf[id]);
  for (const h of [H.approved, H.total, H.social, H.prior, H.disbursed]) {
    const unit = headerKey(h).unit ?? '万元';
    const fen = bodyRows.reduce((s, row) => { const x = readAmount(get(row, h), unit); return s + (x.kind === 'ok' ? x.value : 0); }, 0);
    set(expected.totalRow, h, fen / (unit === '元' ? 100 : 1_000_000));
  }
  // … except one column, planted wrong.
  set(expected.totalRow, H.prior, (get(expected.totalRow, H.prior) as number) + 1);
  plant('L021', 'error', expected.totalRow, H.prior);

  // S003: the last column renamed into a duplicate of 项目名称.
  const last = values[expected.headerRow].length - 1;
  values[expected.headerRow][last] = '项目名称';
  plants.push({ rule: 'S003', severity: 'warning', row: expected.headerRow, col: last });

  const industries = [...new Set(bodyRows.map((row) => String(get(row, H.industry))))].filter((x) => x !== '房地产').join('、');
  const profile: GridSheet = {
    name: '配置',
    values: [['参数', '值'], ['评价年度', 2018], ['单项资助上限', 200], ['最低带动比', 0.5], ['支持产业', industries], ['全年预算数', 1100], ['全年执行数', 1201]],
  };
  const indicators: GridSheet = {
    name: '绩效指标',
    values: [['一级指标', '二级指标', '三级指标', '年度指标值', '度量单位', '实际完成值', '数据来源'],
      ['产出指标', '数量指标', '支持专利实施项目', '≥49', '家', null, '新上项目数'],
      [null, null, '培训人员', '≥500', '人次', '进行中', null],
      [null, null, '新增产值', '≥100', '万元', null, '新增产值']],
  };
  const sheets = grid.sheets.map((s) => (s.name === ledgerSheet ? { ...s, values, merges } : s));
  plants.push({ rule: 'W001', severity: 'error', sheet: '配置', row: 6, col: 1 }, { rule: 'W002', severity: 'warning', sheet: '配置', row: 6, col: 1 });
  plants.push({ rule: 'W005', severity: 'error', sheet: '绩效指标', row: 2, col: 5 }, { rule: 'W008', severity: 'error', sheet: '绩效指标', row: 3, col: 6 });
  return { grid: { sheets: [profile, ...sheets, indicators] }, plants: plants.map((p) => ({ sheet: p.sheet ?? ledgerSheet, ...p })) };
}
