/**
 * A third corpus of files nobody on the team has seen (unseen.ts and unseen2.ts are the first two), in shapes neither
 * holds: a table that starts at C12 under a long merged 填表说明 block; .xls (BIFF8) with a header merged over two rows
 * and a sheet per prefecture; CSV in GBK with `;` between fields and quoted fields that hold a line break, and a
 * tab-separated UTF-8 text without a BOM; amounts as ¥1,234.56元, ￥1234.56, full-width １２３４．５６, 1 234.56, and
 * `-` for nothing paid; header cells with line breaks (本年\n拨付\n（万元）) and the unit in a row of its own under
 * the header; a filtered table with hidden rows, a 小计 under each prefecture, a 合计 in the middle and blank rows
 * inside; an indicator table with 实际完成值 before 年度指标值 and its levels merged down, in a workbook with no 配置
 * whose title row names the fund.
 *
 * Each file comes with what a finance officer reads in it (its truth), computed from the rows written, never typed
 * in. `node -r tsx/cjs test/corpus/unseen3.ts DIR` writes the files to look at.
 */
import ExcelJS from 'exceljs';
import * as X from '@e965/xlsx';
import { encodeGbk } from '../support/formats';
import { rows, truthOf, wan, yuanText, buf, type Row, type CorpusFile, writeWhenRun } from './unseen';

/** ASCII digits and the point as their full-width forms (１２３４．５６). */
const fullWidth = (s: string): string => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/**
 * 科技: the sheet opens with the title and a 填表说明 block of nine lines merged across (A1:L11), the table at C12 —
 * columns A and B empty — headed 序号 | 项目名称 | 项目编号 | … with 联系人, 电话 and 备注 after the money.
 */
async function offsetUnderNotes(): Promise<CorpusFile> {
  const rs = rows('kj', 12, ['乌鲁木齐市', '克拉玛依市', '昌吉回族自治州'], [2020, 2019], 37_001);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目明细');
  ws.getCell('A1').value = '2020年度自治区科技成果转化专项资金项目明细表';
  ws.mergeCells('A1:L1');
  ws.getCell('A2').value = '填表说明：';
  ws.mergeCells('A2:L2');
  const notes = [
    '1. 本表由各地州市科技局汇总填报，每个项目填写一行，不得合并单元格。',
    '2. 项目编号按自治区科技厅下达文件填写，不得自行编号。',
    '3. 金额单位为万元，保留四位小数；本年拨付指2020年1月1日至12月31日实际拨付到项目单位的资金。',
    '4. 立项年度填写项目下达文件的年度。',
    '5. 联系人、电话填写项目单位具体经办人员。',
    '6. 本表请于2021年1月15日前报送自治区科技厅成果转化处，同时报送电子版。',
    '7. 如有疑问请联系：0991-2345678。',
  ];
  notes.forEach((t, i) => {
    ws.getCell(3 + i, 1).value = t;
    ws.mergeCells(3 + i, 1, 3 + i, 12);
  });
  ws.getCell('A10').value = '填报单位（盖章）：';
  ws.mergeCells('A10:F10');
  ws.getCell('G10').value = '单位：万元';
  ws.mergeCells('G10:L10');
  const header = ['序号', '项目名称', '项目编号', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付', '联系人', '电话', '备注'];
  header.forEach((h, i) => (ws.getCell(12, 3 + i).value = h));
  rs.forEach((x, i) => {
    const v = [i + 1, x.name, x.id, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed), '王磊', '13999001122', i === 3 ? '已验收' : null];
    v.forEach((c, j) => (ws.getCell(13 + i, 3 + j).value = c));
  });
  return { name: '科技-C12起的表格.xlsx', bytes: await buf(wb), shape: 'table at C12 under a title and a merged 填表说明 block (A1:L11), 名称 before 编号, 联系人/电话/备注 after the money', truth: truthOf(rs) };
}

