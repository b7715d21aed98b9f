/**
 * A fourth corpus of files nobody on the team has seen (unseen.ts, unseen2.ts and unseen3.ts are the first three), in
 * shapes none of them holds: a budget-system export (单位：元 above a header over two rows whose top merges 下达资金 over
 * 合计 | 中央 | 自治区 | 地州市, 行政区划代码 such as 652900 instead of a prefecture's name); a sheet per prefecture each
 * with its own column order and a column of its own; an xlsx as WPS saves it with rich-text runs and phonetic <rPh> in
 * its shared strings and the 1904 date system; a county's indicator table with the target over two columns (指标值 +
 * 计量单位) in free Chinese, 一级/二级 merged down and a 备注 that explains the misses; Excel's "Unicode 文本" saved as
 * .csv (UTF-16LE with a BOM, tabs, a title line, quoted fields with line breaks, 元 with thousands separators); a
 * frozen two-row header with an autofilter and 项目名称 cells ending in full-width spaces and line breaks; and the
 * 绩效监控表 (spec/monitor.md) as a county fills it in by hand.
 *
 * Each file comes with what a finance officer reads in it (its truth), computed from the rows written, never typed
 * in. `node -r tsx/cjs test/corpus/unseen4.ts DIR` writes the files to look at.
 */
import ExcelJS from 'exceljs';
import * as X from '@e965/xlsx';
import JSZip from 'jszip';
import { rows, truthOf, wan, yuanText, buf, yuan, type Row, type CorpusFile, writeWhenRun } from './unseen';


/** The prefectures' 行政区划代码 (GB/T 2260) as a budget system writes them. */
export const DIVISION: Readonly<Record<string, string>> = {
  乌鲁木齐市: '650100',
  克拉玛依市: '650200',
  吐鲁番市: '650400',
  哈密市: '650500',
  昌吉回族自治州: '652300',
  博尔塔拉蒙古自治州: '652700',
  巴音郭楞蒙古自治州: '652800',
  阿克苏地区: '652900',
  喀什地区: '653100',
  和田地区: '653200',
  伊犁哈萨克自治州: '654000',
};

/**
 * 农业 from the 预算管理一体化 system: a title, 单位：元 on a line of its own, the header over two rows whose top row
 * merges 下达资金 over 合计 | 中央 | 自治区 | 地州市 (the other headers merged down), the prefecture as 行政区划代码
 * (650100, or a county's 652901; text or a number) with no name, amounts in 元 with 分. The fund's money is 合计 (what the sources add up to).
 */
async function budgetSystem(): Promise<CorpusFile> {
  const prefectures = ['乌鲁木齐市', '昌吉回族自治州', '阿克苏地区', '喀什地区'];
  const rs = rows('ny', 16, prefectures, [2020, 2019], 38_001, true);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('sheet1');
  ws.addRow(['2020年度自治区农业发展专项资金分配明细表']);
  ws.mergeCells(1, 1, 1, 12);
  ws.addRow(['单位：元']);
  ws.addRow(['序号', '行政区划代码', '项目编号', '项目名称', '项目单位', '立项年度', '项目总投资', '下达资金', null, null, null, '本年拨付']);
  ws.addRow([null, null, null, null, null, null, null, '合计', '中央', '自治区', '地州市', null]);
  for (const c of [1, 2, 3, 4, 5, 6, 7, 12]) ws.mergeCells(3, c, 4, c);
  ws.mergeCells(3, 8, 3, 11);
  rs.forEach((x, i) => {
    // the sources add up to the whole: 中央 30 %, 地州市 10 % (whole 元), 自治区 the rest
    const central = Math.floor((x.approved * 3) / 10 / 100) * 100;
    const local = Math.floor(x.approved / 10 / 100) * 100;
    // the prefecture's code, or a county's (652901), as text or as a number as the system typed it
    const code = i % 3 === 0 ? `${DIVISION[x.region].slice(0, 4)}0${1 + (i % 4)}` : DIVISION[x.region];
    ws.addRow([i + 1, i % 2 === 0 ? Number(code) : code, x.id, x.name, x.unit, x.date.y, yuan(x.total), yuan(x.approved), yuan(central), yuan(x.approved - central - local), yuan(local), yuan(x.disbursed)]);
  });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  return { name: '农业-一体化系统导出.xlsx', bytes: await buf(wb), shape: '预算一体化 export: 单位：元 line, header over two rows (下达资金 merged over 合计/中央/自治区/地州市), 行政区划代码 650100 instead of names', truth: truthOf(rs) };
}

