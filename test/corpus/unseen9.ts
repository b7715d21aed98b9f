/**
 * A ninth corpus of files nobody on the team has seen (unseen.ts … unseen8.ts are the first eight): a 序号 column with
 * 1.1 / 1.2 sub-rows (a project's 子课题 under it, its amounts split); a sheet per prefecture where one says 单位：元 in
 * its corner and the other 单位：万元 over the same bare headings; 地州市 and 县（市、区） side by side; a sheet per cohort
 * year (2019年, 2020年) with no year column; 新上项目 and 结转项目 as two sheets; a scanned table turned to Excel with
 * full-width digits and spaces inside the numbers (１２ ３４５．６０); an .xls as WPS saves it with a header merged over
 * five rows; a CSV in GB18030 (a four-byte character in a unit's name) with a title line; a header whose second row holds
 * units only (万元 | 元 | 年, no brackets); 注：1. … and its further notes numbered 2. 3、（4） alone in 序号, and
 * 填表人 / 审核人 / 联系电话 under the table; an indicator table with no 三级指标 column; amounts kept in 元 and shown in
 * 万元 by a number format (0!.0000"万元"); headings spaced out (项 目 名 称, with ideographic spaces), 立项时间 typed 2020.3, 1.2亿元.
 *
 * Each file comes with what a finance officer reads in it (its truth), computed from the rows written, never typed
 * in. `node -r tsx/cjs test/corpus/unseen9.ts DIR` writes the files to look at.
 */
import ExcelJS from 'exceljs';
import * as X from '@e965/xlsx';
import { rows, truthOf, wan, yuanText, buf, yuan, LEDGER, ledgerRow, type CorpusFile, writeWhenRun } from './unseen';


/** A part of an amount in 分, to whole 元: the first share of a split in two. */
const half = (fen: number): number => Math.floor(fen / 200) * 100;

/**
 * 科技: 序号 1, 2, 3 … and, under every third project, its 子课题 numbered 1.1, 1.2 — no 项目编号 of their own, their
 * amounts the project's split in two. The project is one; its sub-rows are its breakdown, not projects.
 */
async function subRows(): Promise<CorpusFile> {
  const rs = rows('kj', 12, ['乌鲁木齐市', '昌吉回族自治州'], [2021, 2020], 43_001);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2021年度自治区重点研发专项资金项目台账']);
  ws.mergeCells(1, 1, 1, 9);
  ws.addRow(['序号', ...LEDGER]);
  rs.forEach((x, i) => {
    // 序号 as Excel keeps what is typed (1, 1.1: numbers), or as text in a cell formatted 文本 (every other project)
    const serial = (k?: number): number | string => (k === undefined ? (i % 2 ? String(i + 1) : i + 1) : i % 2 ? `${i + 1}.${k}` : Number(`${i + 1}.${k}`));
    ws.addRow([serial(), ...ledgerRow(x)]);
    if (i % 3 !== 0) return;
    const parts = [
      { total: half(x.total), approved: half(x.approved), disbursed: half(x.disbursed) },
      { total: x.total - half(x.total), approved: x.approved - half(x.approved), disbursed: x.disbursed - half(x.disbursed) },
    ];
    parts.forEach((p, k) => ws.addRow([serial(k + 1), null, `子课题${k + 1}：${x.name.replace(/（\d+）$/, '')}${k === 0 ? '关键技术' : '示范应用'}`, x.unit, x.region, x.date.y, wan(p.total), wan(p.approved), wan(p.disbursed)]));
  });
  return { name: '科技-序号带子项.xlsx', bytes: await buf(wb), shape: '序号 1, 2 … with 1.1 / 1.2 子课题 rows under every third project (no 项目编号, its amounts split in two), 序号 as numbers and as text', truth: truthOf(rs) };
}

/** The prefectures of the two-unit workbook: the first writes 元, the second 万元. */
export const UNIT_SHEETS = [
  { region: '阿克苏地区', unit: '元' },
  { region: '喀什地区', unit: '万元' },
] as const;

/**
 * 农业: a sheet per prefecture over the same bare headings (项目总投资 | 财政支持资金 | 本年拨付), the unit only in each
 * sheet's top-right corner — 单位：元 on 阿克苏地区 (amounts with 角分), 单位：万元 on 喀什地区.
 */
