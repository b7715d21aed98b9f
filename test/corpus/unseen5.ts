/**
 * A fifth corpus of files nobody on the team has seen (unseen.ts … unseen4.ts are the first four), in shapes none of
 * them holds: a ledger grouped by prefecture whose groups open with a row numbered 一、二、… in 序号 naming the
 * prefecture beside its subtotal (no 地州市 column), under a 合计 at the top; 一 新上项目 / 二 结转项目 section rows; 地州市 and 承担单位 merged down over the projects they share; a workbook whose hidden sheets keep last
 * month's 项目台账 and 绩效指标 before the revised ones; a ledger laid out across (one project a column); an indicator
 * table whose targets sit in 「」 and are written against last year (不低于上年, 较上年提高5个百分点); the amounts' unit
 * only in the title (（单位：元）) over bare headers.
 *
 * Each file comes with what a finance officer reads in it (its truth), computed from the rows written, never typed
 * in. `node -r tsx/cjs test/corpus/unseen5.ts DIR` writes the files to look at.
 */
import ExcelJS from 'exceljs';
import { rows, truthOf, wan, buf, yuan, sumOf, type CorpusFile, writeWhenRun } from './unseen';


/**
 * 农业: grouped by prefecture with no 地州市 column — each group opens with a row whose 序号 is 一、二、… and whose
 * 项目名称 cell names the prefecture, its money cells the group's subtotal; a 合计 row right under the header.
 */
