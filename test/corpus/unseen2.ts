/**
 * A second corpus of files nobody on the team has seen (unseen.ts is the first), in shapes that one does not hold:
 * a header over three rows with merged groups (资金情况 → 财政资金 → 下达/拨付), columns in an unusual order and
 * extra ones (序号, 联系人, 电话), a hidden 地州市 column, a frozen pane, a 填报单位/填报人 footer, a second table
 * under the first on a sheet named 附表1; years as 2019年度 / 19年 / 二〇一九年; amounts as 12.5万, "1,234.50元", "—",
 * "/", "无", 0 and blank; a workbook of the 14 prefectures' sheets with 汇总 and 说明; an indicator table with its
 * levels merged down, target and actual in one cell ("≥90%/95%"), 权重 and decimal scores; a monitoring table (1—6月)
 * from another province; an .xlsm and an xlsx with external links and a pivot cache.
 *
 * Each file comes with what a finance officer reads in it (its truth), computed from the rows written, never typed
 * in. `node -r tsx/cjs test/corpus/unseen2.ts DIR` writes the files to look at.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { rows, truthOf, wan, buf, type Row, type CorpusFile, writeWhenRun } from './unseen';


const PREFECTURES = ['乌鲁木齐市', '克拉玛依市', '吐鲁番市', '哈密市', '昌吉回族自治州', '博尔塔拉蒙古自治州', '巴音郭楞蒙古自治州', '阿克苏地区', '克孜勒苏柯尔克孜自治州', '喀什地区', '和田地区', '伊犁哈萨克自治州', '塔城地区', '阿勒泰地区'];

/**
 * 附表1: a header over three rows — 资金情况（万元） over 项目总投资 and 财政资金, 财政资金 over 财政支持资金, 以前年度累计拨付 and
 * 本年拨付 — the project's name before its number, 序号/联系人/电话/备注, 地州市 hidden, frozen under the header; the new
 * projects, then a line 二、结转项目 and the same header again over the carried-over ones; 填报单位/填报人/联系电话 under it.
 */
async function threeRowHeader(): Promise<CorpusFile> {
  const fresh = rows('kj', 9, ['乌鲁木齐市', '哈密市', '喀什地区'], [2019], 36_001);
  const carried = rows('kj', 7, ['昌吉回族自治州', '阿克苏地区'], [2018, 2017], 36_002).map((x, i) => ({ ...x, id: `KJ${x.date.y}-${String(100 + i)}` }));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('附表1');
  const width = 13;
  const header = (r: number): void => {
    const h1 = ['序号', '项目名称', '项目编号', '承担单位', '地州市', '立项年度', '资金情况（万元）', null, null, null, '联系人', '联系电话', '备注'];
    const h2 = [null, null, null, null, null, null, '项目总投资', '财政资金', null, null, null, null, null];
    const h3 = [null, null, null, null, null, null, null, '财政支持资金', '以前年度累计拨付', '本年拨付', null, null, null];
    ws.getRow(r).values = h1;
    ws.getRow(r + 1).values = h2;
    ws.getRow(r + 2).values = h3;
    for (const c of [1, 2, 3, 4, 5, 6, 11, 12, 13]) ws.mergeCells(r, c, r + 2, c);
    ws.mergeCells(r, 7, r, 10);
    ws.mergeCells(r + 1, 7, r + 2, 7);
    ws.mergeCells(r + 1, 8, r + 1, 10);
  };
  const body = (r: number, rs: ReadonlyArray<Row>): number => {
    rs.forEach((x, i) => {
      ws.getRow(r + i).values = [i + 1, x.name, x.id, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), 0, wan(x.disbursed), '张伟', '13899887766', null];
    });
    return r + rs.length;
  };
  ws.getRow(1).values = ['2019年度自治区科技计划专项资金项目安排情况表'];
  ws.mergeCells(1, 1, 1, width);
  ws.getRow(2).values = ['一、新上项目'];
  header(3);
  let r = body(6, fresh);
  ws.getRow(r + 1).values = ['二、结转项目'];
  header(r + 2);
  r = body(r + 5, carried);
  ws.getRow(r + 1).values = ['填报单位：自治区科学技术厅', null, null, null, '填报人：赵敏', null, null, null, '联系电话：0991-8881234', null, null, '填报日期：2020年1月10日'];
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 5 }];
  ws.getColumn(5).hidden = true;
  const rs = [...fresh, ...carried];
  return { name: '科技-附表1三行表头.xlsx', bytes: await buf(wb), shape: '附表1, header over 3 rows (资金情况→财政资金→下达/拨付), 名称 before 编号, 序号/联系人/电话, 地州市 hidden, frozen, 新上 and 结转 tables one under the other, footer', truth: truthOf(rs) };
}

