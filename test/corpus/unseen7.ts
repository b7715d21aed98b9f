/**
 * A seventh corpus of files nobody on the team has seen (unseen.ts … unseen6.ts are the first six), leaning on the
 * forms beyond the ledger: an indicator table with 一级/二级 merged down and a 指标值 column written every way
 * (≥ ≤ ＝ 约 不少于 达到…以上 完成 …以内, full-width digits and ％); a 自评表 filled by hand with its 得分 already typed;
 * the mid-year 绩效监控表 as a prefecture sends it back (1—7月执行情况, ✓ under 经费保障 | 制度保障 …); ledgers with
 * 项目编号 in several shapes (2020-001, XJ2020001, blank), 地州市 written 伊犁州直 / 伊犁哈萨克自治州 / 伊犁, 万元 and
 * 元 in one table; a CSV whose 项目名称 holds quoted newlines; an .xls whose 财政支持资金 column is hidden; a workbook
 * whose sheets are Sheet1 (the ledger) and Sheet2 (the indicators).
 *
 * Each file comes with what a finance officer reads in it (its truth), computed from the rows written, never typed
 * in. `node -r tsx/cjs test/corpus/unseen7.ts DIR` writes the files to look at.
 */
import ExcelJS from 'exceljs';
import * as X from '@e965/xlsx';
import { rows, truthOf, wan, yuanText, buf, yuan, sumOf, LEDGER, ledgerRow, config, type Row, type CorpusFile, writeWhenRun } from './unseen';



/** One indicator as a county writes its 指标值, with what the officer reads in it. */
export interface WrittenIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  /** The 指标值 cell as written. */
  readonly cell: string;
  /** The 实际完成值 cell as written. */
  readonly done: string;
  readonly weight: number;
  /** What the officer reads: the target's number, its sense, the result's number, and whether the target is met. */
  readonly target: number;
  readonly sense: '≥' | '≤' | '=';
  readonly actual: number;
  readonly met: boolean;
}

export const WRITTEN_INDICATORS: ReadonlyArray<WrittenIndicator> = [
  { level1: '产出指标', level2: '数量指标', name: '支持农业产业化项目', cell: '≥１２个', done: '１３个', weight: 10, target: 12, sense: '≥', actual: 13, met: true },
  { level1: '产出指标', level2: '数量指标', name: '新建高标准农田', cell: '不少于5000亩', done: '5200亩', weight: 5, target: 5000, sense: '≥', actual: 5200, met: true },
  { level1: '产出指标', level2: '数量指标', name: '举办技术培训', cell: '完成20期', done: '18期', weight: 5, target: 20, sense: '≥', actual: 18, met: false },
  { level1: '产出指标', level2: '质量指标', name: '项目验收合格率', cell: '＝100％', done: '100％', weight: 10, target: 100, sense: '=', actual: 100, met: true },
  { level1: '产出指标', level2: '质量指标', name: '良种覆盖率', cell: '达到95%以上', done: '96%', weight: 5, target: 95, sense: '≥', actual: 96, met: true },
  { level1: '产出指标', level2: '时效指标', name: '资金拨付时间', cell: '下达后30天以内', done: '25天', weight: 10, target: 30, sense: '≤', actual: 25, met: true },
  { level1: '产出指标', level2: '成本指标', name: '亩均建设成本', cell: '≤1500元', done: '1480元', weight: 5, target: 1500, sense: '≤', actual: 1480, met: true },
  { level1: '效益指标', level2: '经济效益指标', name: '带动农民增收', cell: '约3000万元', done: '3100万元', weight: 30, target: 3000, sense: '≥', actual: 3100, met: true },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '农户满意度', cell: '≥９０％', done: '９２％', weight: 10, target: 90, sense: '≥', actual: 92, met: true },
];

/**
 * 农业: 配置, a ledger and 绩效指标 as a county office types it: 一级 and 二级 merged down over their rows, 指标值 and
 * 实际完成值 written each its own way (WRITTEN_INDICATORS), full-width digits and ％ among them.
 */
