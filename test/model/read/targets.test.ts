/**
 * The target grammar (src/model/read/targets.ts): its own table's examples, the corpus of
 * phrasings people write (≥ 150, every class of the targets issue), Chinese numerals, units and
 * their conversion, actuals, and deadlines judged against a date or 按期/达成.
 */
import { TARGET_GRAMMAR } from '../../../src/model/read/targetGrammar';
import { chineseNumber, convertUnit, isRankTarget, judgeDeadline, parseActualNumber, parseTarget, unitClass, type Target, type TargetContext } from '../../../src/model/read/targets';
import { isMoneyUnit } from '../../../src/model/rules/targets';
import { printTarget } from '../../../src/model/read/targetText';
import { CORPUS, context } from './targets.corpus';

const reads = (text: string, level2?: string): string => printTarget(parseTarget(text, context(level2)).target);

describe('the grammar table', () => {
  // Rows of one length: jest takes a callback parameter beyond the row as `done`.
  const rows = TARGET_GRAMMAR.flatMap((row) => row.examples.map(([written, expected, ctx]) => [row.class, written, expected, ctx ?? {}] as const));
  it.each(rows)('%s: %j reads as %j', (_c, written, expected, ctx) => {
    expect(printTarget(parseTarget(written, ctx).target)).toBe(expected);
  });
});

describe('the corpus of phrasings', () => {
  const rows = Object.entries(CORPUS).flatMap(([cls, rs]) => rs.map(([written, expected, level2]) => [cls, written, expected, level2 ?? ''] as const));

  it('holds at least 150 phrasings, in every class of the issue', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const cls of ['comparison word after a subject', '达到 / 达 / 完成', 'Chinese numerals', 'subject then number', 'comparison words it lacked',
      'time limits and cost caps', 'deadlines', 'several values in one cell', 'line breaks', 'units kept', 'not applicable'])
      expect(CORPUS[cls]?.length).toBeGreaterThan(0);
  });

  it.each(rows)('%s: %j under %s reads as %j', (_cls, written, expected, level2) => {
    expect(reads(written, level2)).toBe(expected);
  });

  it('every phrasing that reads as something reads back as itself from its print', () => {
    for (const [, written, , level2] of rows) {
      const t = parseTarget(written, context(level2)).target;
      if (t.kind === 'text' || t.kind === 'na') continue;
      expect([written, parseTarget(printTarget(t), context(level2)).target]).toEqual([written, t]);
    }
  });
});

