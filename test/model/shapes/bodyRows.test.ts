/**
 * Sweep A4: rows of a ledger's body that are not projects — a 栏次 row and a unit row under the
 * header, `其中：` lines, notes and signature lines under the table, block titles and the header
 * written again — are not read as projects, whatever column they are written in; the rows that hold
 * numbers are named in an info finding (S009). Each shape is the sample reshaped: it must give the
 * plain sample's check, figures and 自评表.
 */
import type { CellValue, GridSheet } from '../../../src/model/grid';
import { LEDGER_HEADERS, LEDGER_TITLE, SAMPLE_SHEETS, sampleWorkbookGrid } from '../../../src/model/sample';
import { formatFinding } from '../../../src/model/messages';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { readTable } from '../../../src/model/read/table';
import { LEDGER_COLUMNS } from '../../../src/model/read/columns';
import { ledgerWithAbove, withLedger } from '../../support/shapes';
import { expectSameAsSample, plainSample } from './expect';

const W = LEDGER_HEADERS.length;
const col = (key: string): number => LEDGER_HEADERS.findIndex(([k]) => k === key);
const row = (cells: Record<number, CellValue>, width = W): CellValue[] => Array.from({ length: width }, (_, c) => cells[c] ?? null);

/** The plain ledger under a title (header on row 2), with `under` right under the header and `after` after the last project. */
function ledger(under: CellValue[][], after: CellValue[][] = [], unit: '万元' | '元' = '万元'): GridSheet {
  const base = ledgerWithAbove([[LEDGER_TITLE]], unit);
  const [title, header, ...body] = base.values;
  return { ...base, values: [title, header, ...under, ...body, ...after] };
}

/** The same with a 序号 column in front (a number per project), as many forms have. */
function withSerial(sheet: GridSheet, after: CellValue[][]): GridSheet {
  const [title, header, ...body] = sheet.values;
  return { ...sheet, values: [['', ...title], ['序号', ...header], ...body.map((r, i) => [i + 1, ...r]), ...after] };
}

describe('a column-number (栏次) row under the header', () => {
  const numbers: ReadonlyArray<readonly [string, CellValue[]]> = [
    ['1..n as numbers', LEDGER_HEADERS.map((_, i) => i + 1)],
    ['(1)..(n) as text', LEDGER_HEADERS.map((_, i) => `(${i + 1})`)],
    ['（1）..（n） full-width', LEDGER_HEADERS.map((_, i) => `（${i + 1}）`)],
    ['甲 乙 then 1..n-2', LEDGER_HEADERS.map((_, i) => (i === 0 ? '甲' : i === 1 ? '乙' : i - 1))],
    ['A B C … as letters (sweep 31: read as a project with 15 findings)', LEDGER_HEADERS.map((_, i) => String.fromCharCode(65 + i))],
    ['栏次 then a b c …', LEDGER_HEADERS.map((_, i) => (i === 0 ? '栏次' : String.fromCharCode(96 + i)))],
  ];
  it.each(numbers)('%s: not a project, reported once as S009 at its first cell', (_, cells) => {
    const e = expectSameAsSample(withLedger(ledger([cells])), ['S009']);
    const s009 = e.findings.filter((f) => f.rule === 'S009');
    expect(s009.map((f) => [f.row, f.col])).toEqual(typeof cells[2] === 'number' ? [[2, 0]] : []);
    expect(e.check.ledger!.table.skipped.map((k) => [k.row, k.kind])).toEqual([[2, 'columnNumbers']]);
  });
  it('numbers that skip one, or start at 2, are a project row like any other (read, checked)', () => {
    const gap = LEDGER_HEADERS.map((_, i) => (i < 5 ? i + 1 : i + 2));
    const e = evaluateWorkbook(withLedger(ledger([gap])), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledger!.projects).toHaveLength(170);
  });
});

describe('a unit row under the header', () => {
  const units = (u: string): CellValue[] =>
    LEDGER_HEADERS.map(([k]) => (['totalInvestment', 'approved', 'priorDisbursed', 'disbursed', 'socialInvestment'].includes(k) ? u : k === 'newPatents' ? '（件）' : k === 'trainees' ? '(人次)' : null));
  it('`（万元）` cells: not a project', () => {
    const e = expectSameAsSample(withLedger(ledger([units('（万元）')])));
    expect(e.check.ledger!.table.skipped.map((k) => k.kind)).toEqual(['units']);
  });
  it('`（元）` cells give their columns the unit 元, as the header would: amounts in 元 read exactly', () => {
    const e = expectSameAsSample(withLedger(ledger([units('（元）')], [], '元')));
    expect(e.check.ledger!.units.approved).toBe('元');
  });
  it('after a 栏次 row (both skipped), `【元】` in square brackets', () => {
    const e = expectSameAsSample(withLedger(ledger([LEDGER_HEADERS.map((_, i) => `(${i + 1})`), units('【元】')], [], '元')));
    expect(e.check.ledger!.table.skipped.map((k) => k.kind)).toEqual(['columnNumbers', 'units']);
  });
});