async function writtenTargets(): Promise<CorpusFile> {
  const rs = rows('ny', 9, ['昌吉回族自治州', '塔城地区'], [2020], 41_001);
  const wb = new ExcelJS.Workbook();
  config(wb, '自治区农业产业化专项资金', '自治区农业农村厅', 2020, sumOf(rs, 'approved'));
  const led = wb.addWorksheet('项目台账');
  led.addRow(LEDGER);
  for (const x of rs) led.addRow(ledgerRow({ ...x, disbursed: x.approved }));
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值']);
  WRITTEN_INDICATORS.forEach((i, k) => {
    const prev = WRITTEN_INDICATORS[k - 1];
    ind.addRow([prev?.level1 === i.level1 ? null : i.level1, prev?.level2 === i.level2 ? null : i.level2, i.name, i.cell, i.done, i.weight]);
  });
  for (const col of [1, 2]) {
    let start = 0;
    const key = (k: number): string => (col === 1 ? WRITTEN_INDICATORS[k].level1 : `${WRITTEN_INDICATORS[k].level1}/${WRITTEN_INDICATORS[k].level2}`);
    for (let k = 1; k <= WRITTEN_INDICATORS.length; k++) {
      if (k < WRITTEN_INDICATORS.length && key(k) === key(start)) continue;
      if (k - 1 > start) ind.mergeCells(2 + start, col, 2 + k - 1, col);
      start = k;
    }
  }
  return { name: '农业-指标值各种写法.xlsx', bytes: await buf(wb), shape: '绩效指标: 一级/二级 merged down; 指标值 ≥１２个, 不少于5000亩, 完成20期, ＝100％, 达到95%以上, 下达后30天以内, ≤1500元, 约3000万元, ≥９０％', truth: { ...truthOf(rs), disbursed: sumOf(rs, 'approved') } };
}

/** An indicator of a 自评表 filled by hand: its 分值, the 得分 the clerk typed, and what the product should give. */
export interface HandScored {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: number;
  /** The 得分 typed. */
  readonly typed: number;
}

export const HAND_SCORED: ReadonlyArray<HandScored> = [
  { level1: '产出指标', level2: '数量指标', name: '支持外贸企业', target: '≥60家', actual: '62家', weight: 20, typed: 20 },
  { level1: '产出指标', level2: '数量指标', name: '举办境外展会', target: '≥4场', actual: '2场', weight: 20, typed: 20 },
  { level1: '产出指标', level2: '质量指标', name: '项目验收合格率', target: '≥95%', actual: '100%', weight: 10, typed: 10 },
  { level1: '效益指标', level2: '经济效益指标', name: '带动进出口额', target: '≥3000万元', actual: '3260万元', weight: 30, typed: 30 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '企业满意度', target: '≥90%', actual: '93%', weight: 10, typed: 10 },
];

/** 商务: 配置, a ledger, and 绩效指标 as a 自评表 filled by hand — 分值 and a 得分 column already typed (2场 of ≥4场 given full marks). */
async function handScored(): Promise<CorpusFile> {
  const rs = rows('sw', 8, ['喀什地区', '和田地区'], [2020], 41_002);
  const wb = new ExcelJS.Workbook();
  config(wb, '外经贸发展专项资金', '自治区商务厅', 2020, sumOf(rs, 'approved'));
  const led = wb.addWorksheet('项目台账');
  led.addRow(LEDGER);
  for (const x of rs) led.addRow(ledgerRow({ ...x, disbursed: x.approved }));
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  for (const i of HAND_SCORED) ind.addRow([i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.typed, null]);
  return { name: '商务-自评表手填得分.xlsx', bytes: await buf(wb), shape: '绩效指标 as a 自评表 filled by hand: 分值 and 得分 typed (2场 of ≥4场 given its full 20)', truth: { ...truthOf(rs), disbursed: sumOf(rs, 'approved') } };
}