describe('readings in detail', () => {
  const t = (text: string, level2?: string): Target => parseTarget(text, context(level2)).target;

  it('the direction comes from a word, else from the 二级指标', () => {
    expect(parseTarget('≥90%', {}).opFrom).toBe('word');
    expect(parseTarget('90%', {}).opFrom).toBe('default');
    expect(t('160000元')).toEqual({ kind: 'quantity', op: '≥', value: 160000, unit: '元' });
    expect(t('160000元', '成本指标')).toEqual({ kind: 'quantity', op: '≤', value: 160000, unit: '元' });
    expect(t('160000元', '成本')).toEqual({ kind: 'quantity', op: '≤', value: 160000, unit: '元' });
    expect(t('3天', '数量指标')).toEqual({ kind: 'quantity', op: '≥', value: 3, unit: '天' });
    expect(t('3天')).toEqual({ kind: 'quantity', op: '≤', value: 3, unit: '天' });
    expect(t('95%', '时效指标')).toEqual({ kind: 'quantity', op: '≥', value: 95, unit: '%' });
    // A strong word wins over the category's default.
    expect(t('不少于3天', '时效指标')).toEqual({ kind: 'quantity', op: '≥', value: 3, unit: '天' });
  });

  it('约 keeps the default direction and says it is approximate', () => {
    expect(t('约6.6万人次')).toEqual({ kind: 'quantity', op: '≥', value: 6.6, unit: '万人次', approx: true });
    expect(t('约5万元', '成本指标')).toEqual({ kind: 'quantity', op: '≤', value: 5, unit: '万元', approx: true });
  });

  it('a relative change is its own kind, with its word', () => {
    expect(t('提升20%')).toEqual({ kind: 'change', direction: 'up', word: '提升', op: '≥', value: 20, unit: '%' });
    expect(t('下降10%')).toEqual({ kind: 'change', direction: 'down', word: '下降', op: '≥', value: 10, unit: '%' });
    expect(t('降低至5%')).toEqual({ kind: 'quantity', op: '≤', value: 5, unit: '%' });
  });

  it('a deadline is its own kind; the year is left to the fiscal year when not written', () => {
    expect(t('11月底前完成')).toEqual({ kind: 'deadline', month: 11 });
    expect(t('2023年12月30日前')).toEqual({ kind: 'deadline', year: 2023, month: 12, day: 30 });
    expect(t('年底前')).toEqual({ kind: 'deadline', month: 12 });
    expect(t('2023年2月30日前')).toEqual({ kind: 'text' }); // no such day
  });

  it('several values are kept together, never the first alone; equal parts are one', () => {
    expect(t('28515株；1241625.93㎡；…')).toEqual({
      kind: 'multi', parts: [{ kind: 'quantity', op: '≥', value: 28515, unit: '株' }, { kind: 'quantity', op: '≥', value: 1241625.93, unit: '㎡' }],
    });
    expect(t('≥90%\n≥90%')).toEqual({ kind: 'quantity', op: '≥', value: 90, unit: '%' });
  });

  it('不适用 and an empty cell are not applicable; a cell of numbers takes the column unit', () => {
    expect(parseTarget(null).target).toEqual({ kind: 'na', empty: true });
    expect(parseTarget('   ').target).toEqual({ kind: 'na', empty: true });
    expect(parseTarget('不适用').target).toEqual({ kind: 'na' });
    expect(parseTarget(90, {}, '%').target).toEqual({ kind: 'quantity', op: '≥', value: 90, unit: '%' });
    expect(parseTarget('90', { level2: '成本指标' }, '万元').target).toEqual({ kind: 'quantity', op: '≤', value: 90, unit: '万元' });
    expect(parseTarget('≥90', {}, '%').target).toEqual({ kind: 'quantity', op: '≥', value: 90, unit: '%' });
    // A scale in the text is the number's (the actuals are read in the column's unit: 3000 元 meets it, not 0.3 元).
    expect(parseTarget('≥0.3万元', {}, '元').target).toEqual({ kind: 'quantity', op: '≥', value: 3000, unit: '元' });
    expect(parseTarget('≥0.3万元', {}, '万元').target).toEqual({ kind: 'quantity', op: '≥', value: 0.3, unit: '万元' });
  });

  it('a long text is prose, read at once', () => {
    const long = '按计划推进'.repeat(1000) + '≥90%';
    expect(parseTarget(long).target).toEqual({ kind: 'text' });
    expect(parseTarget('1'.repeat(100_000)).target.kind).toBeDefined();
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['一百二十', 120], ['一百零五', 105], ['三千五百', 3500], ['三千五', 3500], ['两万五', 25000],
    ['一万二千', 12000], ['二〇二三', 2023], ['一亿二千万', 120_000_000], ['两', 2], ['零', 0], ['九十九', 99],
  ] as const)('%s = %d', (s, n) => expect(chineseNumber(s)).toBe(n));
  it.each(['三五', '两三', '十五五'.slice(1)])('%s (numerals side by side, no 〇) is no number', (s) => expect(chineseNumber(s)).toBeNull());
  // review36: … with a unit around them too (二三十 was 30, 十二三 13, 三四百 400)
  it.each(['二三十', '十二三', '三四百', '两三十', '十一二'])('%s (numerals side by side beside a unit) is no number', (s) => expect(chineseNumber(s)).toBeNull());
});

describe('units', () => {
  it('classes: money, percent, time, count; a bare scale is money only where asked', () => {
    expect(['万元', '元/亩', '亿元'].map((u) => isMoneyUnit(u))).toEqual([true, true, true]);
    expect([isMoneyUnit('万'), isMoneyUnit('万', true), isMoneyUnit('人次')]).toEqual([false, true, false]);
    expect(['%', '个百分点', '个工作日', '万人次', '个住宅区', '㎡', '分'].map(unitClass)).toEqual(['percent', 'percent', 'time', 'count', 'count', 'measure', 'score']);
    expect(unitClass('')).toBeUndefined();
  });

  it('convert within a base, never across', () => {
    expect(convertUnit(68000, '人次', '万人次')).toBe(6.8);
    expect(convertUnit(3000, '元', '万元')).toBe(0.3);
    expect(convertUnit(1.2, '亿元', '万元')).toBe(12000);
    expect(convertUnit(2, '个小时', '小时')).toBe(2);
    expect(convertUnit(5, '', '万元')).toBe(5);
    expect(convertUnit(5, '人', '万元')).toBeUndefined();
  });
});