describe('notes and signature lines', () => {
  const footer = (at: number): CellValue[][] => [
    [],
    row({ [at]: '填表人：张三', [at + 3]: '审核人：李四', [at + 6]: '联系电话：0991-1234567' }),
    row({ [at]: '注：1.金额单位为万元；2.本表一式两份。' }),
    row({ [at]: '单位负责人：王五' }),
  ];
  it.each([0, 1])('a footer starting in column %p (项目编号 or 项目名称): not projects, no finding (they hold no numbers)', (at) => {
    const e = expectSameAsSample(withLedger(ledger([], footer(at))));
    expect(e.check.ledger!.table.skipped.map((k) => k.kind)).toEqual(['note', 'note', 'note']);
  });
  // stop 37 (review37, unseen37): a sender's or signer's line without the colon 14ac7f5 asked for, or of a role it did not
  // list, read as a project with L002 on every required field; `合计见附表` was taken for a total row.
  const senders = [
    '报送单位：自治区知识产权局',
    '编制单位：自治区财政厅',
    '填报单位 自治区科学技术厅',
    '填表人',
    '审核人',
    '联系电话',
    '报送日期：2019年1月10日',
    '编制人：赵六',
    '分管领导：钱七',
    '财务负责人 孙八',
    '单位（盖章）',
    '联系方式：13899999999',
    '合计见附表',
    '小计：详见附件2',
  ];
  it.each([0, 1])('sender and signature lines of any wording, in column %p: notes, no project, no total, no finding', (at) => {
    const e = expectSameAsSample(withLedger(ledger([], senders.map((t) => row({ [at]: t })))));
    expect(e.check.ledger!.table.skipped.map((k) => [k.label, k.kind])).toEqual(senders.map((t) => [t, 'note']));
    expect(e.check.ledger!.table.totals).toEqual([]);
  });
  // stop 38 (messages38's Left): the sender's and approver's lines of a prefecture's form — 上报单位（公章）：, 审批人：, 核对：张三,
  // 手机：139… — were projects with L002 on every required field (jx check on the sample with 26 such lines: 194 projects, 225 errors).
  const approvers = [
    '上报单位（公章）：',
    '上报单位：伊犁州财政局',
    '上报日期：2019年1月10日',
    '审批人：',
    '审批：李四',
    '审定：',
    '批准人：',
    '核对：张三',
    '核对人：王五',
    '核对日期：2019-01-10',
    '校对：',
    '复核：赵六',
    '经办：',
    '主管领导：',
    '主要负责人：',
    '手机：13912345678',
    '手机号码 13912345678',
    '电子邮箱：a@b.cn',
    '传真：0991-1234567',
    '公章',
    '（公章）',
    '单位公章：',
    '签字：',
    '签章：',
  ];
  it.each([0, 1])('上报/审批/核对/手机/公章 lines, in column %p: notes, no project, no finding', (at) => {
    const e = expectSameAsSample(withLedger(ledger([], approvers.map((t) => row({ [at]: t })))));
    expect(e.check.ledger!.table.skipped.map((k) => [k.label, k.kind])).toEqual(approvers.map((t) => [t, 'note']));
  });
  // stop 39's Left: a bare verb, a space for its colon and who (核对 张三) was a project, with L002 on every required field
  const spaced = ['核对 张三', '审核 李四', '复核\u3000王五', '编制  赵六', '审批 钱七 2019年1月10日'];
  it.each([0, 1])('`核对 张三`, `审核 李四` (a space for the colon), in column %p: notes, no project, no finding', (at) => {
    const e = expectSameAsSample(withLedger(ledger([], spaced.map((t) => row({ [at]: t })))));
    expect(e.check.ledger!.table.skipped.map((k) => [k.label, k.kind])).toEqual(spaced.map((t) => [t, 'note']));
  });
  it('a project named 核对系统建设 (no space) with its money and no unit stays a project (L002 names the unit)', () => {
    const e = evaluateWorkbook(withLedger(ledger([], [row({ [col('name')]: '核对系统建设', [col('approved')]: 10, [col('disbursed')]: 5 })])), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledger!.projects).toHaveLength(170);
    expect(e.check.ledger!.table.skipped).toEqual([]);
    expect(e.findings.some((f) => f.rule === 'L002' && f.row === 2 + 169 && f.col === col('unit'))).toBe(true);
  });
  // stop 40's Left (review40): no 项目编号, a name opening with a signer's or seal word, money in the amount columns — the
  // row was a signature line, its money only in S009 (jx check: 169 projects and five S009 for 174 rows of projects).
  const runOn = ['审批人员培训', '联系人管理系统', '负责人能力提升培训', '制表软件升级', '公章管理系统建设', '签字笔生产线', '部门负责人培训'];
  it.each(runOn)('%p with its money and no 项目编号 or 承担单位 is a project (L002 names them), not a signature line', (name) => {
    const e = evaluateWorkbook(withLedger(ledger([], [row({ [col('name')]: name, [col('approved')]: 10, [col('disbursed')]: '5' })])), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledger!.projects).toHaveLength(170);
    expect(e.check.ledger!.table.skipped).toEqual([]);
    expect(e.findings.filter((f) => f.rule === 'L002' && f.row === 2 + 169).map((f) => f.col)).toEqual(expect.arrayContaining([col('id'), col('unit')]));
  });
  it('footers stay notes whatever number sits under an amount column: a phone (10+ digits), or after a label\'s colon, space or digits', () => {
    const footers = [
      row({ [col('name')]: '制表人：张三', [col('region')]: '联系电话：0991-1234567' }),
      row({ [col('name')]: '审核人：李四 2020年3月5日' }),
      row({ [col('name')]: '单位负责人：' }),
      row({ [col('name')]: '核对 张三', [col('approved')]: 20 }),
      row({ [col('id')]: '填报单位（盖章）', [col('disbursed')]: 3 }),
      row({ [col('name')]: '填表人张三', [col('priorDisbursed')]: '手机', [col('disbursed')]: 13912345678 }),
      row({ [col('name')]: '联系电话', [col('approved')]: 9911234567 }),
      row({ [col('name')]: '联系人王五', [col('approved')]: '0991-1234567' }),
      row({ [col('name')]: '联系电话0991-1234567', [col('approved')]: 1234567 }),
      row({ [col('name')]: '公章', [col('approved')]: 1 }),
      row({ [col('name')]: '其中：新上项目', [col('approved')]: 1335 }),
    ];
    const e = expectSameAsSample(withLedger(ledger([], footers)), ['S009']);
    expect(e.check.ledger!.table.skipped.map((k) => k.kind)).toEqual([...footers.slice(1).map(() => 'note'), 'breakdown']);
  });
  it('a footer of label and value pairs across the row (`填表人：` | 张三 | … | `核对：` | 王五): a note, its values under required columns included', () => {
    const pairs = [
      row({ 0: '上报单位（公章）：', 1: '伊犁州财政局', [col('cohortYear')]: '审批人：', [col('cohortYear') + 1]: '李四', [col('legalStatus') - 1]: '核对：', [col('legalStatus')]: '王五' }),
      row({ 0: '填表人：', 1: '张三', [col('region')]: '联系电话：', [col('region') + 1]: '0991-1234567' }),
      row({ 1: '审批人：', [col('unit')]: '李四', [col('disbursed')]: '手机：', [col('disbursed') + 1]: 13912345678 }),
    ];
    const e = expectSameAsSample(withLedger(ledger([], pairs)), ['S009']);
    expect(e.check.ledger!.table.skipped.map((k) => k.kind)).toEqual(['note', 'note', 'note']);
    // the number typed after 手机： is named as left out (S009, info), as any note's number is
    expect(e.findings.filter((f) => f.rule === 'S009').map((f) => f.row)).toEqual([2 + 169 + 2]);
  });
  it('a project named with those words and its unit filled is a project; a label without its colon names no value', () => {
    const named = ['审批系统建设', '核对人员培训', '手机配件专利产业化', '公章防伪技术', '编制单位'].map((name) => row({ [col('name')]: name, [col('unit')]: '某公司', [col('approved')]: 10 }));
    const e = evaluateWorkbook(withLedger(ledger([], named)), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledger!.projects).toHaveLength(174);
    expect(e.check.ledger!.table.skipped).toEqual([]);
  });
  it('a 合计 with its figures is still a total; a project whose name opens with those words and has its unit is a project (L002)', () => {
    const named = ['编制单位', '审核人员培训基地建设', '合计见效快的节水灌溉'].map((name) => row({ [col('name')]: name, [col('unit')]: '某公司', [col('approved')]: 10 }));
    const e = evaluateWorkbook(withLedger(ledger([], [...named, row({ 0: '合计：', [col('approved')]: 4991 })])), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledger!.projects).toHaveLength(172);
    expect(e.check.ledger!.table.totals).toHaveLength(1);
  });
  it('a footer in the 序号 column of a ledger that has one', () => {
    const sheet = withSerial(ledger([]), footer(0).map((r) => [...r, null]));
    const e = expectSameAsSample(withLedger(sheet)); // 序号 is known, no field: no S004
    expect(e.check.ledger!.table.skipped).toHaveLength(3);
  });
  it.each([
    ['in 项目名称', 1],
    ['in 项目编号', 0],
  ])('`其中：新上项目` with amounts, %s: not a project; S009 names the cell and the numbers left out', (_, at) => {
    const q = row({ [at]: '其中：新上项目', [col('approved')]: 1335, [col('disbursed')]: 160 });
    const e = expectSameAsSample(withLedger(ledger([], [q])), ['S009']);
    const s009 = e.findings.filter((f) => f.rule === 'S009');
    expect(s009).toHaveLength(1);
    expect([s009[0].row, s009[0].col]).toEqual([2 + 169, at]);
    // a breakdown of the row above, said so: stop 40 (unseen40) called it a 说明或签字行 (note or signature line)
    expect(e.check.ledger!.table.skipped.map((k) => k.kind)).toEqual(['breakdown']);
    const text = formatFinding(s009[0], 'zh-CN');
    expect(text).toBe('此行是“其中”分项行（“其中：新上项目”），不作为项目或指标读取，行中的数字未计入：财政支持资金 1335、本年拨付 160。');
    expect(formatFinding(s009[0], 'en-US')).toBe('This row is a breakdown row ("of which") ("其中：新上项目") and is not read as a record; its numbers are not counted: 财政支持资金 1335, 本年拨付 160.');
  });
  it('a row with a project ID is read whatever its name says (其中…, 注…)', () => {
    const sheet = ledger([]);
    const values = sheet.values.map((r) => [...r]);
    values[3][col('name')] = '其中：注塑模具国产化';
    values[4][col('unit')] = '注：新疆某公司';
    const e = evaluateWorkbook(withLedger({ ...sheet, values }), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledger!.projects).toHaveLength(169);
    expect(e.check.ledger!.table.skipped).toEqual([]);
  });
  it('a row without an ID but with a project\'s name and unit is a project (L002), not a note', () => {
    const sheet = ledger([], [row({ [col('name')]: '注塑模具国产化', [col('unit')]: '某公司', [col('approved')]: 10 })]);
    const e = evaluateWorkbook(withLedger(sheet), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledger!.projects).toHaveLength(170);
    expect(e.findings.some((f) => f.rule === 'L002' && f.row === 2 + 169)).toBe(true);
  });
});