/** One line of a 监控表 as a prefecture sends it back: target, progress to July, forecast, the ✓ of its cause. */
export interface ReturnedLine {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly july: string;
  readonly forecast: string;
  /** The column of 偏差原因分析 ticked, if any. */
  readonly cause: '经费保障' | '制度保障' | '人员保障' | '硬件条件保障' | '其他' | null;
  readonly why: string;
  readonly likely: '确定能' | '有可能' | '完全不可能';
  readonly remedy: string;
}

export const CAUSES = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'] as const;

export const RETURNED_LINES: ReadonlyArray<ReturnedLine> = [
  { level1: '产出指标', level2: '数量指标', name: '支持就业见习岗位', target: '≥800个', july: '520个', forecast: '820个', cause: null, why: '', likely: '确定能', remedy: '' },
  { level1: '产出指标', level2: '数量指标', name: '开展职业技能培训', target: '≥3000人次', july: '600人次', forecast: '2400人次', cause: '人员保障', why: '培训师资不足，上半年仅开班4期', likely: '有可能', remedy: '下半年与职业院校联合办班' },
  { level1: '产出指标', level2: '质量指标', name: '培训合格率', target: '≥90%', july: '92%', forecast: '92%', cause: null, why: '', likely: '确定能', remedy: '' },
  { level1: '效益指标', level2: '社会效益指标', name: '带动就业人数', target: '≥1500人', july: '400人', forecast: '1000人', cause: '经费保障', why: '第二批资金尚未下达', likely: '完全不可能', remedy: '申请调整年度指标值' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度', target: '≥90%', july: '', forecast: '', cause: null, why: '', likely: '确定能', remedy: '' },
];

/**
 * 就业: the 绩效指标 of a mid-year return as a prefecture fills the province's form — 1—7月执行情况, 全年预计完成情况,
 * 偏差原因分析 over five columns (经费保障 | 制度保障 | 人员保障 | 硬件条件保障 | 其他) with a ✓ in the one that applies, then
 * 原因说明, 完成目标可能性, 纠偏措施 — the header over two rows. 1—7月拨付 in the ledger.
 */
async function monitorReturned(): Promise<CorpusFile> {
  const rs = rows('jy', 10, ['克拉玛依市', '博尔塔拉蒙古自治州'], [2020], 41_003);
  const wb = new ExcelJS.Workbook();
  config(wb, '就业创业专项资金', '自治区人力资源和社会保障厅', 2020, sumOf(rs, 'approved'), [['监控截止月份', 7]]);
  const led = wb.addWorksheet('项目台账');
  led.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '1-7月拨付（万元）']);
  for (const x of rs) led.addRow(ledgerRow(x));
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '1—7月执行情况', '全年预计完成情况', '偏差原因分析', null, null, null, null, '原因说明', '完成目标可能性', '纠偏措施']);
  ind.addRow([null, null, null, null, null, null, ...CAUSES, null, null, null]);
  for (const c of [1, 2, 3, 4, 5, 6, 12, 13, 14]) ind.mergeCells(1, c, 2, c);
  ind.mergeCells(1, 7, 1, 11);
  for (const l of RETURNED_LINES) ind.addRow([l.level1, l.level2, l.name, l.target, l.july || null, l.forecast || null, ...CAUSES.map((c) => (c === l.cause ? '✓' : null)), l.why || null, l.likely, l.remedy || null]);
  return { name: '就业-地州报回监控表.xlsx', bytes: await buf(wb), shape: '监控表 returned: 1—7月执行情况, 全年预计完成情况, 偏差原因分析 over 经费保障|制度保障|人员保障|硬件条件保障|其他 with ✓, header over two rows', truth: truthOf(rs) };
}

/** The 项目编号 of a project as three offices write them: 2020-001, XJ2020001, or not at all. */
export const idShape = (x: Row, i: number): string | null => [x.id.replace(/^[A-Z]+/, ''), `XJ${x.id.replace(/[^0-9]/g, '')}`, null][i % 3];

