/**
 * Ledgers and indicator tables of funds nobody on the team has seen, written fresh in the shapes people send (issue:
 * "files nobody here has seen"): other special funds (科技, 农业, 商务, 文旅, 就业) with their own column names, a sheet per
 * county, 合计/小计 rows in odd places, notes under the table, merged titles, frozen panes, hidden columns, numbers
 * as text with thousands separators, 元 against 万元, dates as text, serials and the 1904 system, CSV in GBK / UTF-8
 * with a BOM / UTF-16, .xls (BIFF8), an xlsx saved by WPS, an indicator table in another province's layout.
 *
 * Each file comes with what a finance officer reads in it (its truth: projects, the sums in 分, the year), computed
 * from the rows written, never typed in. `node -r tsx/cjs test/corpus/unseen.ts DIR` writes the files to look at.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as X from '@e965/xlsx';
import JSZip from 'jszip';
import { encodeGbk } from '../support/formats';

/** One project as the fund's office knows it: amounts in 分. */
export interface Row {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly region: string;
  readonly date: { readonly y: number; readonly m: number; readonly d: number };
  readonly total: number;
  readonly approved: number;
  readonly disbursed: number;
}

export interface Truth {
  readonly projects: number;
  /** Σ 财政支持资金 (whatever the file calls it), 分. */
  readonly approved: number;
  /** Σ 本年拨付, 分. */
  readonly disbursed: number;
  /** The cohort year of each project, by 项目编号. */
  readonly years: Readonly<Record<string, number>>;
}

export interface CorpusFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The shape, in a line, for the report table. */
  readonly shape: string;
  readonly truth: Truth;
}

/** A small deterministic generator (mulberry32): the corpus is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNDS = {
  kj: { code: 'KJ', subjects: ['高寒区棉花智能滴灌系统研发', '光伏组件清洁机器人', '特色林果采后保鲜技术', '风电齿轮箱故障诊断平台', '煤化工废水零排放工艺', '维吾尔医药制剂质量标准'], units: ['新疆天山智造科技有限公司', '新疆农业大学', '石河子大学', '新疆金风检测技术有限公司', '新疆准东能源研究院', '新疆维吾尔医药研究所'] },
  ny: { code: 'NY', subjects: ['高标准农田建设', '设施农业大棚改造', '畜禽粪污资源化利用', '良种繁育基地', '节水灌溉改造', '农机购置补贴示范'], units: ['昌吉市农业农村局', '呼图壁县农业技术推广站', '玛纳斯县畜牧兽医局', '阜康市绿丰农民专业合作社', '奇台县天润种业有限公司', '吉木萨尔县水利管理站'] },
  sw: { code: 'SW', subjects: ['跨境电商公共服务平台', '县域商业体系建设', '冷链物流配送中心', '外贸企业开拓国际市场', '城市一刻钟便民生活圈', '农产品流通网点改造'], units: ['喀什丝路电商产业园有限公司', '和田市商务和工业信息化局', '阿克苏冷链物流有限公司', '伊犁边境贸易有限公司', '哈密市便民服务中心', '塔城地区供销合作社'] },
  wl: { code: 'WL', subjects: ['非遗工坊建设', '乡村旅游重点村提升', '公共图书馆数字化', '博物馆展陈改造', '旅游厕所新建', '文艺院团演出季'], units: ['吐鲁番市文化馆', '禾木村旅游发展有限公司', '巴州图书馆', '哈密博物馆', '那拉提景区管理委员会', '新疆艺术剧院'] },
  jy: { code: 'JY', subjects: ['职业技能培训补贴', '创业担保贷款贴息', '公益性岗位补贴', '就业见习补贴', '高校毕业生一次性求职补贴', '零工市场建设'], units: ['乌鲁木齐市就业局', '克拉玛依市人力资源市场', '库尔勒市就业服务中心', '伊宁市劳动就业训练中心', '阿勒泰市人社局', '博乐市创业孵化基地'] },
} as const;

type Fund = keyof typeof FUNDS;

/** `n` projects of a fund in the given regions, cohorts in `years`; amounts whole 元 (some with 角分 where asked). */
export function rows(fund: Fund, n: number, regions: ReadonlyArray<string>, years: ReadonlyArray<number>, seed: number, fen = false): Row[] {
  const r = rng(seed);
  const f = FUNDS[fund];
  const out: Row[] = [];
  for (let i = 0; i < n; i++) {
    const y = years[Math.floor(r() * years.length)];
    const approvedYuan = (5 + Math.floor(r() * 195)) * 10000 + (fen ? Math.floor(r() * 10000) : 0);
    const approved = approvedYuan * 100 + (fen ? Math.floor(r() * 100) : 0);
    const total = approved + (50 + Math.floor(r() * 900)) * 1000000;
    const disbursed = Math.floor((approved * Math.floor(r() * 11)) / 10 / 100) * 100; // whole 元, 0–100 %
    out.push({
      id: `${f.code}${y}-${String(i + 1).padStart(3, '0')}`,
      name: `${f.subjects[i % f.subjects.length]}（${i + 1}）`,
      unit: f.units[Math.floor(r() * f.units.length)],
      region: regions[i % regions.length],
      date: { y, m: 1 + Math.floor(r() * 12), d: 1 + Math.floor(r() * 28) },
      total,
      approved,
      disbursed,
    });
  }
  return out;
}

