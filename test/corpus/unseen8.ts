/**
 * An eighth corpus of files nobody on the team has seen (unseen.ts … unseen7.ts are the first seven): a workbook of one
 * sheet per 地州市 and a 汇总 sheet after them whose totals are formulas over theirs; money as text with its own unit
 * (1,234.50元 under a 万元 heading, 12.5万 under a 元 one); one 立项日期 column written six ways (2020.3.5, 2020年3月5日,
 * 20200305, 2020/03/05, 3/25/2020, a bare serial); an .xls as WPS saves it with a header merged over two rows
 * (财政支持资金 over 合计 | 中央 | 自治区, 本年拨付 over 金额 | 拨付进度); a GBK CSV with no title whose last line is
 * 合计（N个项目）; an indicator table whose 完成值 comes before its 目标值; a 监控表 workbook with 1-6月执行数 and
 * 全年预计; a ledger at row 6 under a merged title and a 填报单位 | 填报日期 block; 备注 saying 已撤销 / 已终止; a 自评表
 * whose 得分 cells are formulas, with their values and, as a system writes them, without; and the prefecture sheets
 * beside a 全区汇总 that lists every project again.
 *
 * Each file comes with what a finance officer reads in it (its truth), computed from the rows written, never typed
 * in. `node -r tsx/cjs test/corpus/unseen8.ts DIR` writes the files to look at.
 */
import ExcelJS from 'exceljs';
import * as X from '@e965/xlsx';
import { rows, truthOf, wan, yuanText, buf, sumOf, LEDGER, ledgerRow, config, type Row, type CorpusFile, writeWhenRun } from './unseen';
import { encodeGbk } from '../support/formats';



/** The prefectures of the first file, each with a sheet of its own. */
export const PREFECTURES = ['阿克苏地区', '喀什地区', '和田地区'] as const;

/**
 * 农业: a sheet per 地州市 (no 地州市 column; title, header, projects, 小计), then 汇总 LAST: 序号 | 地州市 | 项目个数 |
 * 项目总投资 | 财政支持资金 | 本年拨付, each figure a formula over its prefecture's sheet (=SUM('阿克苏地区'!F3:F8), its
 * cached value as Excel saves it), and 合计.
 */