describe('one sheet in blocks (一、新上项目 / 二、结转项目), the header written again', () => {
  it.each([
    ['一、新上项目', '二、结转项目'],
    ['（一）新上项目（49个）', '（二）结转项目（120个）'],
  ])('%s … %s: titles and the repeated header are not projects', (first, second) => {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const values = [row({ 0: first }), header, ...body.slice(0, 60), [], row({ 0: second }), [...header], ...body.slice(60)];
    const e = expectSameAsSample(withLedger({ ...base, values }));
    expect(e.check.ledger!.table.skipped.map((k) => k.kind)).toEqual(['title', 'header']);
  });
});

describe('the header written again mid-ledger as people retype it (review33)', () => {
  // `项目编号 ` (a trailing space) or `序号` over the 项目编号 column: the row was read as a project, 15 L003/L006/L010
  // errors on its header words (/tmp/r32/h4.csv, h5.csv through jx check).
  it.each([
    ['项目编号 ', 'a trailing space'],
    ['项目编号\u3000', 'a full-width space'],
    ['序号', 'another form\'s first column'],
  ])('%j (%s): not a project', (first) => {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const again = header.map((v, c) => (c === 0 ? first : v));
    const values = [header, ...body.slice(0, 60), again, ...body.slice(60)];
    const e = expectSameAsSample(withLedger({ ...base, values }));
    expect(e.check.ledger!.table.skipped.map((k) => k.kind)).toEqual(['header']);
  });
});

