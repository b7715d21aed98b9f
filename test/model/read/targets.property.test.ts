/**
 * The target grammar under generated input: printing a parsed target and reading it back gives
 * the same target (10,000 generated targets in every category context, ranks too), and no text at all makes
 * it throw (10,000 phrasings built from the grammar's own words, and arbitrary strings).
 */
import fc from 'fast-check';
import { CHANGE_WORDS, NA_WORDS, UNITS, WORDS_AFTER, WORDS_BEFORE, defaultOp, parseTarget, type Change, type Deadline, type Quantity, type Target, type TargetContext, type TargetValue } from '../../../src/model/read/targets';
import { printTarget } from '../../../src/model/read/targetText';

const CONTEXTS: TargetContext[] = [
  {}, { level2: '成本指标' }, { level2: '时效指标' }, { level2: '数量指标' }, { level2: '质量指标' }, { level2: '满意度指标' }, { level2: '社会效益指标' },
];

/** Every unit of the table, scaled units and per-units; `月` and `季度` alone are dates (`3月`, `1季度`): people write `个月`, `个季度`. */
const UNIT_POOL = [
  '', ...Object.values(UNITS).flat().filter((u) => u !== '月' && u !== '季度'), '万人次', '万元/亩', '次/年', '人次/年', '元/人', '吨/日', '万', '亿', '万户', '亿元',
];

const valueArb = fc
  .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, d]) => n / 10 ** d);

/** A 4-digit year before 年 / 级 is context, never a number (documented in the grammar). */
const sensible = (value: number, unit: string): boolean => !(Number.isInteger(value) && value >= 1900 && value <= 2099 && /^[年级]/.test(unit));

const quantityArb = (ctx: TargetContext): fc.Arbitrary<Quantity> =>
  fc
    .record({
      op: fc.constantFrom<Quantity['op']>('≥', '≤', '='),
      value: valueArb,
      negative: fc.boolean(),
      unit: fc.constantFrom(...UNIT_POOL),
      approx: fc.boolean(),
    })
    .filter((r) => sensible(r.value, r.unit))
    .map((r) =>
      r.approx
        ? { kind: 'quantity' as const, op: defaultOp(ctx, r.unit), value: r.value, unit: r.unit, approx: true as const }
        : { kind: 'quantity' as const, op: r.op, value: r.negative && r.value !== 0 ? -r.value : r.value, unit: r.unit },
    );

/** A rank (`前10名`, `排名前3`, `排名前5位`): a place from 1 to 9999, as rankOf reads one. */
const rankArb: fc.Arbitrary<Quantity> = fc
  .record({ value: fc.integer({ min: 1, max: 9999 }), unit: fc.constantFrom('名', '', '位') })
  .map(({ value, unit }) => ({ kind: 'quantity', op: '≤', value, unit, rank: true }));

const changeArb: fc.Arbitrary<Change> = fc
  .record({ c: fc.constantFrom(...CHANGE_WORDS), op: fc.constantFrom<Change['op']>('≥', '≤'), value: valueArb, unit: fc.constantFrom('%', '个百分点', '万元', '人', '个', '次', '天', '') })
  .map(({ c, op, value, unit }) => ({ kind: 'change', direction: c.direction, word: c.word, op, value, unit }));

const deadlineArb: fc.Arbitrary<Deadline> = fc
  .record({ year: fc.option(fc.integer({ min: 1990, max: 2100 })), next: fc.boolean(), month: fc.integer({ min: 1, max: 12 }), day: fc.option(fc.integer({ min: 1, max: 28 })) })
  .map(({ year, next, month, day }) => ({
    kind: 'deadline', ...(year !== null ? { year } : next ? { nextYear: true as const } : {}), month, ...(day !== null ? { day } : {}),
  }));

const valueOf = (ctx: TargetContext): fc.Arbitrary<TargetValue> => fc.oneof(quantityArb(ctx), rankArb, changeArb, deadlineArb);

const targetArb = (ctx: TargetContext): fc.Arbitrary<Target> =>
  fc.oneof(
    { weight: 5, arbitrary: valueOf(ctx) },
    {
      weight: 2,
      arbitrary: fc
        .uniqueArray(valueOf(ctx), { minLength: 2, maxLength: 3, selector: (v) => JSON.stringify(v) })
        .map((parts): Target => ({ kind: 'multi', parts })),
    },
    { weight: 1, arbitrary: fc.constant<Target>({ kind: 'na' }) },
  );

describe('target grammar: print → read round trip', () => {
  it('10,000 generated targets read back as themselves, in the context they were made for', () => {
    const arb = fc.constantFrom(...CONTEXTS).chain((ctx) => fc.tuple(fc.constant(ctx), targetArb(ctx)));
    fc.assert(
      fc.property(arb, ([ctx, t]) => {
        const printed = printTarget(t);
        expect([printed, parseTarget(printed, ctx).target]).toEqual([printed, t]);
      }),
      { numRuns: 10_000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

const SUBJECTS = ['', '满意度', '培训人次', '项目总成本', '合格率', '响应时间', '覆盖', '群众', '完成时限', '新增', '人均', '（含）', '2023年'];
const TAILS = ['', '以上', '以内', '左右', '前', '（含）', '（其中新建3个）', '完成', '符合要求', '。', '\n', '；', '、'];
const NUMBERS = ['90', '１２００', '1,200', '0.3', '两', '半', '十二', '一百二十', '三千五', '1.5万', '3亿', '百分之九十', '九成', '-5', '2023', '11月底', '2023/11/30', '12月30日'];

describe('target grammar: never throws', () => {
  it('10,000 phrasings assembled from the grammar words read without throwing, each as one of the kinds', () => {
    const word = fc.constantFrom(...WORDS_BEFORE.map((w) => w.word), ...CHANGE_WORDS.map((c) => c.word), '');
    const after = fc.constantFrom(...WORDS_AFTER.map((w) => w.word), '');
    const unit = fc.constantFrom(...UNIT_POOL);
    const phrase = fc
      .array(fc.tuple(fc.constantFrom(...SUBJECTS), word, fc.constantFrom(...NUMBERS), unit, after, fc.constantFrom(...TAILS)), { minLength: 1, maxLength: 3 })
      .map((ps) => ps.map((p) => p.join('')).join(''));
    const kinds = new Set(['quantity', 'change', 'deadline', 'multi', 'text', 'na']);
    fc.assert(
      fc.property(phrase, fc.constantFrom(...CONTEXTS), (text, ctx) => {
        const r = parseTarget(text, ctx);
        expect(kinds.has(r.target.kind)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('arbitrary strings and NA words never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom(...NA_WORDS)), (text) => {
        expect(() => parseTarget(text, {})).not.toThrow();
      }),
      { numRuns: 5_000 },
    );
  });
});