async function perPrefectureAndSummary(): Promise<CorpusFile> {
  const rs = rows('ny', 15, PREFECTURES, [2020, 2019], 42_001);
  const wb = new ExcelJS.Workbook();
  const spans: Array<{ region: string; first: number; last: number; xs: Row[] }> = [];
  for (const region of PREFECTURES) {
    const xs = rs.filter((x) => x.region === region);
    const ws = wb.addWorksheet(region);
    ws.addRow([`${region}2020年农业发展专项资金项目台账`]);
    ws.mergeCells(1, 1, 1, 7);
    ws.addRow(['项目编号', '项目名称', '承担单位', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
    for (const x of xs) ws.addRow([x.id, x.name, x.unit, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
    const last = 2 + xs.length;
    ws.addRow(['小计', null, null, null, ...(['E', 'F', 'G'] as const).map((c, k) => ({ formula: `SUM(${c}3:${c}${last})`, result: wan(sumOf(xs, (['total', 'approved', 'disbursed'] as const)[k])) }))]);
    spans.push({ region, first: 3, last, xs });
  }
  const sum = wb.addWorksheet('汇总');
  sum.addRow(['2020年农业发展专项资金分地州汇总表']);
  sum.mergeCells(1, 1, 1, 6);
  sum.addRow(['序号', '地州市', '项目个数', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
  spans.forEach((s, i) => {
    const q = `'${s.region}'`;
    sum.addRow([i + 1, s.region, { formula: `COUNTA(${q}!A${s.first}:A${s.last})`, result: s.xs.length },
      { formula: `SUM(${q}!E${s.first}:E${s.last})`, result: wan(sumOf(s.xs, 'total')) },
      { formula: `SUM(${q}!F${s.first}:F${s.last})`, result: wan(sumOf(s.xs, 'approved')) },
      { formula: `SUM(${q}!G${s.first}:G${s.last})`, result: wan(sumOf(s.xs, 'disbursed')) }]);
  });
  const n = 2 + spans.length;
  sum.addRow(['合计', null, { formula: `SUM(C3:C${n})`, result: rs.length }, ...(['D', 'E', 'F'] as const).map((c, k) => ({ formula: `SUM(${c}3:${c}${n})`, result: wan(sumOf(rs, (['total', 'approved', 'disbursed'] as const)[k])) }))]);
  return { name: '农业-分地州加汇总.xlsx', bytes: await buf(wb), shape: 'a sheet per 地州市 (no 地州市 column, 小计 as formulas) and 汇总 LAST: 地州市 | 项目个数 | money, each a formula over its sheet, 合计', truth: truthOf(rs) };
}

/** How the 商务 office writes each amount, by row: its own unit after it, whatever the heading says. */
export function moneyText(fen: number, i: number): string {
  switch (i % 4) {
    case 0: return `${yuanText(fen)}元`; // 1,234,567.50元
    case 1: return `${wan(fen)}万`; // 123.45675万
    case 2: return `${wan(fen)}万元`;
    default: return `￥${yuanText(fen)}`;
  }
}

/** 商务: 财政支持资金（万元） and 本年拨付（元） headings, each cell text with its own unit (moneyText), 元 with 分. */
async function moneyWithUnits(): Promise<CorpusFile> {
  const rs = rows('sw', 12, ['喀什地区', '伊犁哈萨克自治州'], [2020, 2019], 42_002, true);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度商务发展专项资金项目台账']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金（万元）', '本年拨付（元）']);
  rs.forEach((x, i) => ws.addRow([x.id, x.name, x.unit, x.region, `${x.date.y}年`, moneyText(x.total, i + 1), moneyText(x.approved, i), moneyText(x.disbursed, i + 2)]));
  return { name: '商务-金额文本带单位.xlsx', bytes: await buf(wb), shape: 'money as text with its own unit (1,234.50元, 12.5万, 12.5万元, ￥1,234.50) under 万元 / 元 / bare headings', truth: truthOf(rs) };
}

/** 立项日期 as six offices write it, by row (a bare Excel serial the seventh). */
export function dateText(d: Row['date'], i: number): string | number {
  const p = (n: number): string => String(n).padStart(2, '0');
  switch (i % 6) {
    case 0: return `${d.y}.${d.m}.${d.d}`;
    case 1: return `${d.y}年${d.m}月${d.d}日`;
    case 2: return `${d.y}${p(d.m)}${p(d.d)}`;
    case 3: return `${d.y}/${p(d.m)}/${p(d.d)}`;
    case 4: return `${d.m}/${d.d}/${d.y}`;
    default: return (Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(1899, 11, 30)) / 86400000;
  }
}

/** 科技: no 立项年度 column; 立项日期 written six ways in one column (dateText), the year across 2019 and 2020. */
async function sixDates(): Promise<CorpusFile> {
  const rs = rows('kj', 18, ['乌鲁木齐市', '昌吉回族自治州'], [2020, 2019], 42_003);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度自治区重点研发专项资金项目台账']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项日期', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
  rs.forEach((x, i) => ws.addRow([x.id, x.name, x.unit, x.region, dateText(x.date, i), wan(x.total), wan(x.approved), wan(x.disbursed)]));
  return { name: '科技-立项日期六种写法.xlsx', bytes: await buf(wb), shape: '立项日期 six ways in one column: 2020.3.5, 2020年3月5日, 20200305, 2020/03/05, 3/25/2020, a bare serial; no 立项年度', truth: truthOf(rs) };
}

/**
 * 农业 as WPS saves an .xls (BIFF8): title, 单位：万元, a header over two rows — 项目编号 … 立项年度 merged down, 财政支持资金
 * merged over 合计 | 其中：中央 | 其中：自治区, 本年拨付 over 金额 | 拨付进度 — the central share a third of each.
 */
function xlsTwoRowHeader(): CorpusFile {
  const rs = rows('ny', 12, ['塔城地区', '阿勒泰地区'], [2020, 2019], 42_004);
  const central = (fen: number): number => Math.round(fen / 3 / 1_000_000) * 1_000_000;
  const aoa: unknown[][] = [
    ['2020年度农业发展专项资金项目明细表'],
    ['单位：万元'],
    ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', null, null, '本年拨付', null],
    [null, null, null, null, null, null, '合计', '其中：中央', '其中：自治区', '金额', '拨付进度'],
    ...rs.map((x) => [x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(central(x.approved)), wan(x.approved - central(x.approved)), wan(x.disbursed), `${Math.round((x.disbursed / x.approved) * 100)}%`]),
  ];
  const ws = X.utils.aoa_to_sheet(aoa);
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 10 } },
    ...[0, 1, 2, 3, 4, 5].map((c) => ({ s: { r: 2, c }, e: { r: 3, c } })),
    { s: { r: 2, c: 6 }, e: { r: 2, c: 8 } },
    { s: { r: 2, c: 9 }, e: { r: 2, c: 10 } },
  ];
  const wb = X.utils.book_new();
  X.utils.book_append_sheet(wb, ws, '项目明细');
  wb.Props = { Application: 'WPS 表格' } as X.FullProperties;
  const bytes = new Uint8Array(X.write(wb, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
  return { name: '农业-WPS两行表头.xls', bytes, shape: '.xls (BIFF8, WPS): header over two rows, 财政支持资金 over 合计|其中：中央|其中：自治区, 本年拨付 over 金额|拨付进度', truth: truthOf(rs) };
}

/** 就业 as a CSV in GBK with no BOM and no title: 序号 first, 元 with separators quoted, last line 合计（N个项目）. */
function gbkTotalLast(): CorpusFile {
  const rs = rows('jy', 16, ['克拉玛依市', '哈密市', '巴音郭楞蒙古自治州'], [2020, 2019], 42_005, true);
  const q = (s: string): string => (/[",]/.test(s) ? `"${s}"` : s);
  const lines = [
    '序号,项目编号,项目名称,承担单位,地州市,立项年度,项目总投资（元）,财政支持资金（元）,本年拨付（元）',
    ...rs.map((x, i) => [String(i + 1), x.id, x.name, x.unit, x.region, String(x.date.y), q(yuanText(x.total)), q(yuanText(x.approved)), q(yuanText(x.disbursed))].join(',')),
    ['', '', `合计（${rs.length}个项目）`, '', '', '', q(yuanText(sumOf(rs, 'total'))), q(yuanText(sumOf(rs, 'approved'))), q(yuanText(sumOf(rs, 'disbursed')))].join(','),
  ];
  return { name: '就业-2020年GBK合计行.csv', bytes: encodeGbk(lines.join('\r\n') + '\r\n'), shape: 'CSV in GBK, no BOM, no title: 序号 first, 元 quoted with separators, last line 合计（16个项目） in 项目名称', truth: truthOf(rs) };
}

/** An indicator of the swapped table: the result written before the target. */
export const SWAPPED: ReadonlyArray<readonly [string, string, string, number, string, string]> = [
  ['产出指标', '数量指标', '支持非遗工坊', 20, '11个', '≥10个'],
  ['产出指标', '数量指标', '举办文艺演出', 15, '36场', '≥40场'],
  ['产出指标', '质量指标', '项目验收合格率', 15, '100%', '≥95%'],
  ['效益指标', '社会效益指标', '接待游客人次', 30, '128万人次', '≥120万人次'],
  ['满意度指标', '服务对象满意度指标', '游客满意度', 10, '93%', '≥90%'],
];

/** 文旅: 配置, a ledger and 绩效指标 headed 一级指标 | 二级指标 | 三级指标 | 分值 | 全年实际完成值 | 年度目标值 — the result first. */
async function swappedIndicators(): Promise<CorpusFile> {
  const rs = rows('wl', 8, ['吐鲁番市', '哈密市'], [2020], 42_006);
  const wb = new ExcelJS.Workbook();
  config(wb, '文化和旅游发展专项资金', '自治区文化和旅游厅', 2020, sumOf(rs, 'approved'));
  const led = wb.addWorksheet('项目台账');
  led.addRow(LEDGER);
  for (const x of rs) led.addRow(ledgerRow({ ...x, disbursed: x.approved }));
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '分值', '全年实际完成值', '年度目标值']);
  for (const r of SWAPPED) ind.addRow([...r]);
  return { name: '文旅-完成值在目标值前.xlsx', bytes: await buf(wb), shape: '绩效指标 分值 | 全年实际完成值 | 年度目标值: the result before the target, under other headings', truth: { ...truthOf(rs), disbursed: sumOf(rs, 'approved') } };
}

/** A line of the 监控表 as 商务 fills it: its 1-6月执行数 and 全年预计. */
export const MONITOR_LINES: ReadonlyArray<readonly [string, string, string, string, string, string, string]> = [
  ['产出指标', '数量指标', '支持外贸企业', '≥60家', '35家', '62家', '确定能'],
  ['产出指标', '数量指标', '举办境外展会', '≥6场', '1场', '4场', '有可能'],
  ['产出指标', '质量指标', '项目验收合格率', '≥95%', '96%', '96%', '确定能'],
  ['效益指标', '经济效益指标', '带动进出口额', '≥3000万元', '1600万元', '3200万元', '确定能'],
  ['满意度指标', '服务对象满意度指标', '企业满意度', '≥90%', '', '92%', '确定能'],
];

/**
 * 商务 at mid-year: 配置 with 监控截止月份 6, a ledger whose paid column is 1-6月执行数, and 绩效指标 with 1-6月执行数 |
 * 全年预计 | 完成目标可能性 (展会: 有可能, without a cause).
 */
async function monitorSixMonths(): Promise<CorpusFile> {
  const rs = rows('sw', 10, ['阿克苏地区', '和田地区'], [2020, 2019], 42_007);
  const wb = new ExcelJS.Workbook();
  config(wb, '外经贸发展专项资金', '自治区商务厅', 2020, sumOf(rs, 'approved'), [['监控截止月份', 6]]);
  const led = wb.addWorksheet('项目台账');
  led.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '1-6月执行数（万元）']);
  for (const x of rs) led.addRow(ledgerRow(x));
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月执行数', '全年预计', '完成目标可能性']);
  for (const r of MONITOR_LINES) ind.addRow(r.map((c) => c || null));
  return { name: '商务-监控1-6月执行数.xlsx', bytes: await buf(wb), shape: '监控: 监控截止月份 6, ledger 1-6月执行数（万元）, indicators 1-6月执行数 | 全年预计 | 完成目标可能性', truth: truthOf(rs) };
}

/** The date the 就业 office signed its table, in the block above it. */
export const FILLED_ON = { y: 2021, m: 1, d: 15 };

/**
 * 就业: the ledger at row 6 — a merged title, a blank row, 填报单位 | 自治区人社厅 | … | 填报日期 | a date cell, 填报人 |
 * 联系电话, 单位：万元 — then the header and the projects.
 */
async function rowSixLedger(): Promise<CorpusFile> {
  const rs = rows('jy', 10, ['乌鲁木齐市', '阿勒泰地区'], [2020, 2019], 42_008);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度就业补助资金项目台账']);
  ws.mergeCells(1, 1, 1, 8);
  ws.addRow([]);
  ws.addRow(['填报单位：', '自治区人力资源和社会保障厅', null, null, null, '填报日期：', new Date(Date.UTC(FILLED_ON.y, FILLED_ON.m - 1, FILLED_ON.d))]);
  ws.addRow(['填报人：', '马丽', null, null, null, '联系电话：', '0991-5551234']);
  ws.addRow([null, null, null, null, null, null, null, '单位：万元']);
  ws.addRow(LEDGER);
  for (const x of rs) ws.addRow(ledgerRow(x));
  ws.getCell(3, 7).numFmt = 'yyyy"年"m"月"d"日"';
  return { name: '就业-第6行表头.xlsx', bytes: await buf(wb), shape: 'ledger at row 6: merged title, blank, 填报单位 | … | 填报日期 | a date cell, 填报人 | 联系电话, 单位：万元', truth: truthOf(rs) };
}

/** 备注 of the 科技 ledger: every fourth project withdrawn or stopped, said in words. */
export const NOTES = ['', '已撤销', '', '已终止（2020年6月）', '', '', '项目终止，已收回资金', ''];

/** 科技: a ledger with 备注, some saying 已撤销 / 已终止 (nothing paid to those this year), and no 项目状态 column. */
async function withdrawnNotes(): Promise<CorpusFile> {
  const rs = rows('kj', 16, ['哈密市', '克拉玛依市'], [2019, 2018], 42_009).map((x, i) => (NOTES[i % NOTES.length] ? { ...x, disbursed: 0 } : x));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度自治区重点研发专项资金项目台账']);
  ws.addRow([...LEDGER, '备注']);
  rs.forEach((x, i) => ws.addRow([...ledgerRow(x), NOTES[i % NOTES.length] || null]));
  return { name: '科技-备注撤销终止.xlsx', bytes: await buf(wb), shape: '备注 已撤销 / 已终止（2020年6月） / 项目终止，已收回资金 on some projects, no 项目状态 column', truth: truthOf(rs) };
}

/** The indicators of the formula-scored 自评表: target, result, 分值 (得分 is a formula over them). */
export const FORMULA_SCORED: ReadonlyArray<readonly [string, string, string, string, number, number, number]> = [
  ['产出指标', '数量指标', '支持外贸企业', '家', 60, 62, 20],
  ['产出指标', '数量指标', '举办境外展会', '场', 4, 3, 20],
  ['产出指标', '质量指标', '项目验收合格率', '%', 95, 100, 10],
  ['效益指标', '经济效益指标', '带动进出口额', '万元', 3000, 2700, 30],
  ['满意度指标', '服务对象满意度指标', '企业满意度', '%', 90, 93, 10],
];
/** The 得分 each formula gives (its cached value): full where met, else 分值 × 实际 / 目标 to two decimals. */
export const formulaScore = ([, , , , t, a, p]: (typeof FORMULA_SCORED)[number]): number => (a >= t ? p : Math.round((p * a * 100) / t) / 100);

/**
 * 商务: 配置, a ledger of `n` projects, and 绩效指标 whose 得分 is a formula =IF(F2>=E2,G2,ROUND(G2*F2/E2,2)) — with the
 * value Excel saved (`saved`), or without any (a system's export, never calculated).
 */
function formulaScored(n: number, seed: number, saved: boolean): { wb: ExcelJS.Workbook; rs: ReturnType<typeof rows> } {
  const rs = rows('sw', n, ['喀什地区', '哈密市'], [2020], seed);
  const wb = new ExcelJS.Workbook();
  config(wb, '外经贸发展专项资金', '自治区商务厅', 2020, sumOf(rs, 'approved'));
  const led = wb.addWorksheet('项目台账');
  led.addRow(LEDGER);
  for (const x of rs) led.addRow(ledgerRow({ ...x, disbursed: x.approved }));
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '计量单位', '年度指标值', '实际完成值', '分值', '得分']);
  FORMULA_SCORED.forEach((i, k) => {
    const r = k + 2;
    const formula = `IF(F${r}>=E${r},G${r},ROUND(G${r}*F${r}/E${r},2))`;
    ind.addRow([...i, saved ? { formula, result: formulaScore(i) } : { formula }]);
  });
  return { wb, rs };
}