describe('a 项目编号 that opens as a header text does', () => {
  it('`项目编号1`, `项目-2` …: projects, not the header again (the look-up past the first character answers)', () => {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const id = col('id');
    const values = [header, ...body.map((r, i) => r.map((v, c) => (c === id ? (i % 2 ? `项目编号${i}` : `项目-${i}`) : v)))];
    const e = evaluateWorkbook(withLedger({ ...base, values }), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledger!.projects).toHaveLength(body.length);
    expect(e.check.ledger!.table.skipped).toEqual([]);
  });
});

describe('a ledger grouped by prefecture or cohort, each block under a title row without numbering (sweep 31)', () => {
  /** The sample's rows in blocks of one 地州市 each, under a title row `title(region, count)` in column `at`. */
  function grouped(title: (region: string, count: number) => string, at = 0, mergedAcross = false): GridSheet {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const by = new Map<string, ReadonlyArray<CellValue>[]>();
    for (const r of body) {
      const region = String(r[col('region')]);
      by.set(region, [...(by.get(region) ?? []), r]);
    }
    const values: ReadonlyArray<CellValue>[] = [header];
    const merges = [];
    for (const [region, rows] of by) {
      if (mergedAcross) merges.push({ top: values.length, left: 0, bottom: values.length, right: W - 1 });
      values.push(row({ [at]: title(region, rows.length) }));
      values.push(...rows);
    }
    return { ...base, values, ...(merges.length ? { merges } : {}) };
  }
  const short: Record<string, string> = { 伊犁哈萨克自治州: '伊犁州', 巴音郭楞蒙古自治州: '巴州', 乌鲁木齐市: '乌市', 昌吉回族自治州: '昌吉州' };
  it.each([
    ['the official name in 项目编号\'s column', (r: string) => r, 0, false],
    ['a short form with its count, in 项目名称\'s column', (r: string, n: number) => `${short[r] ?? r}（${n}个）`, 1, false],
    ['the name and a colon, merged across the row', (r: string) => `${r}：`, 0, true],
  ] as const)('%s: the title rows are not projects', (_, title, at, merged) => {
    const e = expectSameAsSample(withLedger(grouped(title, at, merged)));
    expect(e.check.ledger!.table.skipped.map((k) => k.kind)).toEqual(Array(14).fill('title'));
  });
  it('without a 地州市 column, each block\'s title gives its projects their 地州市 (a short form its official name)', () => {
    const sheet = grouped((r, n) => `${short[r] ?? r}（${n}个）`, 0);
    const drop = (r: ReadonlyArray<CellValue>): CellValue[] => r.filter((_, c) => c !== col('region'));
    const e = expectSameAsSample(withLedger({ ...sheet, values: sheet.values.map(drop) }));
    const p = plainSample().check.ledger!.projects;
    const byId = new Map(p.map((x) => [x.id, x.region]));
    expect(e.check.ledger!.projects.every((x) => x.region === byId.get(x.id))).toBe(true);
  });
  it('without a 地州市 column, a project above the first title leaves the column missing (S002)', () => {
    const sheet = grouped((r) => r, 0);
    const drop = (r: ReadonlyArray<CellValue>): CellValue[] => r.filter((_, c) => c !== col('region'));
    const [header, title, first, ...rest] = sheet.values.map(drop);
    const e = evaluateWorkbook(withLedger({ ...sheet, values: [header, first, title, ...rest] }), { layout: '2020', generatedAt: 'T' });
    expect(e.findings.filter((f) => f.rule === 'S002').map((f) => f.params)).toMatchObject([{ field: '地州市' }]);
  });
  it('cohort blocks titled 新上项目 / 结转项目（120个） are not projects', () => {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const values = [header, row({ 0: '新上项目' }), ...body.slice(0, 49), row({ 1: '结转项目（120个）' }), ...body.slice(49)];
    const e = expectSameAsSample(withLedger({ ...base, values }));
    expect(e.check.ledger!.table.skipped.map((k) => k.label)).toEqual(['新上项目', '结转项目（120个）']);
  });
  it.each(['续表', '（续表2）', '续上表', '第2页', '第2页，共5页'])('a printed page\'s line %p and the header again are not projects', (line) => {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const e = expectSameAsSample(withLedger({ ...base, values: [header, ...body.slice(0, 50), row({ 0: line }), header, ...body.slice(50)] }));
    expect(e.check.ledger!.table.skipped.map((k) => k.kind)).toEqual(['title', 'header']);
  });
  // stop 41's Left: the ledger's own title retyped on a continuation page, alone on its row, was a project with nine L002
  it.each([
    ['项目台账(续2)', 0, true],
    [`${LEDGER_TITLE}（续表）`, 0, true],
    [`${LEDGER_TITLE} 续表`, 1, false],
    ['续表一', 0, false],
    ['（续表二）', 1, true],
    ['（接上页）', 0, true],
    ['接上页', 1, false],
    ['续上表', 1, true],
    ['项目明细表（续）', 1, false],
    ['专利实施资金项目清单（续前页） ', 0, true],
  ] as const)('a continuation page\'s title line %p (column %p, the header again after it: %p) is not a project', (line, at, again) => {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const e = expectSameAsSample(withLedger({ ...base, values: [header, ...body.slice(0, 50), row({ [at]: line }), ...(again ? [header] : []), ...body.slice(50)] }));
    expect(e.check.ledger!.table.skipped.map((k) => [k.kind, k.label])).toEqual([['title', line.trim()], ...(again ? [['header', header[0]]] : [])]);
  });
  it('a project whose name ends in a continuation word, or a title with figures beside it, is still a project', () => {
    const sheet = ledger([], [row({ [col('name')]: '乌鲁木齐输电线路建设（续建）' }), row({ [col('name')]: '喀什冷链物流中心（续）', [col('approved')]: 30 }), row({ [col('id')]: 'XJZL2018-090（续表）', [col('name')]: '节水灌溉' })]);
    const e = evaluateWorkbook(withLedger(sheet), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledger!.projects).toHaveLength(169 + 3);
    expect(e.check.ledger!.table.skipped).toEqual([]);
  });
  it('a row with only a project\'s name that starts with a place, or only a 项目编号, is a project (L002)', () => {
    const sheet = ledger([], [row({ [col('name')]: '乌鲁木齐市输电线路巡检机器人专利实施' }), row({ [col('id')]: 'XJZL2018-050' }), row({ [col('id')]: '乌鲁木齐市' })]);
    const e = evaluateWorkbook(withLedger(sheet), { layout: '2020', generatedAt: 'T' });
    // the name is not a 地州市's whole name, XJZL2018-050 names no block: both projects; the lone 乌鲁木齐市 is a title
    expect(e.check.ledger!.projects).toHaveLength(169 + 2);
    expect(e.check.ledger!.table.skipped.map((k) => k.label)).toEqual(['乌鲁木齐市']);
  });
});

