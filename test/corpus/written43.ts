/**
 * Values and columns people write that the readers did not read (read43): amounts with words around them (人民币1,234.50元,
 * 12.5万元整, （万元）12.5, 人民币1,234元整); 立项日期 in Chinese numerals (二〇二〇年三月五日, 二零二零年3月,
 * 2020年三月); an indicator's number and its unit on two lines of a cell (52⏎个, 48000⏎元); and a ledger alone whose paid column is
 * 1-6月执行数 (the mid-year ledger, no 配置, no indicators).
 *
 * Each file comes with what a finance officer reads in it (its truth), computed from the rows written, never typed
 * in. `node -r tsx/cjs test/corpus/written43.ts DIR` writes the files to look at.
 */
import ExcelJS from 'exceljs';
import { rows, truthOf, wan, yuanText, buf, sumOf, LEDGER, ledgerRow, config, type Row, type CorpusFile, writeWhenRun } from './unseen';



/** How the 商务 office writes each amount with words around it, by row; whatever the heading says, the cell's unit is read. */
export function wordedMoney(fen: number, i: number): string {
  switch (i % 4) {
    case 0: return `人民币${yuanText(fen)}元`; // 人民币1,234,567.50元
    case 1: return `${wan(fen)}万元整`; // 123.45675万元整
    case 2: return `（万元）${wan(fen)}`;
    default: return `人民币${yuanText(fen).replace(/\.00$/, '')}元整`;
  }
}

/** 商务: 财政支持资金（万元）, 本年拨付（元） and a bare 项目总投资, each cell worded (wordedMoney), 元 with 分. */
async function wordedAmounts(): Promise<CorpusFile> {
  const rs = rows('sw', 15, ['喀什地区', '伊犁哈萨克自治州'], [2020, 2019], 43_001, true);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度商务发展专项资金项目台账']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金（万元）', '本年拨付（元）']);
  rs.forEach((x, i) => ws.addRow([x.id, x.name, x.unit, x.region, `${x.date.y}年`, wordedMoney(x.total, i + 1), wordedMoney(x.approved, i), wordedMoney(x.disbursed, i + 2)]));
  return { name: '商务-金额带文字.xlsx', bytes: await buf(wb), shape: 'money with words: 人民币1,234.50元, 12.5万元整, （万元）12.5, 人民币1,234元整 under 万元 / 元 / bare headings', truth: truthOf(rs) };
}

const CN_DIGITS = '〇一二三四五六七八九';
/** 1–31 in Chinese numerals: 五, 十, 十二, 二十, 三十一. */
const cnSmall = (n: number): string => (n < 10 ? CN_DIGITS[n] : `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`);
/** A year in Chinese digits, 〇 or 零 for the zero. */
const cnYear = (y: number, zero = '〇'): string => [...String(y)].map((c) => (c === '0' ? zero : CN_DIGITS[Number(c)])).join('');

/** 立项日期 in Chinese numerals, four ways by row. */
export function chineseDate(d: Row['date'], i: number): string {
  switch (i % 4) {
    case 0: return `${cnYear(d.y)}年${cnSmall(d.m)}月${cnSmall(d.d)}日`; // 二〇二〇年三月五日
    case 1: return `${cnYear(d.y, '零')}年${d.m}月`; // 二零二零年3月
    case 2: return `${d.y}年${cnSmall(d.m)}月`; // 2020年三月
    default: return `${cnYear(d.y, '○')}年${cnSmall(d.m)}月${cnSmall(d.d)}号`; // 二○二○年十二月三十一号
  }
}

/** 科技: no 立项年度 column; 立项日期 in Chinese numerals (chineseDate), across 2019 and 2020. */
async function chineseDates(): Promise<CorpusFile> {
  const rs = rows('kj', 16, ['乌鲁木齐市', '哈密市'], [2020, 2019], 43_002);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度自治区重点研发专项资金项目台账']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项日期', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
  rs.forEach((x, i) => ws.addRow([x.id, x.name, x.unit, x.region, chineseDate(x.date, i), wan(x.total), wan(x.approved), wan(x.disbursed)]));
  return { name: '科技-立项日期中文数字.xlsx', bytes: await buf(wb), shape: '立项日期 in Chinese numerals: 二〇二〇年三月五日, 二零二零年3月, 2020年三月, 二○二○年十二月三十一号', truth: truthOf(rs) };
}

/**
 * The 文旅 indicators whose target and result put the unit on a line of its own (a narrow column, Alt+Enter): level 1,
 * level 2, level 3, 年度指标值, 实际完成值, 分值.
 */
export const WRAPPED: ReadonlyArray<readonly [string, string, string, string, string, number]> = [
  ['产出指标', '数量指标', '新建非遗工坊', '≥52\n个', '48\n个', 20],
  ['产出指标', '数量指标', '举办培训', '30\n场', '30\n场', 15],
  ['产出指标', '成本指标', '单个工坊建设成本', '≤5\n万元', '48000\n元', 15],
  ['效益指标', '社会效益指标', '带动就业', '≥1200\n人', '1260\n人', 30],
  ['满意度指标', '服务对象满意度指标', '游客满意度', '≥90\n%', '93\n%', 10],
];

/** 文旅: 配置, a ledger, and 绩效指标 whose values wrap their unit onto a second line (WRAPPED). */
async function wrappedUnits(): Promise<CorpusFile> {
  const rs = rows('wl', 8, ['吐鲁番市', '哈密市'], [2020], 43_003);
  const wb = new ExcelJS.Workbook();
  config(wb, '文化和旅游发展专项资金', '自治区文化和旅游厅', 2020, sumOf(rs, 'disbursed'));
  const led = wb.addWorksheet('项目台账');
  led.addRow(LEDGER);
  for (const x of rs) led.addRow(ledgerRow(x));
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值']);
  for (const r of WRAPPED) ind.addRow([...r]);
  for (let c = 4; c <= 5; c++) ind.getColumn(c).alignment = { wrapText: true };
  return { name: '文旅-指标值单位换行.xlsx', bytes: await buf(wb), shape: '绩效指标 values with the unit on a second line of the cell (52⏎个, ≤5⏎万元 against 48000⏎元)', truth: truthOf(rs) };
}

/** 商务 at mid-year, a ledger alone (no 配置, no 绩效指标): 1-6月执行数（万元）. */
async function midYearLedgerAlone(): Promise<CorpusFile> {
  const rs = rows('sw', 9, ['喀什地区', '和田地区'], [2020, 2019], 43_006);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年外经贸发展专项资金项目执行情况表']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '1-6月执行数（万元）']);
  for (const x of rs) ws.addRow(ledgerRow(x));
  return { name: '商务-台账1-6月执行数.xlsx', bytes: await buf(wb), shape: 'a ledger alone at mid-year: 1-6月执行数（万元）, no 配置, no indicators', truth: truthOf(rs) };
}

export async function writtenCorpus43(): Promise<CorpusFile[]> {
  return [await wordedAmounts(), await chineseDates(), await wrappedUnits(), await midYearLedgerAlone()];
}

writeWhenRun(module, 'written-corpus43', writtenCorpus43);