/** 科技: 项目编号 written three ways in one column (2020-001, XJ2020001, blank). */
async function idShapes(): Promise<CorpusFile> {
  const rs = rows('kj', 12, ['乌鲁木齐市', '哈密市'], [2020, 2019], 41_004);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度自治区重点研发专项资金项目台账']);
  ws.addRow(LEDGER);
  rs.forEach((x, i) => ws.addRow([idShape(x, i), ...ledgerRow(x).slice(1)]));
  const truth = truthOf(rs);
  return { name: '科技-项目编号多种写法.xlsx', bytes: await buf(wb), shape: '项目编号 three ways: 2020-001, XJ2020001, blank', truth: { ...truth, years: Object.fromEntries(rs.flatMap((x, i) => (idShape(x, i) === null ? [] : [[idShape(x, i) as string, x.date.y]]))) } };
}

/** The ways 伊犁's projects name their prefecture, one per row. */
export const YILI_WAYS = ['伊犁州直', '伊犁哈萨克自治州', '伊犁', '伊犁州'];

/** 文旅: 伊犁's projects with 地州市 written four ways (YILI_WAYS), beside 塔城地区's. */
async function yiliWays(): Promise<CorpusFile> {
  const rs = rows('wl', 12, ['伊犁哈萨克自治州', '伊犁哈萨克自治州', '塔城地区'], [2020, 2019], 41_005);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度文化和旅游发展专项资金项目台账']);
  ws.addRow(LEDGER);
  rs.forEach((x, i) => ws.addRow([x.id, x.name, x.unit, x.region === '塔城地区' ? x.region : YILI_WAYS[i % YILI_WAYS.length], ...ledgerRow(x).slice(4)]));
  return { name: '文旅-伊犁多种写法.xlsx', bytes: await buf(wb), shape: '地州市 written 伊犁州直 / 伊犁哈萨克自治州 / 伊犁 / 伊犁州 for one prefecture', truth: truthOf(rs) };
}

/** 商务: one table in two units — 项目总投资（万元） beside 财政支持资金（元） and 本年拨付（元）, as two offices keep them. */
async function mixedUnits(): Promise<CorpusFile> {
  const rs = rows('sw', 10, ['阿克苏地区', '喀什地区'], [2020, 2019], 41_006, true);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度商务发展专项资金项目台账']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（元）', '本年拨付（元）']);
  for (const x of rs) ws.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), yuan(x.approved), yuan(x.disbursed)]);
  return { name: '商务-万元与元同表.xlsx', bytes: await buf(wb), shape: '项目总投资（万元） beside 财政支持资金（元） and 本年拨付（元） in one table', truth: truthOf(rs) };
}

/** 就业 as CSV (UTF-8 with BOM): some 项目名称 broken over two lines inside their quotes, as a cell with Alt+Enter exports. */
function csvNewlines(): CorpusFile {
  const rs = rows('jy', 10, ['乌鲁木齐市', '伊犁哈萨克自治州'], [2020, 2019], 41_007, true);
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const broken = (x: Row, i: number): string => (i % 2 === 0 ? x.name.replace('（', '\n（') : i % 3 === 0 ? `${x.name}\r\n（${x.region}）` : x.name);
  const lines = [
    '项目编号,项目名称,承担单位,地州市,立项年度,项目总投资（元）,财政支持资金（元）,本年拨付（元）',
    ...rs.map((x, i) => [x.id, q(broken(x, i)), x.unit, x.region, String(x.date.y), yuanText(x.total, ''), yuanText(x.approved, ''), yuanText(x.disbursed, '')].join(',')),
  ];
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(lines.join('\r\n') + '\r\n')]);
  return { name: '就业-2020年名称含换行.csv', bytes, shape: 'CSV (UTF-8 BOM): 项目名称 with quoted newlines (\\n and \\r\\n inside the quotes)', truth: truthOf(rs) };
}

/**
 * 农业 as .xls: the real 财政支持资金 in a hidden column (H), and beside it the visible 财政支持资金（大写） the clerk
 * prints; 本年拨付 visible.
 */