/**
 * 商务: a sheet per prefecture as each bureau sent it back, each in its own column order and with one column of its
 * own (联系电话, 建设地点, 项目负责人, 开工时间); 所属地区 only on some.
 */
async function sheetsOwnOrder(): Promise<CorpusFile> {
  const prefectures = ['喀什地区', '和田地区', '伊犁哈萨克自治州', '哈密市'];
  const rs = rows('sw', 20, prefectures, [2020, 2019, 2018], 38_002);
  type Col = [string, (x: Row) => unknown];
  const base: Record<string, Col> = {
    id: ['项目编号', (x) => x.id],
    name: ['项目名称', (x) => x.name],
    unit: ['承担单位', (x) => x.unit],
    year: ['立项年度', (x) => x.date.y],
    total: ['项目总投资（万元）', (x) => wan(x.total)],
    approved: ['财政支持资金（万元）', (x) => wan(x.approved)],
    paid: ['本年拨付（万元）', (x) => wan(x.disbursed)],
    region: ['所属地区', (x) => x.region],
  };
  const layouts: Array<{ order: string[]; extra: Col; at: number }> = [
    { order: ['id', 'name', 'unit', 'year', 'total', 'approved', 'paid'], extra: ['联系电话', () => '0998-2823456'], at: 7 },
    { order: ['name', 'id', 'unit', 'region', 'approved', 'paid', 'total', 'year'], extra: ['建设地点', (x) => `${x.region}${x.unit.slice(0, 2)}`], at: 3 },
    { order: ['id', 'year', 'name', 'unit', 'approved', 'total', 'paid'], extra: ['项目负责人', () => '阿依古丽'], at: 4 },
    { order: ['unit', 'name', 'id', 'total', 'approved', 'paid', 'year', 'region'], extra: ['开工时间', (x) => `${x.date.y}年${x.date.m}月`], at: 6 },
  ];
  const wb = new ExcelJS.Workbook();
  prefectures.forEach((p, k) => {
    const { order, extra, at } = layouts[k];
    const cols: Col[] = order.map((o) => base[o]);
    cols.splice(at, 0, extra);
    const ws = wb.addWorksheet(p);
    ws.addRow([`${p}2020年度商务发展专项资金项目台账`]);
    ws.mergeCells(1, 1, 1, cols.length);
    ws.addRow(cols.map((c) => c[0]));
    for (const x of rs.filter((y) => y.region === p)) ws.addRow(cols.map((c) => c[1](x)));
  });
  return { name: '商务-各地州列序不同.xlsx', bytes: await buf(wb), shape: 'a sheet per prefecture, each in its own column order with one column of its own (联系电话/建设地点/项目负责人/开工时间), 所属地区 on two of four', truth: truthOf(rs) };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Pinyin-ish phonetic text WPS (and Excel with an East Asian IME) keeps beside a string typed through the IME. */
const PHONETIC: Record<string, string> = { 项目名称: 'xiangmumingcheng', 承担单位: 'chengdandanwei', 本年拨付: 'benniandofu' };

/**
 * 文旅 saved by WPS 表格 as xlsx: shared strings with rich-text runs (a header and some names in two runs of
 * different fonts), phonetic runs <rPh> with <phoneticPr>, the 1904 date system (workbookPr date1904="1") with
 * 立项日期 as date cells, and WPS's app.xml.
 */
async function wpsRichText(): Promise<CorpusFile> {
  const rs = rows('wl', 14, ['吐鲁番市', '阿勒泰地区', '巴音郭楞蒙古自治州'], [2019, 2018], 38_003);
  const aoa: unknown[][] = [
    ['2019年度文化和旅游发展专项资金项目台账'],
    ['项目编号', '项目名称', '承担单位', '所属地区', '立项日期', '项目总投资（万元）', '补助资金（万元）', '本年拨付（万元）'],
    ...rs.map((x) => [x.id, x.name, x.unit, x.region, new Date(Date.UTC(x.date.y, x.date.m - 1, x.date.d)), wan(x.total), wan(x.approved), wan(x.disbursed)]),
  ];
  const ws = X.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: 'yyyy"年"m"月"d"日"' });
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 7 } }];
  const wb = X.utils.book_new();
  X.utils.book_append_sheet(wb, ws, '文旅项目');
  wb.Workbook = { WBProps: { date1904: true } };
  const zip = await JSZip.loadAsync(X.write(wb, { type: 'array', bookType: 'xlsx', bookSST: true }) as ArrayBuffer);
  const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
  // each <si><t>…</t></si> as WPS writes it: runs for headers and every third name, phonetics after them
  let k = 0;
  const rich = sst.replace(/<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/g, (_m, text: string) => {
    const t = text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    const runs = t.length >= 4 && (t in PHONETIC || (k++ % 3 === 0 && /（\d+）$/.test(t)));
    const cut = Math.ceil(t.length / 2);
    const body = runs
      ? `<r><rPr><b/><sz val="11"/><rFont val="宋体"/><charset val="134"/></rPr><t>${esc(t.slice(0, cut))}</t></r><r><rPr><sz val="11"/><color rgb="FFFF0000"/><rFont val="等线"/><charset val="134"/></rPr><t xml:space="preserve">${esc(t.slice(cut))}</t></r>`
      : `<t>${esc(t)}</t>`;
    const ph = PHONETIC[t] ? `<rPh sb="0" eb="${t.length}"><t>${PHONETIC[t]}</t></rPh>` : '';
    return `<si>${body}${ph}<phoneticPr fontId="1" type="noConversion"/></si>`;
  });
  zip.file('xl/sharedStrings.xml', rich);
  const book = await zip.file('xl/workbook.xml')!.async('string');
  if (!/date1904="(1|true)"/.test(book)) throw new Error('SheetJS wrote no date1904');
  zip.file('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>WPS 表格</Application></Properties>');
  const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return { name: '文旅-WPS富文本1904.xlsx', bytes, shape: 'xlsx saved by WPS: shared strings with rich-text runs (header and names), <rPh> phonetics and <phoneticPr>, the 1904 date system with 立项日期 date cells', truth: truthOf(rs) };
}