async function unitPerSheet(): Promise<CorpusFile> {
  const rs = rows('ny', 14, UNIT_SHEETS.map((s) => s.region), [2020, 2019], 43_002, true);
  const wb = new ExcelJS.Workbook();
  for (const s of UNIT_SHEETS) {
    const ws = wb.addWorksheet(s.region);
    ws.addRow([`${s.region}2020年农业发展专项资金项目台账`]);
    ws.mergeCells(1, 1, 1, 6);
    ws.addRow([null, null, null, null, null, `单位：${s.unit}`]);
    ws.addRow(['项目编号', '项目名称', '承担单位', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
    const money = s.unit === '元' ? yuan : wan;
    for (const x of rs.filter((r) => r.region === s.region)) ws.addRow([x.id, x.name, x.unit, x.date.y, money(x.total), money(x.approved), money(x.disbursed)]);
  }
  // 万元 of the second sheet to 6 decimals are its amounts exactly; the first sheet's 元 carry 角分
  return { name: '农业-分地州元与万元.xlsx', bytes: await buf(wb), shape: 'a sheet per prefecture, bare money headings, 单位：元 in one sheet’s corner and 单位：万元 in the other’s', truth: truthOf(rs) };
}

/** The counties of each prefecture in the two-level ledger. */
export const COUNTIES: Readonly<Record<string, ReadonlyArray<string>>> = { 伊犁哈萨克自治州: ['伊宁市', '霍城县', '察布查尔锡伯自治县'], 塔城地区: ['塔城市', '沙湾市'] };

/** 商务: 地州市 and 县（市、区） side by side; a project's region is its prefecture. */
async function countyColumn(): Promise<CorpusFile> {
  const rs = rows('sw', 12, Object.keys(COUNTIES), [2020], 43_003);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度外经贸发展专项资金项目台账']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '县（市、区）', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
  rs.forEach((x, i) => {
    const cs = COUNTIES[x.region];
    ws.addRow([x.id, x.name, x.unit, x.region, cs[i % cs.length], x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
  });
  return { name: '商务-地州市与县市区两列.xlsx', bytes: await buf(wb), shape: '地州市 and 县（市、区） as two columns (伊宁市 under 伊犁哈萨克自治州 …)', truth: truthOf(rs) };
}

/** The cohort years of the sheet-per-year workbook, a sheet each. */
export const YEAR_SHEETS = [2019, 2020] as const;

/** 文旅: a sheet per cohort year (2019年, 2020年), its title naming the year, no 立项年度 column. */
async function sheetPerYear(): Promise<CorpusFile> {
  const rs = rows('wl', 12, ['吐鲁番市', '哈密市'], YEAR_SHEETS, 43_004);
  const wb = new ExcelJS.Workbook();
  for (const y of YEAR_SHEETS) {
    const ws = wb.addWorksheet(`${y}年`);
    ws.addRow([`${y}年立项文化和旅游发展专项资金项目`]);
    ws.mergeCells(1, 1, 1, 7);
    ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
    for (const x of rs.filter((r) => r.date.y === y)) ws.addRow([x.id, x.name, x.unit, x.region, wan(x.total), wan(x.approved), wan(x.disbursed)]);
  }
  return { name: '文旅-分年度工作表.xlsx', bytes: await buf(wb), shape: 'a sheet per cohort year (2019年, 2020年), the title naming it, no 立项年度 column', truth: truthOf(rs) };
}

/** 科技: 新上项目 and 结转项目 as two sheets of one header. */
async function newAndCarriedSheets(): Promise<CorpusFile> {
  const fresh = rows('kj', 7, ['哈密市', '吐鲁番市'], [2021], 43_005);
  const carried = rows('kj', 8, ['克拉玛依市', '哈密市'], [2020, 2019], 43_006).map((x, i) => ({ ...x, id: `KJ${x.date.y}-${String(200 + i)}` }));
  const wb = new ExcelJS.Workbook();
  for (const [name, rs] of [['新上项目', fresh], ['结转项目', carried]] as const) {
    const ws = wb.addWorksheet(name);
    ws.addRow([`2021年度科技计划专项资金${name}明细`]);
    ws.addRow(['序号', ...LEDGER]);
    rs.forEach((x, i) => ws.addRow([i + 1, ...ledgerRow(x)]));
  }
  return { name: '科技-新上结转分表.xlsx', bytes: await buf(wb), shape: '新上项目 and 结转项目 as two sheets under one header', truth: truthOf([...fresh, ...carried]) };
}

/** ASCII digits, point and comma as their full-width forms. */
const fullWidth = (s: string): string => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** 元 as a scanner's recognition writes it: full-width or not, a space between thousands (12 345.60), a space after the point on some. */
export const OCR_WAYS: ReadonlyArray<(fen: number) => string> = [
  (fen) => fullWidth(yuanText(fen, ' ')),
  (fen) => yuanText(fen, ' '),
  (fen) => fullWidth(yuanText(fen, ',')),
  (fen) => `${fullWidth(yuanText(fen, ' '))} `,
];

/** 商务: a table scanned and recognised into Excel — every amount text, full-width digits, spaces inside numbers. */
async function ocrDigits(): Promise<CorpusFile> {
  const rs = rows('sw', 12, ['和田地区', '喀什地区'], [2020, 2019], 43_007, true);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Table 1');
  ws.addRow(['2020年外经贸发展专项资金项目台账']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（元）', '财政支持资金（元）', '本年拨付（元）']);
  rs.forEach((x, i) => {
    const w = (k: number): string => OCR_WAYS[(i + k) % OCR_WAYS.length](x[(['total', 'approved', 'disbursed'] as const)[k]]);
    ws.addRow([x.id, x.name, x.unit, x.region, fullWidth(String(x.date.y)), w(0), w(1), w(2)]);
  });
  return { name: '商务-扫描识别全角数字.xlsx', bytes: await buf(wb), shape: 'scanned to Excel (sheet “Table 1”): amounts as text in full-width digits with spaces inside (１２ ３４５．６０), 立项年度 full-width', truth: truthOf(rs) };
}

/**
 * 农业 as WPS saves an .xls: a header merged over five rows under the title — 序号 … 立项年度 merged down all five;
 * 资金情况 over 项目总投资 (merged down three rows) and 财政资金; 财政资金 over 财政支持资金 (merged down two rows) and
 * 拨付情况; 拨付情况 over 以前年度累计拨付 | 本年拨付; the fifth row the unit (万元) under each amount, bare.
 */
function wpsFiveRowHeader(): CorpusFile {
  const rs = rows('ny', 11, ['博尔塔拉蒙古自治州', '阿勒泰地区'], [2021, 2020], 43_008);
  const n = null;
  const aoa: unknown[][] = [
    ['2021年度农业发展专项资金项目情况表'],
    ['序号', '项目编号', '项目名称', '承担单位', '地州市', '立项年度', '资金情况', n, n, n],
    [n, n, n, n, n, n, '项目总投资', '财政资金', n, n],
    [n, n, n, n, n, n, n, '财政支持资金', '拨付情况', n],
    [n, n, n, n, n, n, n, n, '以前年度累计拨付', '本年拨付'],
    [n, n, n, n, n, n, '万元', '万元', '万元', '万元'],
    ...rs.map((x, i) => [i + 1, x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), 0, wan(x.disbursed)]),
  ];
  const ws = X.utils.aoa_to_sheet(aoa);
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 9 } },
    ...[0, 1, 2, 3, 4, 5].map((c) => ({ s: { r: 1, c }, e: { r: 5, c } })),
    { s: { r: 1, c: 6 }, e: { r: 1, c: 9 } },
    { s: { r: 2, c: 6 }, e: { r: 4, c: 6 } },
    { s: { r: 2, c: 7 }, e: { r: 2, c: 9 } },
    { s: { r: 3, c: 7 }, e: { r: 4, c: 7 } },
    { s: { r: 3, c: 8 }, e: { r: 3, c: 9 } },
  ];
  const wb = X.utils.book_new();
  X.utils.book_append_sheet(wb, ws, 'Sheet1');
  wb.Props = { Application: 'WPS 表格' } as X.FullProperties;
  const bytes = new Uint8Array(X.write(wb, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
  return { name: '农业-WPS五行表头.xls', bytes, shape: '.xls (BIFF8, WPS): a header merged over five rows (资金情况 → 财政资金 → 拨付情况 → 本年拨付, then a bare 万元 row), 序号 … merged down all five', truth: truthOf(rs) };
}

/** GB18030 bytes of a text: GBK's two-byte codes, and four bytes for a character beyond the BMP (𠮷). */
let gbTable: Map<string, number[]> | undefined;
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const d = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = d.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x10000) {
      let l = c - 0x10000;
      const b4 = 0x30 + (l % 10);
      l = Math.floor(l / 10);
      const b3 = 0x81 + (l % 126);
      l = Math.floor(l / 126);
      const b2 = 0x30 + (l % 10);
      out.push(0x90 + Math.floor(l / 10), b2, b3, b4);
    } else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** The unit whose name holds a character beyond the BMP (four bytes in GB18030). */
export const RARE_UNIT = '𠮷木乃县就业服务中心';

/** 就业: a CSV in GB18030 — a title line, 单位：元, the header, a unit named with 𠮷, 元 with separators quoted. */
function gb18030Csv(): CorpusFile {
  const rs = rows('jy', 10, ['喀什地区', '克孜勒苏柯尔克孜自治州'], [2021], 43_009, true).map((x, i) => (i % 4 === 1 ? { ...x, unit: RARE_UNIT } : x));
  const q = (s: string): string => (/[",]/.test(s) ? `"${s}"` : s);
  const lines = [
    '2021年度就业补助资金项目台账,,,,,,,',
    '单位：元,,,,,,,',
    '项目编号,项目名称,承担单位,地州市,立项年度,项目总投资,财政支持资金,本年拨付',
    ...rs.map((x) => [x.id, x.name, x.unit, x.region, String(x.date.y), q(yuanText(x.total)), q(yuanText(x.approved)), q(yuanText(x.disbursed))].join(',')),
  ];
  return { name: '就业-GB18030标题行.csv', bytes: encodeGb18030(lines.join('\r\n') + '\r\n'), shape: 'CSV in GB18030 (a four-byte 𠮷 in a unit’s name), a title line and 单位：元 over the header', truth: truthOf(rs) };
}

/** 农业: the header's second row holds units only (万元 | 元 | 元, 年 under 立项年度), no brackets. */
async function unitRowOnly(): Promise<CorpusFile> {
  const rs = rows('ny', 10, ['哈密市', '吐鲁番市'], [2020, 2019], 43_010, true);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2020年项目台账');
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
  ws.addRow([null, null, null, null, '年', '万元', '元', '元']);
  for (const x of rs) ws.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), yuan(x.approved), yuan(x.disbursed)]);
  return { name: '农业-第二行表头为单位.xlsx', bytes: await buf(wb), shape: 'the header’s second row holds units only: 年 | 万元 | 元 | 元 (no brackets), 元 with 角分', truth: truthOf(rs) };
}

/** The lines under the 科技 table: notes numbered in 序号, and who filled, checked and answers for it. */
export const FOOTER = [
  ['注：1.本表金额单位为万元，保留两位小数。'],
  ['2.“本年拨付”含2020年结转至2021年拨付的资金。'],
  ['3、项目编号以自治区科技厅立项批复文件为准。'],
  ['（4）克拉玛依市项目由市科技局汇总报送。'],
  ['填表人：王芳　　审核人：李强　　联系电话：0991-2345678'],
  ['单位负责人：', '刘建国', null, null, '填报日期：', '2022年1月8日'],
] as const;

/** 科技: 单位：万元 in the top-right corner, then 注：1. … and the notes numbered 2. 3、（4） under it in 序号, then 填表人/审核人/联系电话 in one cell. */
async function footerNotes(): Promise<CorpusFile> {
  const rs = rows('kj', 11, ['克拉玛依市', '哈密市'], [2021, 2020], 43_011);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['2021年度科技计划专项资金项目台账']);
  ws.mergeCells(1, 1, 1, 8);
  ws.addRow([null, null, null, null, null, null, null, null, '单位：万元']);
  ws.addRow(['序号', '项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
  rs.forEach((x, i) => ws.addRow([i + 1, x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]));
  ws.addRow([]);
  for (const r of FOOTER) ws.addRow([...r]);
  return { name: '科技-注与填表人审核人.xlsx', bytes: await buf(wb), shape: '单位：万元 in the top-right corner; 注：1. … then notes numbered 2. / 3、/ （4） alone in 序号; 填表人/审核人/联系电话 in one cell; 单位负责人 | 填报日期', truth: truthOf(rs) };
}

/** An indicator of the table without 三级指标: its 二级 cell names the indicator itself. */
export const NO_LEVEL3: ReadonlyArray<readonly [string, string, string, string, number, number]> = [
  ['产出指标', '举办文化惠民演出', '≥40场', '42场', 20, 20],
  ['产出指标', '项目验收合格率', '≥95%', '100%', 20, 20],
  ['产出指标', '资金拨付及时率', '100%', '100%', 10, 10],
  ['效益指标', '受益群众人次', '≥10万人次', '12万人次', 30, 30],
  ['满意度指标', '群众满意度', '≥90%', '93%', 10, 10],
];

/** 文旅: 配置, a ledger and 绩效指标 headed 一级指标 | 二级指标 | 指标值 | 实际完成值 | 分值 | 得分 — no 三级指标 column. */
async function noLevel3(): Promise<CorpusFile> {
  const rs = rows('wl', 8, ['伊犁哈萨克自治州', '阿勒泰地区'], [2021], 43_012);
  const wb = new ExcelJS.Workbook();
  const cfg = wb.addWorksheet('配置');
  const approved = rs.reduce((s, x) => s + x.approved, 0);
  for (const r of [['参数', '值'], ['项目名称', '公共文化服务体系建设专项资金'], ['预算单位', '自治区文化和旅游厅'], ['实施单位', '自治区文化和旅游厅'], ['评价年度', 2021], ['金额单位', '万元'], ['年初预算数', wan(approved)], ['全年预算数', wan(approved)]]) cfg.addRow(r);
  const led = wb.addWorksheet('项目台账');
  led.addRow(LEDGER);
  for (const x of rs) led.addRow(ledgerRow({ ...x, disbursed: x.approved }));
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '指标值', '实际完成值', '分值', '得分']);
  for (const r of NO_LEVEL3) ind.addRow([...r]);
  return { name: '文旅-指标无三级列.xlsx', bytes: await buf(wb), shape: '绩效指标 一级指标 | 二级指标 | 指标值 | 实际完成值 | 分值 | 得分: no 三级指标 column, the indicator named in 二级', truth: { ...truthOf(rs), disbursed: approved } };
}