describe('actuals', () => {
  const target = (text: string, level2?: string): Target => parseTarget(text, context(level2)).target;
  it('the number of an actual, in the target unit', () => {
    expect(parseActualNumber('完成500人次以上', target('≥500人次'))).toBe(500);
    expect(parseActualNumber('6.8万人次', target('约6.6万人次'))).toBe(6.8);
    expect(parseActualNumber('68000人次', target('约6.6万人次'))).toBe(6.8);
    expect(parseActualNumber('0.28万元', target('≤3000元', '成本指标'))).toBe(2800);
    expect(parseActualNumber('两小时', target('三小时内'))).toBe(2);
    // the unit on the line after the number (read43): 52000 元 is 5.2 万元, never 52000 万元
    expect(parseActualNumber('52000\n元', target('≥5万元', '经济效益指标'))).toBe(5.2);
    expect(parseActualNumber(92, target('≥90%'))).toBe(92);
    expect(parseActualNumber('达成', target('≥90%'))).toBeUndefined();
    expect(parseActualNumber('28515株；1241625.93㎡', target('≥1株'))).toBeUndefined();
  });

  it('an actual in another unit of the measure, another word for the things counted, or without the per-unit (sweep-read)', () => {
    // Each was undefined: W005 "不是数字" (an error) and the indicator scored nothing, though it was met.
    expect(parseActualNumber('5200米', target('新建道路5公里'))).toBe(5.2);
    expect(parseActualNumber('1天', target('24小时内', '时效指标'))).toBe(24);
    expect(parseActualNumber('0.5小时', target('30分钟内', '时效指标'))).toBe(30);
    expect(parseActualNumber('3年', target('36个月', '可持续影响指标'))).toBe(36);
    expect(parseActualNumber('1.5公顷', target('20亩'))).toBe(22.5);
    expect(parseActualNumber('0.8吨', target('≥500千克'))).toBe(800);
    expect(parseActualNumber('49项', target('扶持项目49个'))).toBe(49);
    expect(parseActualNumber('500人', target('培训500人次'))).toBe(500);
    expect(parseActualNumber('5场', target('开展宣传4次'))).toBe(5);
    expect(parseActualNumber('2次', target('≥1次/年'))).toBe(2);
    expect(parseActualNumber('780元', target('单价不超过800元/亩', '成本指标'))).toBe(780);
    // not the same things, or not an exact conversion: still no number
    expect(parseActualNumber('49家', target('≥49个'))).toBeUndefined();
    expect(parseActualNumber('300人', target('受益100户'))).toBeUndefined();
    expect(parseActualNumber('15天', target('不超过15个工作日', '时效指标'))).toBeUndefined();
    expect(parseActualNumber('2个月', target('60天内', '时效指标'))).toBeUndefined();
    expect(parseActualNumber('5公里', target('5吨'))).toBeUndefined();
  });

  it('a count without a per-unit shorter than the year, or attendances against people, is no number (review33)', () => {
    // Both were read as met and printed in the target's unit: 10次 as 10次/月 (a year's 10 is under 4 a month),
    // 1200人次 as 1200人 (attendances, maybe 400 people), each scoring full points.
    expect(parseActualNumber('10次', target('巡查≥4次/月'))).toBeUndefined();
    expect(parseActualNumber('3次', target('≥1次/周'))).toBeUndefined();
    expect(parseActualNumber('2次', target('≥1次/季度'))).toBeUndefined();
    expect(parseActualNumber('1200人次', target('培训农户≥500人'))).toBeUndefined();
    expect(parseActualNumber('1200人次', target('≥500名'))).toBeUndefined();
    // still read: per year, a unit price, people against attendances, the per-unit written
    expect(parseActualNumber('2次', target('≥1次/年'))).toBe(2);
    expect(parseActualNumber('780元', target('单价不超过800元/亩', '成本指标'))).toBe(780);
    expect(parseActualNumber('500人', target('培训500人次'))).toBe(500);
    expect(parseActualNumber('1200人次', target('培训≥500人次'))).toBe(1200);
    expect(parseActualNumber('5次/月', target('巡查≥4次/月'))).toBe(5);
  });

  it('a target written as a ratio (0.95, no unit) against an actual in percent: 90% is 0.9, not 90 (sweep-read)', () => {
    // 90 against ≥0.95 was met 95 times over: full points for a miss, and W006 "偏离 9373.7%".
    expect(parseActualNumber('90%', target('0.95'))).toBe(0.9);
    expect(parseActualNumber('96%', target('≥0.95'))).toBe(0.96);
    expect(parseActualNumber('3‰', target('≤0.005', '质量指标'))).toBe(0.003);
    expect(parseActualNumber('92%', target('90'))).toBe(92); // a target of 90 without a unit is in percent already
  });

  it('百分之百 is 100% (sweep-read: it was text, T001 and no score)', () => {
    expect(printTarget(parseTarget('百分之百').target)).toBe('≥100%');
    expect(printTarget(parseTarget('资金到位率百分之百').target)).toBe('≥100%');
  });

  it('a change: the same direction counts, the other counts negative', () => {
    expect(parseActualNumber('提升22%', target('提升20%'))).toBe(22);
    expect(parseActualNumber('22%', target('提升20%'))).toBe(22);
    expect(parseActualNumber('下降3%', target('提升20%'))).toBe(-3);
    expect(parseActualNumber('降低12%', target('下降10%'))).toBe(12);
  });

  it('a deadline: kept by a date on or before it, or by 按期 / 按时 words; missed after it', () => {
    const d = target('11月底前完成');
    if (d.kind !== 'deadline') throw new Error('not a deadline');
    expect(judgeDeadline(d, '2023年11月30日完成', 2023)).toBe(true);
    expect(judgeDeadline(d, '2023年12月1日完成', 2023)).toBe(false);
    expect(judgeDeadline(d, { year: 2023, month: 11, day: 15 }, 2023)).toBe(true);
    expect(judgeDeadline(d, '按期完成', 2023)).toBe(true);
    expect(judgeDeadline(d, '已按时完成', 2023)).toBe(true);
    expect(judgeDeadline(d, '延期至12月完成', 2023)).toBe(false);
    expect(judgeDeadline(d, '正在推进', 2023)).toBeUndefined();
    const feb = target('2024年2月底前');
    if (feb.kind !== 'deadline') throw new Error('not a deadline');
    expect(judgeDeadline(feb, '2024/2/29', 2023)).toBe(true);
    const next = target('次年3月底前');
    if (next.kind !== 'deadline') throw new Error('not a deadline');
    expect(judgeDeadline(next, '2024年3月31日', 2023)).toBe(true);
    expect(judgeDeadline(next, '2024年4月1日', 2023)).toBe(false);
  });
});