/**
 * 农业 as .xls (BIFF8), a sheet per prefecture without a 地州市 column, each headed over two rows: 资金情况（万元） merged
 * over 财政支持资金 | 本年拨付, the other headers merged down; a title merged across; 小计 last.
 */
function xlsTwoRowHeader(): CorpusFile {
  const prefectures = ['阿克苏地区', '喀什地区', '和田地区', '克孜勒苏柯尔克孜自治州'];
  const rs = rows('ny', 22, prefectures, [2020, 2019], 37_002).map((x, i) => ({ ...x, id: `NY${x.date.y}-${String(i + 1).padStart(3, '0')}` }));
  const wb = X.utils.book_new();
  for (const p of prefectures) {
    const mine = rs.filter((x) => x.region === p);
    const aoa: unknown[][] = [
      [`${p}2020年度农业发展专项资金项目表`],
      ['项目编号', '项目名称', '承担单位', '立项年度', '项目总投资（万元）', '资金情况（万元）', null],
      [null, null, null, null, null, '财政支持资金', '本年拨付'],
      ...mine.map((x) => [x.id, x.name, x.unit, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]),
      ['小计', null, null, null, wan(mine.reduce((s, x) => s + x.total, 0)), wan(mine.reduce((s, x) => s + x.approved, 0)), wan(mine.reduce((s, x) => s + x.disbursed, 0))],
    ];
    const ws = X.utils.aoa_to_sheet(aoa);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 6 } }, ...[0, 1, 2, 3, 4].map((c) => ({ s: { r: 1, c }, e: { r: 2, c } })), { s: { r: 1, c: 5 }, e: { r: 1, c: 6 } }];
    X.utils.book_append_sheet(wb, ws, p);
  }
  const bytes = new Uint8Array(X.write(wb, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
  return { name: '农业-南疆四地州.xls', bytes, shape: '.xls (BIFF8), a sheet per prefecture (no 地州市 column), header over two rows (资金情况（万元） merged over 财政支持资金/本年拨付), 小计 last', truth: truthOf(rs) };
}

/** A CSV field quoted when it must be, for the separator given. */
const csvLine = (fields: ReadonlyArray<string>, sep: string): string => fields.map((f) => (f.includes(sep) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(sep);

/**
 * 商务 as a CSV in GBK (no BOM, GBK has none) from a system that writes `;` between fields (Excel in a locale whose
 * list separator is `;`): the header is the first line, 项目名称 and 备注 quoted where they hold a line break or a `;`.
 */
function gbkSemicolon(): CorpusFile {
  const rs = rows('sw', 15, ['喀什地区', '伊犁哈萨克自治州', '哈密市'], [2020, 2019], 37_003);
  const lines = [
    ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付', '备注'],
    ...rs.map((x, i) => [x.id, i % 4 === 1 ? `${x.name}\n（续建）` : x.name, x.unit, x.region, String(x.date.y), String(wan(x.total)), String(wan(x.approved)), String(wan(x.disbursed)), i % 5 === 2 ? '已拨付首笔;\n余款待验收后拨付' : '']),
  ];
  const text = lines.map((l) => csvLine(l, ';')).join('\r\n') + '\r\n';
  return { name: '商务-分号分隔GBK.csv', bytes: encodeGbk(text), shape: 'CSV in GBK, `;` between fields, header first, quoted fields holding a line break and a `;`', truth: truthOf(rs) };
}

/**
 * 文旅 as tab-separated UTF-8 without a BOM (.txt, a system export), amounts in 元 as the officer types them:
 * ¥1,234.56元, ￥1234.56, 1,234.56元, full-width １２３４．５６, 1 234.56 (a space between thousands); nothing paid as `-`.
 */
function moneyWritten(): CorpusFile {
  const rs = rows('wl', 18, ['吐鲁番市', '阿勒泰地区', '巴音郭楞蒙古自治州'], [2020, 2019, 2018], 37_004, true);
  const forms: ReadonlyArray<(fen: number) => string> = [
    (f) => `¥${yuanText(f)}元`,
    (f) => `￥${yuanText(f, '')}`,
    (f) => `${yuanText(f)}元`,
    (f) => fullWidth(yuanText(f, '')),
    (f) => yuanText(f, ' '),
    (f) => `¥ ${yuanText(f)}`,
  ];
  const out: Row[] = [];
  const lines = [['项目编号', '项目名称', '承担单位', '所属地区', '立项年度', '项目总投资（元）', '补助资金（元）', '本年拨付（元）']];
  rs.forEach((x, i) => {
    const paid = i % 4 === 0 ? 0 : x.disbursed;
    out.push({ ...x, disbursed: paid });
    const form = forms[i % forms.length];
    lines.push([x.id, x.name, x.unit, x.region, String(x.date.y), form(x.total), form(x.approved), paid === 0 ? '-' : form(paid)]);
  });
  const text = lines.map((l) => l.join('\t')).join('\n') + '\n';
  return { name: '文旅-金额写法.txt', bytes: new TextEncoder().encode(text), shape: 'tab-separated UTF-8, no BOM; 元 as ¥1,234.56元 / ￥1234.56 / 1,234.56元 / １２３４．５６ / 1 234.56 / ¥ 1,234.56; `-` for nothing paid', truth: truthOf(out) };
}

/**
 * 就业: header cells with line breaks (项目\n编号, 本年\n拨付\n（万元）), the unit in a row of its own under the header
 * ((万元) under each amount), columns in another order (money first, 项目名称 last), and 联系人/电话/备注 among them.
 */
async function brokenHeaders(): Promise<CorpusFile> {
  const rs = rows('jy', 14, ['乌鲁木齐市', '博尔塔拉蒙古自治州', '塔城地区'], [2020], 37_005);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['2020年就业补助资金项目台账']);
  ws.mergeCells(1, 1, 1, 11);
  ws.addRow(['序号', '项目\n编号', '本年\n拨付', '财政\n支持\n资金', '项目\n总投资', '立项\n年度', '地州市', '承担\n单位', '项目名称', '联系人\n及电话', '备注']);
  ws.addRow([null, null, '（万元）', '（万元）', '（万元）', null, null, null, null, null, null]);
  for (const c of [1, 2, 6, 7, 8, 9, 10, 11]) ws.mergeCells(2, c, 3, c);
  ws.getRow(2).alignment = { wrapText: true };
  rs.forEach((x, i) => ws.addRow([i + 1, x.id, wan(x.disbursed), wan(x.approved), wan(x.total), x.date.y, x.region, x.unit, x.name, '李娜 0991-5556677', null]));
  return { name: '就业-表头换行单位另起一行.xlsx', bytes: await buf(wb), shape: 'header cells with line breaks (本年\\n拨付), （万元） in a row under the header, columns reordered (money first, 名称 last), 联系人及电话/备注', truth: truthOf(rs) };
}

/**
 * 交通 (a fund of its own words): a filtered table (an autoFilter with rows hidden), a blank row between groups, a
 * 小计 row under each prefecture written in the 项目名称 column (乌鲁木齐市小计), a 合计 in the middle of the sheet
 * (after the first table), and a second table of 结转项目 under it with its own header and 合计.
 */
async function subtotalsAndFilters(): Promise<CorpusFile> {
  const fresh = rows('kj', 12, ['乌鲁木齐市', '哈密市', '吐鲁番市'], [2020], 37_006);
  const carried = rows('kj', 6, ['乌鲁木齐市', '哈密市'], [2019, 2018], 37_007).map((x, i) => ({ ...x, id: `KJ${x.date.y}-J${String(i + 1).padStart(2, '0')}` }));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度自治区科技计划专项资金项目执行情况表']);
  ws.mergeCells(1, 1, 1, 8);
  ws.addRow(['单位：万元']);
  const header = ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付'];
  const sums = (xs: ReadonlyArray<Row>): number[] => [wan(xs.reduce((s, x) => s + x.total, 0)), wan(xs.reduce((s, x) => s + x.approved, 0)), wan(xs.reduce((s, x) => s + x.disbursed, 0))];
  const table = (xs: ReadonlyArray<Row>, regions: ReadonlyArray<string>, hide: boolean): void => {
    ws.addRow(header);
    for (const p of regions) {
      const mine = xs.filter((x) => x.region === p);
      mine.forEach((x, i) => {
        const r = ws.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
        if (hide && i % 2 === 1) r.hidden = true;
      });
      ws.addRow([null, `${p}小计`, null, null, null, ...sums(mine)]);
      ws.addRow([]);
    }
    ws.addRow(['合  计', null, null, null, null, ...sums(xs)]);
  };
  table(fresh, ['乌鲁木齐市', '哈密市', '吐鲁番市'], true);
  ws.autoFilter = 'A3:H3';
  ws.addRow([]);
  ws.addRow(['二、结转项目']);
  table(carried, ['乌鲁木齐市', '哈密市'], false);
  const rs = [...fresh, ...carried];
  return { name: '科技-筛选小计合计在中间.xlsx', bytes: await buf(wb), shape: 'filtered table with rows hidden, 小计 per prefecture in the 名称 column, blank rows inside, 合计 in the middle, a second table (结转) with its own header and 合计 under it', truth: truthOf(rs) };
}

/**
 * 文化产业: no 配置; the fund is named only in the title rows of its sheets. The indicator table has 一级/二级指标
 * merged down and 实际完成值 before 年度指标值; 分值 and 得分 after them.
 */
async function swappedIndicators(): Promise<CorpusFile> {
  const rs = rows('wl', 9, ['喀什地区', '伊犁哈萨克自治州', '阿勒泰地区'], [2020], 37_008);
  const wb = new ExcelJS.Workbook();
  const led = wb.addWorksheet('项目台账');
  led.addRow(['2020年度自治区文化产业发展专项资金项目台账']);
  led.mergeCells(1, 1, 1, 8);
  led.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
  for (const x of rs) led.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['2020年度自治区文化产业发展专项资金绩效目标完成情况表']);
  ind.mergeCells(1, 1, 1, 7);
  ind.addRow(['一级指标', '二级指标', '三级指标', '实际完成值', '年度指标值', '分值', '得分']);
  const lines: Array<[string, string, string, string, string, number, number]> = [
    ['产出指标', '数量指标', '扶持文化产业项目', '9个', '≥8个', 20, 20],
    ['产出指标', '数量指标', '举办文化产业博览会', '1场', '≥1场', 10, 10],
    ['产出指标', '质量指标', '项目验收合格率', '100%', '≥95%', 10, 10],
    ['产出指标', '时效指标', '资金拨付及时率', '100%', '100%', 10, 10],
    ['效益指标', '经济效益指标', '带动社会投资', '1.2亿元', '≥1亿元', 15, 15],
    ['效益指标', '社会效益指标', '带动就业人数', '320人', '≥300人', 15, 15],
    ['满意度指标', '服务对象满意度指标', '项目单位满意度', '93%', '≥90%', 10, 10],
  ];
  for (const l of lines) ind.addRow(l);
  const merge = (col: number): void => {
    let start = 0;
    for (let i = 1; i <= lines.length; i++) {
      if (i < lines.length && lines[i][col - 1] === lines[start][col - 1]) continue;
      if (i - 1 > start) ind.mergeCells(3 + start, col, 3 + i - 1, col);
      start = i;
    }
  };
  merge(1);
  merge(2);
  return { name: '文化产业-无配置指标值在后.xlsx', bytes: await buf(wb), shape: 'no 配置, the fund named in the title rows; 绩效指标 with 一级/二级 merged down and 实际完成值 before 年度指标值', truth: truthOf(rs) };
}

export async function unseenCorpus3(): Promise<CorpusFile[]> {
  return [await offsetUnderNotes(), xlsTwoRowHeader(), gbkSemicolon(), moneyWritten(), await brokenHeaders(), await subtotalsAndFilters(), await swappedIndicators()];
}

writeWhenRun(module, 'unseen-corpus3', unseenCorpus3);