/**
 * 就业: amounts kept in 元 and shown in 万元 by a number format (`0!.0000"万元"`, the way offices show 万 without dividing),
 * under 财政支持资金（万元）: the officer sees 12.3456万元 in a cell holding 123456.
 */
async function wanByFormat(): Promise<CorpusFile> {
  const rs = rows('jy', 10, ['乌鲁木齐市', '克拉玛依市'], [2020, 2019], 43_013, true);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度就业补助资金项目台账']);
  ws.addRow(LEDGER);
  for (const x of rs) {
    const r = ws.addRow([x.id, x.name, x.unit, x.region, x.date.y, yuan(x.total), yuan(x.approved), yuan(x.disbursed)]);
    for (const c of [6, 7, 8]) r.getCell(c).numFmt = '0!.0000"万元"';
  }
  return { name: '就业-元值万元格式.xlsx', bytes: await buf(wb), shape: 'amounts kept in 元, shown as 万元 by the number format 0!.0000"万元", under （万元） headings', truth: truthOf(rs) };
}

/**
 * 科技: headings spaced out as printed forms write them (项目名称 with ideographic spaces, 承 担 单 位), 立项时间 typed 2020.3 (Excel keeps the
 * number 2020.3; 2020.10 becomes 2020.1), 项目总投资 written 1.2亿元 on the large projects.
 */