export const truthOf = (rs: ReadonlyArray<Row>): Truth => ({
  projects: rs.length,
  approved: rs.reduce((s, x) => s + x.approved, 0),
  disbursed: rs.reduce((s, x) => s + x.disbursed, 0),
  years: Object.fromEntries(rs.map((x) => [x.id, x.date.y])),
});

/** 分 as 元 text, `sep` between thousands: 123456789 → "1,234,567.89". */
export function yuanText(fen: number, sep = ','): string {
  const yuan = Math.trunc(fen / 100);
  return `${yuan.toLocaleString('en-US').replace(/,/g, sep)}.${String(fen % 100).padStart(2, '0')}`;
}
/** 分 as a 万元 number (exact to 6 decimals). */
export const wan = (fen: number): number => fen / 1_000_000;
/** 分 as a 元 number. */
export const yuan = (fen: number): number => fen / 100;
/** A workbook's .xlsx bytes. */
export const buf = async (wb: ExcelJS.Workbook): Promise<Uint8Array> => new Uint8Array(await wb.xlsx.writeBuffer());
/** The sum of one amount (分) over rows. */
export const sumOf = (xs: ReadonlyArray<Row>, k: 'total' | 'approved' | 'disbursed'): number => xs.reduce((s, x) => s + x[k], 0);
/** The plain ledger header the later corpora start from, in 万元. */
export const LEDGER = ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）'];
/** A row under LEDGER. */
export const ledgerRow = (x: Row): unknown[] => [x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)];

/** 配置 of a fund: its name, agency, year, unit 万元 and the budget. */
export function config(wb: ExcelJS.Workbook, fund: string, agency: string, year: number, budgetFen: number, more: ReadonlyArray<readonly [string, unknown]> = []): void {
  const cfg = wb.addWorksheet('配置');
  for (const r of [['参数', '值'], ['项目名称', fund], ['预算单位', agency], ['实施单位', agency], ['评价年度', year], ['金额单位', '万元'], ['年初预算数', wan(budgetFen)], ['全年预算数', wan(budgetFen)], ...more]) cfg.addRow([...r]);
}
const serial1900 = (d: Row['date']): number => (Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(1899, 11, 30)) / 86400000;

// ─── the files ───────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * 科技: one sheet, a merged title and a 填报单位/单位：元 line, a frozen header, a hidden column (内部审核意见), 合计 right
 * under the header, amounts as text "1,234,567.50", 立项时间 as text "2019.3.5", notes and the signatures under it.
 */