/**
 * tidy47, review47: a rank is printed so that it reads back as one under any name (`前10名`: printed `≤10名` before, it read
 * back under 全国专利实施效果 as a count of 10, and W006 asked of 5th against it). A ceiling in 名 is a rank only where a word
 * names one, in the text or in the 三级指标: 名 counts people too (`≤10名` under 聘用专家, `不超过2名` under 安全事故死亡).
 */
describe('ranks written as a ceiling, and read back from their print', () => {
  const RANK_10 = { kind: 'quantity', op: '≤', value: 10, unit: '名', rank: true };
  const read = (text: string, level3: string) => {
    const ctx: TargetContext = { level2: '社会效益指标', level3 };
    const t = parseTarget(text, ctx).target;
    const back = parseTarget(printTarget(t), ctx).target;
    return { t, printed: printTarget(t), same: JSON.stringify(back) === JSON.stringify(t), rank: isRankTarget({ parsed: t, level3 }) };
  };

  it.each(['前10名', '第1-10名', '全国排名不超过10名', '排名10名以内', '排名≤10名'])('%s under 全国专利实施效果 is a rank of 10, printed 前10名 and read back so', (text) => {
    expect(read(text, '全国专利实施效果')).toEqual({ t: RANK_10, printed: '前10名', same: true, rank: true });
  });

  it.each(['≤10名', '≤ 10 名', '<=10名', '不超过10名', '10名以内', '10名之内', '不超过十名'])('%s is a rank of 10 under 全国排名, printed 前10名 and read back so', (text) => {
    expect(read(text, '全国排名')).toEqual({ t: RANK_10, printed: '前10名', same: true, rank: true });
  });

  it.each([
    ['≤10名', '聘用专家'],
    ['10名以内', '引进人才'],
    ['不超过2名', '安全事故死亡'],
    ['≤10名', '全国专利实施效果'],
    ['不超过10名', ''],
  ])('%s under %s is a head count, printed with its ≤ and read back so', (text, level3) => {
    const r = read(text, level3);
    expect(r).toMatchObject({ same: true, rank: false });
    expect(r.printed).toMatch(/^≤\d+名$/);
  });

  it('a plain ≤10 is a rank only under an indicator named a rank (printed so); a ceiling in 名 of people counted is a head count', () => {
    expect(read('≤10', '全国专利实施效果')).toMatchObject({ printed: '≤10', same: true, rank: false });
    expect(read('≤10', '全国排名')).toMatchObject({ printed: '排名前10', same: true, rank: true });
    expect(read('排名≤10', '全国专利实施效果')).toMatchObject({ printed: '排名前10', same: true, rank: true });
    expect(read('≤10名', '招聘人数')).toMatchObject({ printed: '≤10名', same: true, rank: false });
    expect(read('学员不超过10名', '全国专利实施效果')).toMatchObject({ printed: '≤10名', same: true, rank: false });
    expect(read('前10名', '招聘人数')).toMatchObject({ printed: '前10名', same: true, rank: true });
    expect(read('排名上升10名以内', '全国专利实施效果').rank).toBe(false);
    expect(read('控制在50名以内', '全国专利实施效果')).toMatchObject({ printed: '≤50名', same: true, rank: false });
    expect(read('不足10名', '全国专利实施效果')).toMatchObject({ same: true, rank: false });
  });
});