async function spacedHeadings(): Promise<CorpusFile> {
  const rs = rows('kj', 10, ['哈密市', '乌鲁木齐市'], [2020, 2019], 43_014);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度科技计划专项资金项目台账']);
  ws.addRow(['项 目 编 号', '项　目　名　称', '承 担 单 位', '地 州 市', '立项时间', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
  rs.forEach((x, i) => ws.addRow([x.id, x.name, x.unit, x.region, Number(`${x.date.y}.${x.date.m}`), i % 3 === 0 ? `${wan(x.total) / 10000}亿元` : wan(x.total), wan(x.approved), wan(x.disbursed)]));
  return { name: '科技-表头字间空格.xlsx', bytes: await buf(wb), shape: 'headings spaced out (项　目　名　称, 承 担 单 位), 立项时间 as the number 2020.3 / 2020.1, 项目总投资 as 1.2亿元 on some', truth: truthOf(rs) };
}

export async function unseenCorpus9(): Promise<CorpusFile[]> {
  return [await subRows(), await unitPerSheet(), await countyColumn(), await sheetPerYear(), await newAndCarriedSheets(), await ocrDigits(), wpsFiveRowHeader(), gb18030Csv(), await unitRowOnly(), await footerNotes(), await noLevel3(), await wanByFormat(), await spacedHeadings()];
}

writeWhenRun(module, 'unseen-corpus9', unseenCorpus9);