async function groupRows(): Promise<CorpusFile> {
  const prefectures = ['阿克苏地区', '喀什地区', '和田地区'];
  const rs = rows('ny', 15, prefectures, [2020, 2019], 39_001);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('分配表');
  ws.addRow(['2020年度南疆林果业专项资金项目台账']);
  ws.mergeCells(1, 1, 1, 8);
  ws.addRow(['序号', '项目名称', '项目编号', '承担单位', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
  ws.addRow(['合计', null, null, null, null, wan(sumOf(rs, 'total')), wan(sumOf(rs, 'approved')), wan(sumOf(rs, 'disbursed'))]);
  const numerals = '一二三四五六七八九十';
  prefectures.forEach((p, k) => {
    const mine = rs.filter((x) => x.region === p);
    ws.addRow([`${numerals[k]}、`, p, null, null, null, wan(sumOf(mine, 'total')), wan(sumOf(mine, 'approved')), wan(sumOf(mine, 'disbursed'))]);
    mine.forEach((x, i) => ws.addRow([i + 1, x.name, x.id, x.unit, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]));
  });
  return { name: '农业-地州分组行带小计.xlsx', bytes: await buf(wb), shape: 'grouped by prefecture: a row 一、| 阿克苏地区 | subtotal opens each group, no 地州市 column, 合计 under the header', truth: truthOf(rs) };
}

/** 科技: rows sorted by prefecture, 地州市 merged down over each prefecture's projects and 承担单位 over a unit's run. */
async function mergedDown(): Promise<CorpusFile> {
  const prefectures = ['乌鲁木齐市', '昌吉回族自治州', '克拉玛依市'];
  const base = rows('kj', 14, prefectures, [2020, 2019], 39_002);
  const rs = prefectures.flatMap((p) => base.filter((x) => x.region === p)).map((x, i) => ({ ...x, unit: ['新疆大学', '新疆农业大学', '石河子大学'][Math.floor(i / 3) % 3] }));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度自治区重点研发专项资金项目台账']);
  ws.mergeCells(1, 1, 1, 8);
  ws.addRow(['地州市', '承担单位', '项目编号', '项目名称', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
  rs.forEach((x) => ws.addRow([x.region, x.unit, x.id, x.name, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]));
  for (const col of [1, 2]) {
    let start = 0;
    for (let i = 1; i <= rs.length; i++) {
      const key = (j: number): string => (col === 1 ? rs[j].region : `${rs[j].region}/${rs[j].unit}`);
      if (i < rs.length && key(i) === key(start)) continue;
      if (i - 1 > start) {
        for (let j = start + 1; j < i; j++) ws.getCell(3 + j, col).value = null;
        ws.mergeCells(3 + start, col, 3 + i - 1, col);
      }
      start = i;
    }
  }
  return { name: '科技-地州市合并单元格.xlsx', bytes: await buf(wb), shape: '地州市 merged down over each prefecture’s projects, 承担单位 over a unit’s run (the value in the top cell only)', truth: truthOf(rs) };
}

/** The indicators of 商务's revised workbook (the hidden old copy has other targets). */
export const REVISED_INDICATORS: ReadonlyArray<readonly [string, string, string, string, string, number]> = [
  ['产出指标', '数量指标', '支持县域商业体系建设项目', '≥12个', '12个', 50],
  ['效益指标', '经济效益指标', '带动农产品销售额', '≥3000万元', '3260万元', 30],
  ['满意度指标', '服务对象满意度指标', '项目单位满意度', '≥90%', '95%', 10],
];

/**
 * 商务: the ledger and its indicators as revised in December (项目台账（12月修订）, 绩效指标（修订）), and the old
 * 项目台账 and 绩效指标 hidden in front of them (9 of the 12 projects, half paid; other targets).
 */
async function hiddenOld(): Promise<CorpusFile> {
  const rs = rows('sw', 12, ['喀什地区', '和田地区', '哈密市'], [2020, 2019], 39_003);
  const header = ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）'];
  const title = ['2020年度商务发展专项资金项目台账'];
  const wb = new ExcelJS.Workbook();
  const old = wb.addWorksheet('项目台账', { state: 'hidden' });
  old.addRow(title);
  old.addRow(header);
  for (const x of rs.slice(0, 9)) old.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(Math.floor(x.disbursed / 2 / 100) * 100)]);
  const oldInd = wb.addWorksheet('绩效指标', { state: 'hidden' });
  oldInd.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值']);
  oldInd.addRow(['产出指标', '数量指标', '支持县域商业体系建设项目', '≥15个', '9个', 100]);
  const ws = wb.addWorksheet('项目台账（12月修订）');
  ws.addRow(title);
  ws.addRow(header);
  for (const x of rs) ws.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
  const ind = wb.addWorksheet('绩效指标（修订）');
  ind.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值']);
  for (const r of REVISED_INDICATORS) ind.addRow([...r]);
  return { name: '商务-隐藏旧版台账.xlsx', bytes: await buf(wb), shape: 'the revised 项目台账（12月修订） and 绩效指标（修订）, the old 项目台账 and 绩效指标 hidden before them (9 of 12 projects, half paid)', truth: truthOf(rs) };
}

/** 文旅: the ledger across — the labels down column A (项目编号 … 本年拨付), one project per column. */
async function across(): Promise<CorpusFile> {
  const rs = rows('wl', 6, ['吐鲁番市', '哈密市'], [2020], 39_004);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目情况');
  ws.addRow(['2020年度乡村旅游专项资金项目情况表']);
  ws.addRow(['项目编号', ...rs.map((x) => x.id)]);
  ws.addRow(['项目名称', ...rs.map((x) => x.name)]);
  ws.addRow(['承担单位', ...rs.map((x) => x.unit)]);
  ws.addRow(['地州市', ...rs.map((x) => x.region)]);
  ws.addRow(['立项年度', ...rs.map((x) => x.date.y)]);
  ws.addRow(['项目总投资（万元）', ...rs.map((x) => wan(x.total))]);
  ws.addRow(['财政支持资金（万元）', ...rs.map((x) => wan(x.approved))]);
  ws.addRow(['本年拨付（万元）', ...rs.map((x) => wan(x.disbursed))]);
  return { name: '文旅-项目横排.xlsx', bytes: await buf(wb), shape: 'a ledger across: labels down column A, one project per column', truth: { projects: 0, approved: 0, disbursed: 0, years: {} } };
}

/** One indicator as the prefecture writes it: the target in 「」 or against last year. */
export interface RelativeIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: number;
}

export const RELATIVE_INDICATORS: ReadonlyArray<RelativeIndicator> = [
  { level1: '产出指标', level2: '数量指标', name: '支持乡村旅游重点村', target: '「≥10个」', actual: '12个', weight: 20 },
  { level1: '产出指标', level2: '质量指标', name: '项目验收合格率', target: '『≥95%』', actual: '100%', weight: 15 },
  { level1: '产出指标', level2: '时效指标', name: '资金拨付及时率', target: '「100%」', actual: '100%', weight: 15 },
  { level1: '效益指标', level2: '经济效益指标', name: '乡村旅游收入', target: '不低于上年', actual: '较上年增长8%', weight: 15 },
  { level1: '效益指标', level2: '社会效益指标', name: '带动就业人数', target: '较上年提高5个百分点', actual: '提高6个百分点', weight: 15 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '游客满意度', target: '「≥90%」', actual: '93%', weight: 10 },
];

/** 文旅, the whole workbook: 配置, a ledger, 绩效指标 with 「≥95%」 and targets against last year. */
async function relativeTargets(): Promise<CorpusFile> {
  const rs = rows('wl', 6, ['吐鲁番市'], [2020], 39_005);
  const wb = new ExcelJS.Workbook();
  const cfg = wb.addWorksheet('配置');
  const budget = wan(sumOf(rs, 'approved'));
  for (const r of [['参数', '值'], ['项目名称', '乡村旅游发展专项资金'], ['预算单位', '吐鲁番市文化体育广播电视和旅游局'], ['评价年度', 2020], ['金额单位', '万元'], ['年初预算数', budget], ['全年预算数', budget]]) cfg.addRow(r);
  const led = wb.addWorksheet('项目台账');
  led.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
  for (const x of rs) led.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.approved)]);
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值']);
  for (const i of RELATIVE_INDICATORS) ind.addRow([i.level1, i.level2, i.name, i.target, i.actual, i.weight]);
  const truth = { ...truthOf(rs), disbursed: sumOf(rs, 'approved') };
  return { name: '文旅-指标值带括号与上年比.xlsx', bytes: await buf(wb), shape: '绩效指标 with targets in 「」/『』 and against last year (不低于上年, 较上年提高5个百分点)', truth };
}