// stop 39's Left (f9d7c7e): a row numbered 一、二 in 序号 with one text and figures was a title whatever the text, so a
// project numbered in words, with its money and no 承担单位, was passed over (S009 only). A title with figures names a group.
describe('a row numbered 一、二 in 序号: a section title, or a project numbered in words', () => {
  const serial = (n: string, cells: Record<number, CellValue>): CellValue[] => [n, ...row(cells)];
  it('a group\'s name beside its subtotal (一、| 阿克苏地区, 二 | 疏附县, 三 | 种植类项目) and a section without figures are titles', () => {
    const groups = [
      serial('一、', { [col('name')]: '阿克苏地区', [col('approved')]: 1341, [col('disbursed')]: 585.5 }),
      serial('二', { [col('name')]: '疏附县', [col('approved')]: 20, [col('disbursed')]: '10.5' }),
      serial('（三）', { [col('name')]: '种植类项目', [col('approved')]: 30 }),
      serial('四', { [col('name')]: '结转项目' }),
      serial('五、', { [col('name')]: '其他重点项目' }),
      // stop 40's Left: a district's name, and a group's name with its 小计 in the next cell or written after it, stay titles
      serial('六', { [col('name')]: '达坂城区', [col('approved')]: 60, [col('disbursed')]: 20 }),
      serial('七', { [col('name')]: '伊犁州', [col('unit')]: '小计', [col('approved')]: 400, [col('disbursed')]: 200 }),
      serial('八', { [col('name')]: '伊犁州小计', [col('approved')]: 400 }),
      serial('九、', { [col('name')]: '昌吉州' }),
    ];
    const e = expectSameAsSample(withLedger(withSerial(ledger([]), groups)), ['S009']);
    expect(e.check.ledger!.table.skipped.map((k) => [k.label, k.kind])).toEqual(
      ['阿克苏地区', '疏附县', '种植类项目', '结转项目', '其他重点项目', '达坂城区', '伊犁州', '伊犁州小计', '昌吉州'].map((t) => [t, 'title']),
    );
  });
  // stop 40's Left (9bcfbc3 GROUP_NAME): a zone a project builds, named by its kind and ending in 区/县 like a district, with
  // its money, was a title (S009 only): 现代农业示范区 | 500 | 300 left out of every total.
  it.each(['喀什冷链物流中心建设', '智慧城市', '和田电商产业园区', '现代农业示范区', '经济技术开发区', '电子商务进农村综合示范县', '自然保护区', '叶尔羌河灌区'])('%p numbered 二 with its money and no 承担单位 or 项目编号 is a project (L002 names them)', (name) => {
    const e = evaluateWorkbook(withLedger(withSerial(ledger([]), [serial('二', { [col('name')]: name, [col('approved')]: 300, [col('disbursed')]: 200 })])), { layout: '2020', generatedAt: 'T' });
    const at = 2 + 169;
    expect(e.check.ledger!.projects).toHaveLength(170);
    expect(e.check.ledger!.table.skipped).toEqual([]);
    expect(e.findings.filter((f) => f.rule === 'L002' && f.row === at).map((f) => f.col)).toEqual(expect.arrayContaining([1 + col('id'), 1 + col('unit')]));
  });
  // stop 41's Left: `六 | 合计 | 400` — a total numbered in its own cell — was a project (the total check read only 六)
  const sums = (): Record<number, number> => {
    const body = ledgerWithAbove([]).values.slice(1);
    const sum = (k: string): number => Number(body.reduce((t, r) => t + ((r[col(k)] as number) ?? 0), 0).toFixed(2));
    return { [col('approved')]: sum('approved'), [col('disbursed')]: sum('disbursed') };
  };
  it.each([
    ['六', 'name', '合计', '合计'],
    ['一、', 'id', '合计', '合计'],
    ['（六）', 'name', '小计', '小计'],
    ['七', 'id', '总计', '总计'],
    ['八、', 'name', '全区合计', '合计'],
    ['九', 'name', '合 计：', '合计'],
  ])('%p | %s %p with the sums: a total row, no project, its sums checked (L021)', (n, at, label, kind) => {
    const e = expectSameAsSample(withLedger(withSerial(ledger([]), [serial(n, { [col(at)]: label, ...sums() })])));
    expect(e.check.ledger!.table.totals).toEqual([{ row: 2 + 169, label: kind }]);
    const wrong = evaluateWorkbook(withLedger(withSerial(ledger([]), [serial(n, { [col(at)]: label, ...sums(), [col('disbursed')]: 1 })])), { layout: '2020', generatedAt: 'T' });
    expect(wrong.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.row, f.col])).toEqual([['L021', 2 + 169, 1 + col('disbursed')]]);
  });
  it('a group\'s total numbered so (十 | 伊犁州合计 | 5) stays its group\'s row, as 8f990a7 chose (S009 lists it); 十一 | 合计见附表 is no total', () => {
    const e = evaluateWorkbook(withLedger(withSerial(ledger([]), [serial('十', { [col('name')]: '伊犁州合计', [col('approved')]: 5 }), serial('十一', { [col('name')]: '合计见附表' })])), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledger!.projects).toHaveLength(169);
    expect(e.check.ledger!.table.totals).toEqual([]);
    expect(e.check.ledger!.table.skipped.map((k) => [k.row, k.kind])).toEqual([[2 + 169, 'title'], [3 + 169, 'title']]);
  });
  it('a section row that ends before the 项目编号 column (一 | 新上项目, nothing after: a ragged row as files give it) is a title', () => {
    const values: CellValue[][] = [
      ['序号', '项目名称', '项目编号', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）'],
      ['一', '新上项目'],
      [1, '节水灌溉示范', 'NY2020-001', '某合作社', '喀什地区', 2020, 100, 50, 20],
    ];
    const t = readTable({ name: '项目台账', values }, LEDGER_COLUMNS)!;
    expect(t.bodyRows).toEqual([2]);
    expect(t.skipped.map((k) => [k.row, k.kind, k.label])).toEqual([[1, 'title', '新上项目']]);
  });
});