function xlsHiddenMoney(): CorpusFile {
  const rs = rows('ny', 10, ['阿勒泰地区', '塔城地区'], [2020, 2019], 41_008);
  const aoa: unknown[][] = [
    ['2020年度农业发展专项资金项目表'],
    ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '备注', '财政支持资金（万元）', '本年拨付（万元）'],
    ...rs.map((x) => [x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), null, wan(x.approved), wan(x.disbursed)]),
  ];
  const ws = X.utils.aoa_to_sheet(aoa);
  ws['!cols'] = [{}, {}, {}, {}, {}, {}, {}, { hidden: true }, {}];
  const wb = X.utils.book_new();
  X.utils.book_append_sheet(wb, ws, '项目表');
  const bytes = new Uint8Array(X.write(wb, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
  return { name: '农业-金额列隐藏.xls', bytes, shape: '.xls (BIFF8): 财政支持资金（万元） in a hidden column H', truth: truthOf(rs) };
}

/** 科技: a workbook of the defaults' names — the ledger in Sheet1, its indicators in Sheet2, an empty Sheet3. */
async function defaultNames(): Promise<CorpusFile> {
  const rs = rows('kj', 10, ['昌吉回族自治州', '克拉玛依市'], [2020, 2019], 41_009);
  const wb = new ExcelJS.Workbook();
  const s1 = wb.addWorksheet('Sheet1');
  s1.addRow(['2020年度自治区重点研发专项资金项目台账']);
  s1.addRow(LEDGER);
  for (const x of rs) s1.addRow(ledgerRow(x));
  const s2 = wb.addWorksheet('Sheet2');
  s2.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值']);
  s2.addRow(['产出指标', '数量指标', '支持研发项目', `≥${rs.length}项`, `${rs.length}项`, 50]);
  s2.addRow(['效益指标', '社会效益指标', '新增专利申请', '≥20件', '24件', 30]);
  s2.addRow(['满意度指标', '服务对象满意度指标', '项目单位满意度', '≥90%', '95%', 10]);
  wb.addWorksheet('Sheet3');
  return { name: '科技-Sheet1台账Sheet2指标.xlsx', bytes: await buf(wb), shape: 'sheets of the default names: Sheet1 the ledger, Sheet2 the indicators, Sheet3 empty', truth: truthOf(rs) };
}

/**
 * 文旅: the 绩效目标申报表 as a prefecture sends it — a form: title, 项目名称 | … on its own row, 年度绩效目标 in a merged
 * cell, then 绩效指标 with 一级 merged down, 二级, 三级, 指标值; no ledger.
 */
async function targetsForm(): Promise<CorpusFile> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('绩效目标表');
  ws.addRow(['项目支出绩效目标申报表']);
  ws.mergeCells(1, 1, 1, 5);
  ws.addRow(['（2021年度）']);
  ws.addRow(['项目名称', '文化和旅游发展专项资金', null, '主管部门', '自治区文化和旅游厅']);
  ws.addRow(['项目资金（万元）', '年度资金总额', 3000, '其中：财政拨款', 3000]);
  ws.addRow(['年度绩效目标', '支持乡村旅游重点村和非遗工坊建设，提升公共文化服务水平。']);
  ws.mergeCells(5, 2, 5, 5);
  ws.addRow(['一级指标', '二级指标', '三级指标', '指标值', null]);
  const ind: ReadonlyArray<readonly [string, string, string, string]> = [
    ['产出指标', '数量指标', '支持乡村旅游重点村', '≥15个'],
    ['产出指标', '数量指标', '新建非遗工坊', '≥10个'],
    ['产出指标', '质量指标', '项目验收合格率', '100%'],
    ['效益指标', '社会效益指标', '带动就业人数', '≥500人'],
    ['满意度指标', '服务对象满意度指标', '游客满意度', '≥90%'],
  ];
  for (const r of ind) ws.addRow([...r, null]);
  ws.mergeCells(7, 1, 9, 1);
  ws.mergeCells(7, 2, 8, 2);
  return { name: '文旅-绩效目标申报表.xlsx', bytes: await buf(wb), shape: '绩效目标申报表 form: 项目名称 row, 年度绩效目标 merged, 绩效指标 with 一级 merged down; no ledger', truth: { projects: 0, approved: 0, disbursed: 0, years: {} } };
}