/** How an officer writes a year: 2019年度, 19年, 二〇一九年, 2019年立项. */
const YEAR_FORMS: ReadonlyArray<(y: number) => string> = [
  (y) => `${y}年度`,
  (y) => `${String(y).slice(2)}年`,
  (y) => `${[...String(y)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('')}年`,
  (y) => `${y}年立项`,
];

/**
 * 文旅 in 元 and 万元 written by hand: 立项年度 in four ways, 财政支持资金 as 12.5万 or "1,234,500.00元", nothing paid as
 * —, /, 无, 0 or blank; a 以前年度累计拨付 column of the same. Truth: a dash, a slash, 无 and blank are nothing paid.
 */
async function handWritten(): Promise<CorpusFile> {
  const rs = rows('wl', 20, ['吐鲁番市', '哈密市', '阿勒泰地区', '伊犁哈萨克自治州'], [2019, 2018, 2017], 36_003);
  const NOTHING = ['—', '/', '无', 0, null, '-', '－'];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('文旅项目');
  ws.addRow(['二〇一九年度文化和旅游发展专项资金项目台账']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金', '以前年度累计拨付', '本年拨付']);
  const out: Row[] = [];
  rs.forEach((x, i) => {
    const paid = i % 3 === 0 ? 0 : x.disbursed;
    out.push({ ...x, disbursed: paid });
    const approved = i % 2 === 0 ? `${wan(x.approved)}万` : `${(x.approved / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}元`;
    const disb = paid === 0 ? NOTHING[(i / 3) % NOTHING.length] : `${wan(paid)}万元`;
    ws.addRow([x.id, x.name, x.unit, x.region, YEAR_FORMS[i % YEAR_FORMS.length](x.date.y), wan(x.total), approved, NOTHING[i % NOTHING.length], disb]);
  });
  return { name: '文旅-手写金额与年份.xlsx', bytes: await buf(wb), shape: '立项年度 2019年度/19年/二〇一九年/2019年立项; 财政支持资金 12.5万 / "1,234,500.00元"; 0 paid as —, /, 无, 0, blank, -, －', truth: truthOf(out) };
}

/**
 * 农业: one sheet per prefecture (the 14, each titled with its name, no 地州市 column), a 汇总 sheet first with a row
 * per prefecture (项目个数, 财政支持资金, 本年拨付) and a 说明 sheet of instructions; one prefecture pasted its table twice,
 * the second time under a line 以下为重复粘贴 — the officer reads each project once.
 */
async function fourteenSheets(): Promise<CorpusFile> {
  const rs = rows('ny', 42, PREFECTURES, [2019, 2018], 36_004).map((x, i) => ({ ...x, id: `NY-${PREFECTURES.indexOf(x.region) + 1}-${i + 1}` }));
  const wb = new ExcelJS.Workbook();
  const sum = wb.addWorksheet('汇总');
  sum.addRow(['2019年度农业发展专项资金分地州汇总表']);
  sum.addRow(['单位：万元']);
  sum.addRow(['序号', '地州市', '项目个数', '财政支持资金', '本年拨付', '执行率']);
  PREFECTURES.forEach((p, i) => {
    const mine = rs.filter((x) => x.region === p);
    const a = mine.reduce((s, x) => s + x.approved, 0);
    const d = mine.reduce((s, x) => s + x.disbursed, 0);
    sum.addRow([i + 1, p, mine.length, wan(a), wan(d), a ? `${((100 * d) / a).toFixed(1)}%` : '—']);
  });
  sum.addRow(['合计', null, rs.length, wan(rs.reduce((s, x) => s + x.approved, 0)), wan(rs.reduce((s, x) => s + x.disbursed, 0)), null]);
  const note = wb.addWorksheet('说明');
  for (const t of ['填表说明：', '1. 每个地州市一个工作表，工作表名称为地州市名称。', '2. 金额单位为万元，保留两位小数。', '3. 项目编号、项目名称、承担单位、立项年度、项目总投资、财政支持资金、本年拨付为必填项。']) note.addRow([t]);
  for (const p of PREFECTURES) {
    const mine = rs.filter((x) => x.region === p);
    const ws = wb.addWorksheet(p);
    ws.addRow([`${p}2019年度农业发展专项资金项目明细表`]);
    ws.mergeCells(1, 1, 1, 7);
    ws.addRow(['单位：万元']);
    const table = (): void => {
      ws.addRow(['项目编号', '项目名称', '承担单位', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
      for (const x of mine) ws.addRow([x.id, x.name, x.unit, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
    };
    table();
    if (p === '乌鲁木齐市') ws.addRow(['以下空白']);
    if (p === '哈密市') {
      ws.addRow([]);
      ws.addRow(['以下为重复粘贴']);
      table();
    }
  }
  return { name: '农业-十四地州分表.xlsx', bytes: await buf(wb), shape: '14 prefecture sheets (no 地州市 column) + 汇总 (per prefecture, first) + 说明; 哈密市 pasted its table twice under a line 以下为重复粘贴, 以下空白 under 乌鲁木齐市\'s', truth: truthOf(rs) };
}

/**
 * The whole workbook for a 自评表 with the indicator table as another province sends it: 一级/二级指标 merged down,
 * 三级指标, 指标值/实际完成值 in one cell ("≥90%/95%"), 权重 (the points) in its own column, 得分 with decimals, and
 * 偏差原因 — with 配置 and a small ledger.
 */
async function mergedIndicators(): Promise<CorpusFile> {
  const rs = rows('sw', 8, ['喀什地区', '和田地区'], [2019], 36_005);
  const wb = new ExcelJS.Workbook();
  const cfg = wb.addWorksheet('配置');
  const budget = wan(rs.reduce((s, x) => s + x.disbursed, 0));
  for (const r of [['参数', '值'], ['项目名称', '外经贸发展专项资金'], ['预算单位', '自治区商务厅'], ['评价年度', 2019], ['金额单位', '万元'], ['年初预算数', budget], ['全年预算数', budget], ['年度总体目标', '支持外贸企业开拓国际市场，全年支持企业不少于8家。'], ['实际完成情况', '全年支持企业8家。']]) cfg.addRow(r);
  const led = wb.addWorksheet('项目台账');
  led.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
  for (const x of rs) led.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '指标值/实际完成值', '权重', '得分', '偏差原因']);
  const lines: Array<[string, string, string, string, number, number, string | null]> = [
    ['产出指标', '数量指标', '支持外贸企业数', '≥8家/8家', 15, 15, null],
    ['产出指标', '数量指标', '举办境外展会', '≥3场/2场', 10, 6.67, '受疫情影响一场展会取消'],
    ['产出指标', '质量指标', '项目验收合格率', '≥90%/95%', 10, 10, null],
    ['产出指标', '时效指标', '资金拨付及时率', '100%/100%', 10, 10, null],
    ['效益指标', '经济效益指标', '带动进出口额增长', '≥5%/6.2%', 20, 20, null],
    ['效益指标', '社会效益指标', '带动就业人数', '≥200人/186人', 15, 13.95, '部分企业用工计划推迟'],
    ['满意度指标', '服务对象满意度指标', '企业满意度', '≥90%/92.5%', 10, 10, null],
  ];
  for (const l of lines) ind.addRow(l);
  const merge = (col: number): void => {
    let start = 2;
    for (let i = 1; i <= lines.length; i++) {
      const same = i < lines.length && lines[i][col - 1] === lines[start - 2][col - 1];
      if (!same) {
        const end = i + 1;
        if (end > start) ind.mergeCells(start, col, end, col);
        start = end + 1;
      }
    }
  };
  merge(1);
  merge(2);
  ind.addRow(['合计', null, null, null, 90, 84.62, null]);
  return { name: '商务-指标合并单元格.xlsx', bytes: await buf(wb), shape: '绩效指标: 一级/二级 merged down, 指标值/实际完成值 in one cell "≥90%/95%", 权重, 得分 with decimals, 合计', truth: truthOf(rs) };
}

/** The monitoring workbook another province sends in June: 1-6月 columns in its own words. */
async function monitorJune(): Promise<CorpusFile> {
  const rs = rows('jy', 10, ['乌鲁木齐市', '伊犁哈萨克自治州'], [2020, 2019], 36_006);
  const wb = new ExcelJS.Workbook();
  const cfg = wb.addWorksheet('配置');
  const budget = wan(rs.reduce((s, x) => s + x.approved, 0));
  for (const r of [['参数', '值'], ['项目名称', '就业补助资金'], ['预算单位', '自治区人力资源和社会保障厅'], ['评价年度', 2020], ['金额单位', '万元'], ['年初预算数', budget], ['监控截止月份', 6], ['年度总体目标', '全年城镇新增就业不少于4.5万人。']]) cfg.addRow(r);
  const led = wb.addWorksheet('项目台账');
  led.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '1-6月拨付']);
  for (const x of rs) led.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月完成情况', '全年预计完成情况', '偏差原因类别', '偏差原因说明', '完成目标可能性', '纠偏措施', '分值']);
  for (const r of [
    ['产出指标', '数量指标', '城镇新增就业人数', '≥4.5万人', '2.1万人', '4.6万人', null, null, '确定能', null, 30],
    ['产出指标', '数量指标', '职业技能培训人次', '≥2000人次', '600人次', '1800人次', '经费保障', '培训资金下达较晚', '有可能', '加快资金拨付', 20],
    ['产出指标', '时效指标', '补贴发放及时率', '100%', '100%', '100%', null, null, '确定能', null, 20],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '—', '92%', null, null, '确定能', null, 30],
  ]) ind.addRow(r);
  return { name: '就业-监控表1至6月.xlsx', bytes: await buf(wb), shape: 'monitoring workbook: 监控截止月份 6, 1-6月拨付, 1-6月完成情况, 全年预计完成情况, 偏差原因类别, 完成目标可能性', truth: truthOf(rs) };
}