describe('a project on two rows, its 项目编号 and amounts merged down over the second (sweep 31)', () => {
  it('a second patent on the second row: one project, its amounts counted once (they were counted twice: 1270 of 1200 万元)', () => {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const values: ReadonlyArray<CellValue>[] = [header];
    const merges = [];
    const own = new Set([col('patentNo'), col('patentType'), col('legalStatus')]);
    for (const [i, r] of body.entries()) {
      values.push(r);
      if (i % 20 !== 5) continue;
      for (let c = 0; c < W; c++) if (!own.has(c)) merges.push({ top: values.length - 1, left: c, bottom: values.length, right: c });
      values.push(row({ [col('patentNo')]: '201710736136.2', [col('patentType')]: '发明', [col('legalStatus')]: '有效' }));
    }
    const e = expectSameAsSample(withLedger({ ...base, values, merges }), ['S009']);
    expect(e.check.ledger!.table.skipped.map((k) => k.kind)).toEqual(Array(9).fill('continuation'));
    const s009 = e.findings.filter((f) => f.rule === 'S009');
    expect(s009).toHaveLength(9);
    expect(formatFinding(s009[0])).toBe('此行的项目编号与上一行合并（“XJZL2018-006”），作为该项目的续行读取，不另计为项目（合并的金额只计一次）；此行自填的内容未读取：专利号 201710736136.2、专利类型 发明、法律状态 有效。');
  });
  it('地州市 merged down over the projects of a prefecture leaves every project its own row', () => {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const e = expectSameAsSample(withLedger({ ...base, values: [header, ...body], merges: [{ top: 1, left: col('region'), bottom: 2, right: col('region') }] }), []);
    expect(e.check.ledger!.projects).toHaveLength(169);
  });
});