/** 商务: the unit only in the title's parentheses (（单位：元）), bare 项目总投资 / 财政支持资金 / 本年拨付 headers, 元 numbers. */
async function unitInTitle(): Promise<CorpusFile> {
  const rs = rows('sw', 10, ['伊犁哈萨克自治州', '塔城地区'], [2020, 2019], 39_007, true);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度自治区外经贸发展专项资金项目台账（单位：元）']);
  ws.mergeCells(1, 1, 1, 8);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
  for (const x of rs) ws.addRow([x.id, x.name, x.unit, x.region, x.date.y, yuan(x.total), yuan(x.approved), yuan(x.disbursed)]);
  return { name: '商务-标题注明单位元.xlsx', bytes: await buf(wb), shape: 'the unit only in the title: …项目台账（单位：元）, bare money headers, 元 with 分', truth: truthOf(rs) };
}

/** 科技: 一、新上项目 / 二、结转项目 section rows (序号 in Chinese numerals, the words in 项目名称, no amounts). */
async function sections(): Promise<CorpusFile> {
  const rs = rows('kj', 12, ['乌鲁木齐市', '哈密市'], [2020, 2019, 2018], 39_008);
  const fresh = rs.filter((x) => x.date.y === 2020);
  const carried = rs.filter((x) => x.date.y !== 2020);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度自治区科技成果转化专项资金项目台账']);
  ws.addRow(['序号', '项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
  ws.addRow(['一', null, '新上项目', null, null, null, null, null, null]);
  fresh.forEach((x, i) => ws.addRow([i + 1, x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]));
  ws.addRow(['二', null, '结转项目', null, null, null, null, null, null]);
  carried.forEach((x, i) => ws.addRow([i + 1, x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]));
  return { name: '科技-新上结转分节.xlsx', bytes: await buf(wb), shape: '一 新上项目 / 二 结转项目 section rows with no amounts, 序号 restarting under each', truth: truthOf(rs) };
}

export async function unseenCorpus5(): Promise<CorpusFile[]> {
  return [await groupRows(), await mergedDown(), await hiddenOld(), await across(), await relativeTargets(), await unitInTitle(), await sections()];
}

writeWhenRun(module, 'unseen-corpus5', unseenCorpus5);