/** One indicator of the county's table: target over two columns, actual, weight and the score the county gave. */
export interface CountyIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly unit: string;
  readonly actual: string;
  readonly weight: number;
  readonly score: number;
  readonly note: string | null;
  /** Met as an evaluator reads it. */
  readonly met: boolean;
}

export const COUNTY_INDICATORS: ReadonlyArray<CountyIndicator> = [
  { level1: '产出指标', level2: '数量指标', name: '新建高标准农田面积', target: '不少于2', unit: '万亩', actual: '2.3', weight: 20, score: 20, note: null, met: true },
  { level1: '产出指标', level2: '数量指标', name: '培训新型职业农民', target: '500以上', unit: '人次', actual: '420', weight: 10, score: 8.4, note: '受疫情影响，下半年两期培训未能举办', met: false },
  { level1: '产出指标', level2: '质量指标', name: '项目验收合格率', target: '≥95', unit: '%', actual: '100', weight: 5, score: 5, note: null, met: true },
  { level1: '产出指标', level2: '时效指标', name: '资金拨付及时率', target: '100', unit: '%', actual: '100', weight: 5, score: 5, note: null, met: true },
  { level1: '产出指标', level2: '成本指标', name: '亩均建设成本', target: '不高于1500', unit: '元/亩', actual: '1480', weight: 10, score: 10, note: null, met: true },
  { level1: '效益指标', level2: '经济效益指标', name: '项目区农民人均增收', target: '≥300', unit: '元', actual: '260', weight: 15, score: 13, note: '棉花价格下跌，增收低于预期', met: false },
  { level1: '效益指标', level2: '生态效益指标', name: '节水率', target: '15以上', unit: '%', actual: '16', weight: 15, score: 15, note: null, met: true },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '项目区农户满意度', target: '≥90', unit: '%', actual: '93', weight: 10, score: 10, note: null, met: true },
];