describe('the foot of an indicator sheet: 总分, 自评等级, 填表说明, signature lines (sweep-read)', () => {
  // The indicator catalogue has no 项目编号, so no row of its body was ever a note: 总分 gave L002 (三级指标为空), and a
  // 填表说明 merged across the table became an indicator of the 自评表 (its text in every column: L003 on 分值 and 得分).
  const withFoot = (foot: (header: ReadonlyArray<CellValue>) => CellValue[][], mergeFrom?: number): ReturnType<typeof sampleWorkbookGrid> => {
    const base = sampleWorkbookGrid();
    return {
      sheets: base.sheets.map((s) => {
        if (s.name !== SAMPLE_SHEETS.indicators) return s;
        const rows = foot(s.values[0]);
        const width = s.values[0].length;
        const merges = mergeFrom === undefined ? s.merges : [...(s.merges ?? []), { top: s.values.length + mergeFrom, left: 0, bottom: s.values.length + mergeFrom, right: width - 1 }];
        return { ...s, values: [...s.values, ...rows], merges };
      }),
    };
  };
  const at = (header: ReadonlyArray<CellValue>, h: string): number => header.indexOf(h);
  it.each([0, 2])('starting in column %p (一级指标 or 三级指标): no indicator, S009 for the row with numbers', (c) => {
    const grid = withFoot((header) => [
      Array.from({ length: header.length }, (_, k) => (k === c ? '总分' : k === at(header, '分值') ? 90 : null)),
      Array.from({ length: header.length }, (_, k) => (k === c ? '自评等级：优' : null)),
      [],
      Array.from({ length: header.length }, (_, k) => (k === c ? '填表说明：1.定量指标按完成比例计分；2.定性指标按达成、部分达成、未达成三档计分。' : null)),
      Array.from({ length: header.length }, (_, k) => (k === c ? '填表人：张三' : k === c + 3 ? '联系电话：0991-1234567' : null)),
    ], c === 0 ? 3 : undefined);
    const e = expectSameAsSample(grid, ['S009']);
    expect(e.check.indicators!.indicators).toHaveLength(7);
    const s009 = e.findings.filter((f) => f.rule === 'S009');
    expect(s009.map((f) => f.row)).toEqual([8]);
    expect(formatFinding(s009[0], 'zh-CN')).toContain('分值 90');
  });
  it('a 三级指标 opening with 其中 or a signature word is an indicator, its categories left blank above (review33)', () => {
    // 7026e24 took 其中：培训贫困户 (its 一级/二级 blank, not merged) for a note: the indicator and its 15 points left out
    // with S009 only, 85 良 for a 100 优 sheet.
    const base = sampleWorkbookGrid();
    const names = ['其中：培训贫困户', '部门负责人满意度'];
    const grid = {
      sheets: base.sheets.map((s) => {
        if (s.name !== SAMPLE_SHEETS.indicators) return s;
        const l3 = s.values[0].indexOf('三级指标');
        return { ...s, values: s.values.map((r, i) => (i === 2 || i === 3 ? r.map((v, k) => (k < l3 ? null : k === l3 ? names[i - 2] : v)) : r)) };
      }),
    };
    const e = evaluateWorkbook(grid, { layout: '2020', generatedAt: 'T' });
    expect(e.check.indicators!.indicators.map((i) => i.level3)).toEqual(expect.arrayContaining(names));
    expect(e.check.indicators!.indicators).toHaveLength(7);
    expect(e.findings.filter((f) => f.rule === 'S009')).toEqual([]);
    // a signature line is still a note there
    const foot = {
      sheets: grid.sheets.map((s) => {
        if (s.name !== SAMPLE_SHEETS.indicators) return s;
        const l3 = s.values[0].indexOf('三级指标');
        return { ...s, values: [...s.values, ...['负责人：李四', '填表人 张三'].map((t) => s.values[0].map((_, k) => (k === l3 ? t : null)))] };
      }),
    };
    expect(evaluateWorkbook(foot, { layout: '2020', generatedAt: 'T' }).check.indicators!.indicators).toHaveLength(7);
  });
  it('制表人/制表单位/制表日期 and a signature word with （签字） stay notes at the foot, in column A or C (review34)', () => {
    // 3abea8c read 制表 followed by anything but a colon as an indicator's name, and gave back the 人 of 制表人 to do
    // so: 制表人：李四 and 制表单位：… became indicators, L002 (三级指标为空) on the foot of the sheet.
    const foot = ['制表人：李四', '制表单位：自治区知识产权局', '制表日期：2019年1月5日', '审核人（签字）：', '单位负责人（签章）：王五'];
    for (const c of [0, 2]) {
      const grid = withFoot((header) => foot.map((t) => Array.from({ length: header.length }, (_, k) => (k === c ? t : k === c + 4 ? '联系电话：0991-1234567' : null))));
      const e = expectSameAsSample(grid, []);
      expect(e.check.indicators!.indicators).toHaveLength(7);
    }
    // a name that opens with those words is still an indicator
    const names = ['制表及时率', '编制单位满意度', '分管领导督办率'];
    const named = withFoot((header) => names.map((n) => Array.from({ length: header.length }, (_, k) => (k === 2 ? n : k === at(header, '分值') ? 0 : null))));
    expect(evaluateWorkbook(named, { layout: '2020', generatedAt: 'T' }).check.indicators!.indicators.map((i) => i.level3)).toEqual(expect.arrayContaining(names));
    // … and a sender's line at the foot, with a space or nothing after its label, is a note there too
    const senders = withFoot((header) => ['报送单位 自治区知识产权局', '编制人', '分管领导：钱七'].map((t) => Array.from({ length: header.length }, (_, k) => (k === 2 ? t : null))));
    expect(evaluateWorkbook(senders, { layout: '2020', generatedAt: 'T' }).check.indicators!.indicators).toHaveLength(7);
    // … and the approver's lines (上报单位（公章）：, 审批人：, 核对：张三, 手机：…), while 审批时限 / 核对准确率 / 手机用户满意度 stay indicators
    const approverFoot = withFoot((header) => ['上报单位（公章）：', '审批人：', '核对：张三', '手机：13912345678', '（公章）'].map((t) => Array.from({ length: header.length }, (_, k) => (k === 2 ? t : null))));
    expect(evaluateWorkbook(approverFoot, { layout: '2020', generatedAt: 'T' }).check.indicators!.indicators).toHaveLength(7);
    const likeApprovers = ['审批时限', '核对准确率', '手机用户满意度', '审批时间缩短率', '公章使用登记率', '签字确认及时率'];
    const namedLike = withFoot((header) => likeApprovers.map((n) => Array.from({ length: header.length }, (_, k) => (k === 2 ? n : k === at(header, '分值') ? 0 : null))));
    expect(evaluateWorkbook(namedLike, { layout: '2020', generatedAt: 'T' }).check.indicators!.indicators.map((i) => i.level3)).toEqual(expect.arrayContaining(likeApprovers));
  });
  it('a 序号 column in front of the indicators is known, no field: no S004 (stop 37 said 有 1 个无法识别的列，已忽略：序号)', () => {
    const base = sampleWorkbookGrid();
    const grid = { sheets: base.sheets.map((s) => (s.name !== SAMPLE_SHEETS.indicators ? s : { ...s, values: s.values.map((r, i) => [i === 0 ? '序号' : i, ...r]), merges: s.merges?.map((m) => ({ ...m, left: m.left + 1, right: m.right + 1 })) })) };
    const e = expectSameAsSample(grid, []);
    expect(e.check.indicators!.indicators).toHaveLength(7);
  });
  it('an indicator named like a note\'s words is still an indicator (its 三级指标 filled)', () => {
    const grid = withFoot((header) => [Array.from({ length: header.length }, (_, k) => (k === 0 ? '总分' : k === 2 ? '总分达标率' : null))]);
    const e = evaluateWorkbook(grid, { layout: '2020', generatedAt: 'T' });
    expect(e.check.indicators!.indicators.map((i) => i.level3)).toContain('总分达标率');
  });
});