/** The indicators of the hand-filled 2020 form: 2场 of ≥4场 scored at its share (10), the rest full. */
export const FORM_LINES: ReadonlyArray<readonly [string, string, string, string, string, number, number]> = [
  ['产出指标', '数量指标', '支持外贸企业', '≥60家', '62家', 20, 20],
  ['产出指标', '数量指标', '举办境外展会', '≥4场', '2场', 20, 10],
  ['产出指标', '质量指标', '项目验收合格率', '≥95%', '100%', 10, 10],
  ['效益指标', '经济效益指标', '带动进出口额', '≥3000万元', '3260万元', 30, 30],
  ['满意度指标', '服务对象满意度指标', '企业满意度', '≥90%', '93%', 10, 10],
];
/** What the clerk typed as 总分: left at 100 after lowering one score. */
export const FORM_TYPED_TOTAL = 100;

/**
 * 商务: 配置, a ledger, and the 2020 自评表 filled by hand as the table of indicators (no 绩效指标 sheet): the form's head
 * (项目名称, 项目资金, 年度总体目标), 绩效指标 | 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, and a 总分
 * row whose 得分 the clerk left at 100 after scoring one indicator 10 of 20.
 */
async function handForm(): Promise<CorpusFile> {
  const rs = rows('sw', 8, ['阿克苏地区', '喀什地区'], [2020, 2019], 41_010);
  const wb = new ExcelJS.Workbook();
  config(wb, '外经贸发展专项资金', '自治区商务厅', 2020, sumOf(rs, 'approved'));
  const led = wb.addWorksheet('项目台账');
  led.addRow(LEDGER);
  for (const x of rs) led.addRow(ledgerRow({ ...x, disbursed: x.approved }));
  const f = wb.addWorksheet('2020年度绩效自评表');
  const budget = wan(sumOf(rs, 'approved'));
  f.addRow(['项目支出绩效自评表']);
  f.addRow(['（2020年度）']);
  f.addRow(['项目名称', '外经贸发展专项资金', null, null, '主管部门', '自治区商务厅', null, '实施单位', '自治区商务厅']);
  f.addRow(['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  f.addRow([null, '年度资金总额', null, budget, budget, budget, 10, '100%', 10]);
  f.addRow(['年度总体目标', '预期目标', null, null, null, '实际完成情况']);
  f.addRow([null, '支持外贸企业开拓国际市场', null, null, null, '支持62家外贸企业开拓国际市场']);
  f.addRow(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  for (const [l1, l2, l3, t, a, p, s] of FORM_LINES) f.addRow([null, l1, l2, l3, t, a, p, s, s < p ? '境外展会受签证办理影响，仅举办2场' : null]);
  f.addRow(['总分', null, null, null, null, null, 100, FORM_TYPED_TOTAL, '自评等级：优']);
  return { name: '商务-手填自评表总分未改.xlsx', bytes: await buf(wb), shape: '2020 自评表 filled by hand as the indicator table (no 绩效指标 sheet): 得分 typed, 总分 left at 100 after one score was lowered to 10 of 20', truth: { ...truthOf(rs), disbursed: sumOf(rs, 'approved') } };
}

export async function unseenCorpus7(): Promise<CorpusFile[]> {
  return [await writtenTargets(), await handScored(), await monitorReturned(), await idShapes(), await yiliWays(), await mixedUnits(), csvNewlines(), xlsHiddenMoney(), await defaultNames(), await targetsForm(), await handForm()];
}

writeWhenRun(module, 'unseen-corpus7', unseenCorpus7);