/**
 * 农业, a county's whole workbook: 配置, the ledger, and 绩效指标 as the county writes it — 一级指标 | 二级指标 |
 * 三级指标 | 指标值 | 计量单位 | 实际完成值 | 分值 | 得分 | 备注, the target's figure and comparison in free Chinese
 * (不少于2, 500以上, ≥95) in 指标值 and its unit (万亩, 人次, %) in 计量单位; 一级/二级 merged down; 备注 saying why
 * a target was missed.
 */
async function countyIndicators(): Promise<CorpusFile> {
  const rs = rows('ny', 8, ['昌吉回族自治州'], [2020], 38_004);
  const wb = new ExcelJS.Workbook();
  const cfg = wb.addWorksheet('配置');
  const budget = wan(rs.reduce((s, x) => s + x.approved, 0));
  for (const r of [['参数', '值'], ['项目名称', '高标准农田建设专项资金'], ['预算单位', '昌吉州农业农村局'], ['实施单位', '呼图壁县农业农村局'], ['评价年度', 2020], ['金额单位', '万元'], ['年初预算数', budget], ['全年预算数', budget], ['年度总体目标', '新建高标准农田2万亩，项目区农民人均增收300元以上。'], ['实际完成情况', '新建高标准农田2.3万亩，项目区农民人均增收260元。']]) cfg.addRow(r);
  const led = wb.addWorksheet('项目台账');
  led.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
  for (const x of rs) led.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.approved)]);
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '指标值', '计量单位', '实际完成值', '分值', '得分', '备注']);
  const L = COUNTY_INDICATORS;
  for (const i of L) ind.addRow([i.level1, i.level2, i.name, i.target, i.unit, i.actual, i.weight, i.score, i.note]);
  for (const col of [1, 2]) {
    let start = 0;
    for (let i = 1; i <= L.length; i++) {
      const key = (j: number): string => (col === 1 ? L[j].level1 : `${L[j].level1}/${L[j].level2}`);
      if (i < L.length && key(i) === key(start)) continue;
      if (i - 1 > start) ind.mergeCells(2 + start, col, 2 + i - 1, col);
      start = i;
    }
  }
  const truth = { ...truthOf(rs), disbursed: rs.reduce((s, x) => s + x.approved, 0) };
  return { name: '农业-县级指标值与单位分列.xlsx', bytes: await buf(wb), shape: 'a county’s workbook: 绩效指标 with 指标值 + 计量单位 in two columns (不少于2 | 万亩), 一级/二级 merged down, 备注 explaining misses', truth };
}

/** A CSV field quoted when it must be. */
const field = (f: string, sep: string): string => (f.includes(sep) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);

/**
 * 就业 saved by Excel as "Unicode 文本" and renamed .csv: UTF-16LE with a BOM, tabs between fields, CRLF; a title
 * line and a 单位：元 line before the header, 元 with thousands separators (quoted as Excel writes them), 项目名称
 * holding a line break (quoted), a 合计 line last.
 */