/** 商务 as Excel saves it: the 得分 formulas with their values, and 合计 =SUM(H2:H6) under them. */
async function formulaScores(): Promise<CorpusFile> {
  const { wb, rs } = formulaScored(8, 42_010, true);
  wb.getWorksheet('绩效指标')!.addRow(['合计', null, null, null, null, null, { formula: 'SUM(G2:G6)', result: 90 }, { formula: 'SUM(H2:H6)', result: FORMULA_SCORED.reduce((s, i) => s + formulaScore(i), 0) }]);
  return { name: '商务-得分为公式.xlsx', bytes: await buf(wb), shape: '绩效指标 得分 as formulas =IF(F2>=E2,G2,ROUND(G2*F2/E2,2)) with cached values, 计量单位 column, 合计 =SUM', truth: { ...truthOf(rs), disbursed: sumOf(rs, 'approved') } };
}

/**
 * 农业: a sheet per 地州市 (with its 地州市 column) and 全区汇总 LAST that lists every project again under the same
 * header, with 合计 — the province's list beside the prefectures' own.
 */
async function perPrefectureAndFullList(): Promise<CorpusFile> {
  const rs = rows('ny', 15, PREFECTURES, [2020, 2019], 42_011);
  const wb = new ExcelJS.Workbook();
  for (const region of PREFECTURES) {
    const ws = wb.addWorksheet(region);
    ws.addRow([`${region}2020年农业发展专项资金项目台账`]);
    ws.addRow(LEDGER);
    for (const x of rs.filter((y) => y.region === region)) ws.addRow(ledgerRow(x));
  }
  const all = wb.addWorksheet('全区汇总');
  all.addRow(['2020年农业发展专项资金项目汇总表']);
  all.addRow(LEDGER);
  for (const x of rs) all.addRow(ledgerRow(x));
  all.addRow(['合计', null, null, null, null, wan(sumOf(rs, 'total')), wan(sumOf(rs, 'approved')), wan(sumOf(rs, 'disbursed'))]);
  return { name: '农业-分地州加全区明细.xlsx', bytes: await buf(wb), shape: 'a sheet per 地州市 and 全区汇总 LAST listing every project again (same header), 合计', truth: truthOf(rs) };
}

/** 商务 as a system writes it: 绩效指标's 得分 formulas saved without their values (never opened in Excel or WPS). */
async function formulaScoresUncalculated(): Promise<CorpusFile> {
  const { wb, rs } = formulaScored(6, 42_012, false);
  return { name: '商务-得分公式未计算.xlsx', bytes: await buf(wb), shape: '绩效指标 得分 as formulas saved without values (a system\'s export, never calculated)', truth: { ...truthOf(rs), disbursed: sumOf(rs, 'approved') } };
}

export async function unseenCorpus8(): Promise<CorpusFile[]> {
  return [await perPrefectureAndSummary(), await moneyWithUnits(), await sixDates(), xlsTwoRowHeader(), gbkTotalLast(), await swappedIndicators(), await monitorSixMonths(), await rowSixLedger(), await withdrawnNotes(), await formulaScores(),
    await perPrefectureAndFullList(), await formulaScoresUncalculated()];
}

writeWhenRun(module, 'unseen-corpus8', unseenCorpus8);