/**
 * A place among the top share (`进入全国前10%`): better when smaller, so 5 % meets it — it read as ≥ 10 %, and 前5% against
 * it scored as half the target. `提前10%` (ahead of time) and `较上年前10%` are no place.
 */
describe('a place among the top share', () => {
  const ctx: TargetContext = { level2: '质量指标', level3: '示范企业评价' };
  it.each(['前10%', '进入全国前10%', '排名前10%', '位列全省同类前10％', '全国前10%以内', '全省排名前10%'])('%s is ≤ 10 %, a rank, printed 排名前10% and read back so', (text) => {
    const t = parseTarget(text, ctx).target;
    expect(t).toEqual({ kind: 'quantity', op: '≤', value: 10, unit: '%', rank: true });
    expect(printTarget(t)).toBe('排名前10%');
    expect(parseTarget(printTarget(t), ctx).target).toEqual(t);
    expect(isRankTarget({ parsed: t, level3: ctx.level3 })).toBe(true);
  });

  it.each(['提前10%', '较上年前10%', '前0%', '前120%', '提前2.5%', '较上年前2.5%', '全年提前10%'])('%s is no place', (text) => {
    const t = parseTarget(text, ctx).target;
    expect(t.kind === 'quantity' && t.rank === true).toBe(false);
  });

  // rank48: a share with a decimal and the fields of regions and peers beyond 全国/全省 read as ≥ (5 % missed 前10% by half)
  it.each([
    ['进入全国前2.5%', 2.5],
    ['全州前10%', 10],
    ['进入全盟前10%', 10],
    ['全地区排名前10%', 10],
    ['全疆前10%', 10],
    ['全县前5%', 5],
    ['同级前10%', 10],
    ['位列同行业前10%', 10],
    ['全省同级同类前0.5%以内', 0.5],
  ])('%s is ≤ %p %, a rank, and reads back from its print', (text, value) => {
    const t = parseTarget(text, ctx).target;
    expect(t).toEqual({ kind: 'quantity', op: '≤', value, unit: '%', rank: true });
    expect(parseTarget(printTarget(t), ctx).target).toEqual(t);
  });
});

/**
 * rank48: a rank whose 度量单位 column holds a unit that is no place's (个, 家) took it: printed `排名前3个`, which reads
 * back as ≥ 3 个, and an actual `第2名` did not convert to 个 (no number, W005). A rank takes the column's unit only when it
 * is a rank's (名, 位, %: rankUnit.test.ts); the print (rankWords) shows it or none, and reads back as the same rank under
 * any name.
 */
describe('a rank with the 度量单位 column', () => {
  const ctx: TargetContext = { level2: '质量指标', level3: '示范城市评比' };
  it.each([
    ['名', '前3名'],
    ['位', '排名前3位'],
    ['个', '排名前3'],
    ['家', '排名前3'],
    ['', '排名前3'],
  ])('排名前3 with %p: printed %s, read back (with the column and without) as the same rank, and 第2名 meets it', (unit, printed) => {
    const t = parseTarget('排名前3', ctx, unit).target;
    expect(t).toMatchObject({ kind: 'quantity', op: '≤', value: 3, rank: true });
    expect(printTarget(t)).toBe(printed);
    for (const column of [unit, undefined]) expect(parseTarget(printTarget(t), ctx, column).target).toEqual(t);
    expect(parseActualNumber('第2名', t, ctx)).toBe(2);
  });

  it.each([
    ['前5名', '个', '前5名'],
    ['排名前5位', '家', '排名前5位'],
    ['前10%', '个', '排名前10%'],
  ])('%s with %p keeps the unit written: printed %s and read back so', (text, unit, printed) => {
    const t = parseTarget(text, ctx, unit).target;
    expect(printTarget(t)).toBe(printed);
    expect(parseTarget(printed, ctx, unit).target).toEqual(t);
    expect(parseTarget(printed, ctx).target).toEqual(t);
  });
});