function utf16Csv(): CorpusFile {
  const rs = rows('jy', 12, ['乌鲁木齐市', '克拉玛依市', '阿克苏地区'], [2020, 2019], 38_005, true);
  const sum = (k: 'total' | 'approved' | 'disbursed'): number => rs.reduce((s, x) => s + x[k], 0);
  const lines: string[][] = [
    ['2020年就业补助资金项目明细表', '', '', '', '', '', '', ''],
    ['单位：元', '', '', '', '', '', '', ''],
    ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '补助资金', '本年拨付'],
    ...rs.map((x, i) => [x.id, i % 3 === 0 ? `${x.name}\n（延续项目）` : x.name, x.unit, x.region, `${x.date.y}`, yuanText(x.total), yuanText(x.approved), yuanText(x.disbursed)]),
    ['合计', '', '', '', '', yuanText(sum('total')), yuanText(sum('approved')), yuanText(sum('disbursed'))],
  ];
  const text = '\ufeff' + lines.map((l) => l.map((f) => field(f, '\t')).join('\t')).join('\r\n') + '\r\n';
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return { name: '就业-Unicode文本.csv', bytes, shape: 'Excel “Unicode 文本” renamed .csv: UTF-16LE BOM, tabs, CRLF, title and 单位：元 lines, quoted 元 with separators and names with line breaks, 合计 last', truth: truthOf(rs) };
}

/** The names as written in the ledger of trailing spaces: what each project's 项目名称 reads, trimmed. */
export const paddedName = (x: Row, i: number): string => [`${x.name}\u3000\u3000`, `${x.name}\n`, `${x.name} \u3000`, `${x.name}\r\n\u3000`, x.name][i % 5];

/**
 * 科技: a frozen two-row header (the title, then the header: ySplit 2), an autofilter on the header, 项目名称 cells
 * that end in full-width spaces (U+3000), a line break or both, as copied from a Word table; a sentence under the
 * table merged across it.
 */