async function keji(withIndicators = false): Promise<CorpusFile> {
  const rs = rows('kj', 24, ['乌鲁木齐市', '昌吉回族自治州', '克拉玛依市', '哈密市'], [2019, 2018, 2017], 35_001, true);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('重点研发项目');
  const header = ['序号', '项目编号', '项目名称', '承担单位', '所属地区', '立项时间', '项目总投资', '补助金额', '本年拨付', '内部审核意见', '备注'];
  ws.addRow(['2019年度自治区重点研发计划专项资金项目台账']);
  ws.mergeCells(1, 1, 1, header.length);
  ws.addRow(['填报单位：自治区科学技术厅（盖章）', null, null, null, null, null, null, null, '单位：元']);
  ws.addRow(header);
  const sum = (k: 'total' | 'approved' | 'disbursed'): string => yuanText(rs.reduce((s, x) => s + x[k], 0));
  ws.addRow(['合计', null, null, null, null, null, sum('total'), sum('approved'), sum('disbursed')]);
  rs.forEach((x, i) =>
    ws.addRow([i + 1, x.id, x.name, x.unit, x.region, `${x.date.y}.${x.date.m}.${x.date.d}`, yuanText(x.total), yuanText(x.approved), yuanText(x.disbursed), '同意', null]),
  );
  ws.addRow([]);
  ws.addRow(['注：1.本表金额单位为元；2.补助金额为合同约定的财政补助总额；3.本年拨付指2019年1月1日至12月31日实际拨付数。']);
  ws.addRow(['填表人：王芳', null, null, '审核人：李明', null, null, '联系电话：0991-2345678']);
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: 3 }];
  ws.getColumn(10).hidden = true;
  if (withIndicators) {
    // the table of targets beside the ledger, and no 配置: the fund is named by the ledger's title alone
    const ind = wb.addWorksheet('绩效指标');
    for (const r of [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      ['产出指标', '数量指标', '支持重点研发项目', '≥20个', '24个', 50],
      ['效益指标', '社会效益指标', '新增发明专利申请', '≥10件', '12件', 30],
      ['满意度指标', '满意度指标', '项目承担单位满意度', '≥90%', '95%', 10],
    ]) ind.addRow(r);
    return { name: '科技-台账与指标（无配置）.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()), shape: '科技 ledger as above with a 绩效指标 sheet and no 配置', truth: truthOf(rs) };
  }
  return { name: '科技-重点研发台账.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()), shape: '科技: 补助金额/所属地区/立项时间 "2019.3.5", 元 as text "1,234.50", 合计 under the header, notes under, frozen, hidden column', truth: truthOf(rs) };
}

/** 农业: a sheet per county of 昌吉州, no region column; 资金额度（万元）, 下达日期 as date cells, 小计 per sheet, one 合计 sheet-end. */
async function nongye(): Promise<CorpusFile> {
  const counties = ['昌吉市', '阜康市', '呼图壁县', '玛纳斯县'];
  const rs = rows('ny', 28, counties, [2019, 2018], 35_002);
  const wb = new ExcelJS.Workbook();
  for (const c of counties) {
    const mine = rs.filter((x) => x.region === c);
    const ws = wb.addWorksheet(c);
    ws.addRow([`${c}2019年农业发展专项资金项目明细表`]);
    ws.mergeCells(1, 1, 1, 7);
    ws.addRow(['单位：万元']);
    ws.addRow(['项目编号', '项目名称', '实施单位', '资金额度', '本年下达资金', '下达日期', '总投资']);
    for (const x of mine) ws.addRow([x.id, x.name, x.unit, wan(x.approved), wan(x.disbursed), new Date(Date.UTC(x.date.y, x.date.m - 1, x.date.d)), wan(x.total)]);
    ws.addRow(['小计', null, null, wan(mine.reduce((s, x) => s + x.approved, 0)), wan(mine.reduce((s, x) => s + x.disbursed, 0)), null, wan(mine.reduce((s, x) => s + x.total, 0))]);
    ws.getColumn(6).numFmt = 'yyyy"年"m"月"d"日"';
  }
  return { name: '农业-昌吉州分县.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()), shape: '农业: a sheet per county (no region column), 资金额度/本年下达资金/下达日期 as date cells, 小计 per sheet', truth: truthOf(rs) };
}

/** The fields of a text table: 商务 in GBK (the Windows default), 立项时间 as "2019年3月". */
function shangwuRows(): { rs: Row[]; lines: string[][] } {
  const rs = rows('sw', 18, ['喀什地区', '和田地区', '阿克苏地区', '伊犁哈萨克自治州', '哈密市', '塔城地区'], [2019, 2018], 35_003);
  const lines = [
    ['2019年度自治区外经贸发展专项资金项目台账'],
    ['项目编号', '项目名称', '项目单位', '县市区', '立项时间', '项目总投资（万元）', '下达资金（万元）', '本年拨付（万元）'],
    ...rs.map((x) => [x.id, x.name, x.unit, x.region, `${x.date.y}年${x.date.m}月`, String(wan(x.total)), String(wan(x.approved)), String(wan(x.disbursed))]),
    ['合计', '', '', '', '', String(wan(rs.reduce((s, x) => s + x.total, 0))), String(wan(rs.reduce((s, x) => s + x.approved, 0))), String(wan(rs.reduce((s, x) => s + x.disbursed, 0)))],
  ];
  return { rs, lines };
}

const csv = (lines: ReadonlyArray<ReadonlyArray<string>>, sep = ','): string =>
  lines.map((l) => l.map((f) => (/[",\r\n]/.test(f) && sep === ',' ? `"${f.replace(/"/g, '""')}"` : f)).join(sep)).join('\r\n') + '\r\n';

function shangwuGbk(): CorpusFile {
  const { rs, lines } = shangwuRows();
  return { name: '商务-外经贸台账.csv', bytes: encodeGbk(csv(lines)), shape: '商务: CSV in GBK, 项目单位/县市区/下达资金, 立项时间 "2019年3月", a title line, 合计 last', truth: truthOf(rs) };
}

/** 文旅 in UTF-8 with a BOM: amounts in 元 with separators (quoted), 立项年度 as text years, a 小计 in the middle. */
function wenlvBom(): CorpusFile {
  const rs = rows('wl', 16, ['吐鲁番市', '阿勒泰地区', '巴音郭楞蒙古自治州', '哈密市'], [2019, 2018, 2016], 35_004, true);
  const half = rs.length / 2;
  const sub = (xs: ReadonlyArray<Row>, k: 'approved' | 'disbursed' | 'total'): string => yuanText(xs.reduce((s, x) => s + x[k], 0));
  const body = (xs: ReadonlyArray<Row>): string[][] => xs.map((x) => [x.id, x.name, x.unit, x.region, `${x.date.y}年`, yuanText(x.total), yuanText(x.approved), yuanText(x.disbursed)]);
  const lines = [
    ['项目编号', '项目名称', '承担单位', '所属地区', '立项年度', '总投资（元）', '补助资金（元）', '本年拨付（元）'],
    ...body(rs.slice(0, half)),
    ['小计', '', '', '', '', sub(rs.slice(0, half), 'total'), sub(rs.slice(0, half), 'approved'), sub(rs.slice(0, half), 'disbursed')],
    ...body(rs.slice(half)),
    ['小计', '', '', '', '', sub(rs.slice(half), 'total'), sub(rs.slice(half), 'approved'), sub(rs.slice(half), 'disbursed')],
    ['合计', '', '', '', '', sub(rs, 'total'), sub(rs, 'approved'), sub(rs, 'disbursed')],
  ];
  const bytes = new TextEncoder().encode('\ufeff' + csv(lines));
  return { name: '文旅-项目台账.csv', bytes, shape: '文旅: CSV UTF-8 with BOM, 元 with separators, 小计 in the middle and at the end, 合计', truth: truthOf(rs) };
}

/** 就业 as Excel's "Unicode 文本": UTF-16LE with a BOM, tab-separated; dates as Excel serials written out as numbers. */
function jiuyeUtf16(): CorpusFile {
  const rs = rows('jy', 20, ['乌鲁木齐市', '克拉玛依市', '巴音郭楞蒙古自治州', '伊犁哈萨克自治州', '阿勒泰地区', '博尔塔拉蒙古自治州'], [2019], 35_005);
  const lines = [
    ['编号', '项目名称', '申报单位', '地区', '立项日期', '总投资', '资金额度', '本年拨付资金'],
    ...rs.map((x) => [x.id, x.name, x.unit, x.region, String(serial1900(x.date)), String(wan(x.total)), String(wan(x.approved)), String(wan(x.disbursed))]),
  ];
  const text = '\ufeff' + csv(lines, '\t');
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[2 * i] = c & 0xff;
    bytes[2 * i + 1] = c >> 8;
  }
  return { name: '就业-补助资金.txt', bytes, shape: '就业: UTF-16LE tab text (Excel Unicode 文本), 资金额度, 立项日期 as bare Excel serials', truth: truthOf(rs) };
}

/** 农业 saved by WPS as .xls (BIFF8): the 1904 date system, 下达日期 as date cells, 万元. */
function xls1904(): CorpusFile {
  const rs = rows('ny', 15, ['阿克苏地区', '喀什地区', '和田地区'], [2019, 2018], 35_006);
  const aoa: unknown[][] = [
    ['南疆林果业提质增效专项资金项目表'],
    ['单位：万元'],
    ['项目编号', '项目名称', '承担单位', '所属地区', '下达日期', '项目总投资', '补助金额', '本年拨付'],
    ...rs.map((x) => [x.id, x.name, x.unit, x.region, new Date(Date.UTC(x.date.y, x.date.m - 1, x.date.d)), wan(x.total), wan(x.approved), wan(x.disbursed)]),
  ];
  const ws = X.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: 'yyyy-mm-dd' });
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 7 } }];
  const wb = X.utils.book_new();
  X.utils.book_append_sheet(wb, ws, 'Sheet1');
  wb.Workbook = { WBProps: { date1904: true } };
  const bytes = new Uint8Array(X.write(wb, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
  return { name: '农业-林果业.xls', bytes, shape: '农业 .xls (BIFF8) in the 1904 date system, 下达日期 date cells, title merged, 单位：万元', truth: truthOf(rs) };
}

/** An xlsx in the 1904 date system (a Mac-made file), ExcelJS; 立项时间 as date cells. */
async function xlsx1904(): Promise<CorpusFile> {
  const rs = rows('kj', 12, ['石河子市', '乌鲁木齐市', '昌吉回族自治州'], [2019, 2018], 35_007);
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['项目编号', '项目名称', '承担单位', '所属地区', '立项时间', '项目总投资（万元）', '财政资金（万元）', '本年拨付（万元）']);
  for (const x of rs) ws.addRow([x.id, x.name, x.unit, x.region, new Date(Date.UTC(x.date.y, x.date.m - 1, x.date.d)), wan(x.total), wan(x.approved), wan(x.disbursed)]);
  ws.getColumn(5).numFmt = 'yyyy-mm-dd';
  return { name: '科技-1904日期.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()), shape: '科技 xlsx in the 1904 date system, 立项时间 date cells, a 兵团 city (石河子市)', truth: truthOf(rs) };
}

/**
 * An xlsx as WPS 表格 saves one (.et content saved as xlsx): written by SheetJS, then its app.xml says WPS, cells of
 * text are inline strings, and WPS's own parts (cellimages.xml, its customXml) are there. 商务, 元 as numbers.
 */
async function wpsXlsx(): Promise<CorpusFile> {
  const rs = rows('sw', 14, ['乌鲁木齐市', '喀什地区', '伊犁哈萨克自治州'], [2019, 2017], 35_008, true);
  const aoa: unknown[][] = [
    ['2019年商务发展专项资金分配使用情况表'],
    ['项目编号', '项目名称', '实施单位', '所属地区', '立项年度', '项目总投资(元)', '补助金额(元)', '本年拨付(元)'],
    ...rs.map((x) => [x.id, x.name, x.unit, x.region, x.date.y, yuan(x.total), yuan(x.approved), yuan(x.disbursed)]),
  ];
  const ws = X.utils.aoa_to_sheet(aoa);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 7 } }];
  const wb = X.utils.book_new();
  X.utils.book_append_sheet(wb, ws, '商务');
  const raw = X.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  const zip = await JSZip.loadAsync(raw);
  zip.file('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>WPS 表格</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>商务</vt:lpstr></vt:vector></TitlesOfParts></Properties>');
  zip.file('xl/cellimages.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<etc:cellImages xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"/>');
  zip.file('customXml/item1.xml', '<s:customData xmlns="http://www.wps.cn/officeDocument/2013/wpsCustomData" xmlns:s="http://www.wps.cn/officeDocument/2013/wpsCustomData"><customData name="KSOProductBuildVer" value="2052-11.1.0.12598"/></s:customData>');
  const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return { name: '商务-WPS保存.xlsx', bytes, shape: '商务 xlsx saved by WPS (app.xml WPS 表格, cellimages.xml, KSO customXml), 元 numbers, 实施单位', truth: truthOf(rs) };
}

/**
 * A whole workbook for the 自评表 in another province's layout: 配置, the 就业 ledger, and 绩效指标 headed
 * 一级指标 | 二级指标 | 指标名称 | 年度指标值 | 实际完成值 | 分值 | 得分 | 未完成原因, targets in free Chinese.
 */
async function indicatorsOtherProvince(): Promise<CorpusFile> {
  const rs = rows('jy', 10, ['乌鲁木齐市', '喀什地区'], [2019], 35_009);
  const wb = new ExcelJS.Workbook();
  const cfg = wb.addWorksheet('配置');
  const budget = wan(rs.reduce((s, x) => s + x.disbursed, 0));
  for (const r of [['参数', '值'], ['项目名称', '就业补助资金'], ['预算单位', '自治区人力资源和社会保障厅'], ['评价年度', 2019], ['金额单位', '万元'], ['年初预算数', budget], ['全年预算数', budget], ['年度总体目标', '落实就业优先政策，全年城镇新增就业不少于4.5万人，城镇登记失业率控制在4%以内。'], ['实际完成情况', '全年城镇新增就业4.8万人，城镇登记失业率3.2%。']]) cfg.addRow(r);
  const led = wb.addWorksheet('项目台账');
  led.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '资金额度', '本年拨付']);
  for (const x of rs) led.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '指标名称', '年度指标值', '实际完成值', '分值', '得分', '未完成原因']);
  for (const r of [
    ['产出指标', '数量指标', '城镇新增就业人数', '不少于4.5万人', '4.8万人', 20, 20, null],
    ['产出指标', '数量指标', '开展职业技能培训', '全年完成培训2000人次以上', '2350人次', 15, 15, null],
    ['产出指标', '质量指标', '城镇登记失业率', '控制在4%以内', '3.2%', 10, 10, null],
    ['产出指标', '时效指标', '补贴资金发放及时率', '100%', '96%', 5, 4, '个别县市审核流程较长，12月份资金未能按时拨付'],
    ['效益指标', '社会效益指标', '重点群体就业帮扶', '有效提升', '明显提升', 20, 20, null],
    ['效益指标', '可持续影响指标', '就业服务体系长效机制', '逐步健全', '基本建立', 10, 8, '信息系统尚未全区联网'],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '93.5%', 20, 20, null],
  ]) ind.addRow(r);
  return { name: '就业-自评（外省指标表）.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()), shape: '就业 whole workbook: 配置 2019, indicators 指标名称|年度指标值|实际完成值|分值|得分|未完成原因, targets in free Chinese', truth: truthOf(rs) };
}

export async function unseenCorpus(): Promise<CorpusFile[]> {
  return [await keji(), await keji(true), await nongye(), shangwuGbk(), wenlvBom(), jiuyeUtf16(), xls1904(), await xlsx1904(), await wpsXlsx(), await indicatorsOtherProvince()];
}

/**
 * A round run as a script (`node -r tsx/cjs test/corpus/unseenN.ts [DIR]`): writes its files to DIR (default `dir`) and
 * lists each with its truth, for a look at them in Excel, WPS or LibreOffice.
 */
export function writeWhenRun(mod: NodeModule, dir: string, make: () => Promise<CorpusFile[]>): void {
  if (require.main !== mod) return;
  const out = process.argv[2] ?? dir;
  void (async () => {
    await fs.mkdir(out, { recursive: true });
    for (const f of await make()) {
      await fs.writeFile(path.join(out, f.name), f.bytes);
      const t = f.truth;
      process.stdout.write(`${f.name}\t${t.projects} 项\t财政 ${t.approved / 100} 元\t拨付 ${t.disbursed / 100} 元\t${f.shape}\n`);
    }
  })();
}

writeWhenRun(module, 'unseen-corpus', unseenCorpus);