/** A ledger as .xlsm (its content type says macros, a vbaProject.bin beside it). */
async function xlsm(): Promise<CorpusFile> {
  const rs = rows('kj', 10, ['克拉玛依市', '塔城地区'], [2019], 36_007);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
  for (const x of rs) ws.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const ct = (await zip.file('[Content_Types].xml')!.async('string'))
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
    .replace('<Default Extension="xml"', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"');
  zip.file('[Content_Types].xml', ct);
  zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>');
  zip.file('xl/_rels/workbook.xml.rels', rels);
  return { name: '科技-带宏.xlsm', bytes: new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })), shape: '.xlsm (macroEnabled content type, vbaProject.bin)', truth: truthOf(rs) };
}

/**
 * A ledger whose amounts are formulas linking another workbook ([1]分配表!F3, cached values only) with the
 * externalLink part, and a pivot table's cache beside it.
 */
async function externalLinks(): Promise<CorpusFile> {
  const rs = rows('ny', 8, ['喀什地区', '和田地区'], [2019, 2018], 36_008);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
  rs.forEach((x, i) => ws.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), { formula: `[1]分配表!F${i + 3}`, result: wan(x.approved) }, { formula: `[1]分配表!G${i + 3}`, result: wan(x.disbursed) }]));
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file('xl/externalLinks/externalLink1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="分配表"/></sheetNames><sheetDataSet><sheetData sheetId="0"/></sheetDataSet></externalBook></externalLink>');
  zip.file('xl/externalLinks/_rels/externalLink1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///D:/2019年/资金分配表.xlsx" TargetMode="External"/></Relationships>');
  zip.file('xl/pivotCache/pivotCacheDefinition1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A1:H9" sheet="项目台账"/></cacheSource><cacheFields count="1"><cacheField name="地州市" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>');
  const ct = (await zip.file('[Content_Types].xml')!.async('string')).replace('</Types>', '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/><Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/></Types>');
  zip.file('[Content_Types].xml', ct);
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).replace('</Relationships>', '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/><Relationship Id="rIdPc1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>');
  zip.file('xl/_rels/workbook.xml.rels', rels);
  let wx = await zip.file('xl/workbook.xml')!.async('string');
  wx = wx.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>').replace(/<calcPr[^>]*\/>/, (m) => `${m}<pivotCaches><pivotCache cacheId="1" r:id="rIdPc1"/></pivotCaches>`);
  if (!wx.includes('<pivotCaches>')) wx = wx.replace('</workbook>', '<pivotCaches><pivotCache cacheId="1" r:id="rIdPc1"/></pivotCaches></workbook>');
  zip.file('xl/workbook.xml', wx);
  return { name: '农业-外部链接.xlsx', bytes: new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })), shape: 'amounts as formulas into another workbook ([1]分配表!F3, cached values), externalLink part, a pivot cache', truth: truthOf(rs) };
}

export async function unseenCorpus2(): Promise<CorpusFile[]> {
  return [await threeRowHeader(), await handWritten(), await fourteenSheets(), await mergedIndicators(), await monitorJune(), await xlsm(), await externalLinks()];
}

writeWhenRun(module, 'unseen-corpus2', unseenCorpus2);