async function paddedNames(): Promise<CorpusFile> {
  const rs = rows('kj', 15, ['乌鲁木齐市', '昌吉回族自治州', '哈密市'], [2020, 2019], 38_006);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度自治区重点研发专项资金项目台账']);
  ws.mergeCells(1, 1, 1, 8);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
  rs.forEach((x, i) => {
    const r = ws.addRow([x.id, paddedName(x, i), x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
    r.getCell(2).alignment = { wrapText: true };
  });
  // a sentence under the table merged across it, as the form's template has it
  const foot = ws.addRow(['本表数据截至2020年12月31日，项目名称以自治区科技厅立项批复文件为准，金额单位为万元。']);
  ws.mergeCells(foot.number, 1, foot.number, 8);
  ws.views = [{ state: 'frozen', ySplit: 2, xSplit: 2 }];
  ws.autoFilter = 'A2:H2';
  return { name: '科技-冻结两行筛选名称带空格.xlsx', bytes: await buf(wb), shape: 'frozen two-row header (title + header), autofilter, 项目名称 ending in full-width spaces and line breaks', truth: truthOf(rs) };
}

/** One line of the 绩效监控表 as the county fills it: target, 1—M月 done, whole-year forecast, why behind. */
export interface MonitorLine {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly done: string;
  readonly forecast: string;
  readonly cause: string | null;
  readonly likely: string;
  readonly note: string | null;
}

export const MONITOR_LINES: ReadonlyArray<MonitorLine> = [
  { level1: '产出指标', level2: '数量指标', name: '支持非遗工坊', target: '≥10个', done: '6个', forecast: '10个', cause: null, likely: '确定能', note: null },
  { level1: '产出指标', level2: '数量指标', name: '举办乡村旅游培训', target: '≥20期', done: '4期', forecast: '16期', cause: '经费保障', likely: '有可能', note: '培训经费6月才下达' },
  { level1: '产出指标', level2: '质量指标', name: '项目验收合格率', target: '≥95%', done: '100%', forecast: '100%', cause: null, likely: '确定能', note: null },
  { level1: '效益指标', level2: '社会效益指标', name: '带动就业人数', target: '≥500人', done: '180人', forecast: '450人', cause: '其他', likely: '有可能', note: '旅游旺季推迟' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '游客满意度', target: '≥90%', done: '—', forecast: '92%', cause: null, likely: '确定能', note: null },
];

/**
 * 文旅, the 绩效监控表 filled in by hand (spec/monitor.md's form, 财预〔2019〕136号 shape): no 配置 and no ledger;
 * a title, 项目名称 / 主管部门 / 实施单位 in label-value pairs, 项目资金（万元） with 年初预算数 and 1—6月执行数, then
 * the indicators under 一级 | 二级 | 三级指标 | 年度指标值 | 1—6月执行情况 | 全年预计完成情况 | 偏差原因分析 |
 * 完成目标可能性 | 备注, a sentence merged across under them, the signatures last.
 */
async function monitorByHand(): Promise<CorpusFile> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2020年度绩效监控表');
  ws.addRow(['2020年度项目支出绩效目标执行监控表']);
  ws.mergeCells(1, 1, 1, 9);
  ws.addRow(['项目名称', '乡村旅游发展专项资金', null, null, '主管部门', '自治区文化和旅游厅', null, '实施单位', '吐鲁番市文化体育广播电视和旅游局']);
  ws.addRow(['项目资金（万元）', '年初预算数', '1—6月执行数', '1—6月执行率', '全年预计执行数', '偏差原因分析', null, '完成目标可能性', '备注']);
  ws.addRow([null, 800, 260, 0.325, 780, '部分项目尚未开工', null, '有可能', null]);
  ws.getCell('D4').numFmt = '0.0%';
  ws.mergeCells(3, 1, 4, 1);
  ws.mergeCells(3, 6, 3, 7);
  ws.mergeCells(4, 6, 4, 7);
  ws.addRow(['年度总体目标', '支持非遗工坊10个、乡村旅游培训20期，带动就业500人以上。', null, null, '1—6月执行情况', '已支持非遗工坊6个、培训4期，带动就业180人。']);
  ws.mergeCells(5, 2, 5, 4);
  ws.mergeCells(5, 6, 5, 9);
  ws.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '1—6月执行情况', '全年预计完成情况', '偏差原因分析', '完成目标可能性', '备注']);
  for (const l of MONITOR_LINES) ws.addRow([l.level1, l.level2, l.name, l.target, l.done, l.forecast, l.cause, l.likely, l.note]);
  const rule = ws.addRow(['本表请于7月15日前报送自治区文化和旅游厅规划财务处，执行情况须与项目台账一致，偏差原因须写明具体原因。']);
  ws.mergeCells(rule.number, 1, rule.number, 9);
  ws.mergeCells(7, 1, 9, 1);
  ws.mergeCells(7, 2, 8, 2);
  ws.addRow(['填报人：李明', null, null, '联系电话：0995-8521234', null, null, '填报日期：2020年7月10日']);
  return { name: '文旅-绩效监控表手填.xlsx', bytes: await buf(wb), shape: 'the 绩效监控表 filled by hand: label-value header (项目名称/主管部门/实施单位), 项目资金 block, 年度总体目标, indicators with 1—6月执行情况/全年预计/偏差原因/可能性, a sentence merged across under them; no 配置, no ledger', truth: { projects: 0, approved: 0, disbursed: 0, years: {} } };
}

export async function unseenCorpus4(): Promise<CorpusFile[]> {
  return [await budgetSystem(), await sheetsOwnOrder(), await wpsRichText(), await countyIndicators(), utf16Csv(), await paddedNames(), await monitorByHand()];
}

writeWhenRun(module, 'unseen-corpus4', unseenCorpus4);
