/**
 * The reader and every rule on random grids: whatever a host hands over (NaN, 1 MB strings,
 * lone surrogates, month-13 dates, error values, overlapping and out-of-range merges, ragged
 * rows), evaluateWorkbook never throws, is deterministic, sorts its findings, points only at
 * cells inside the sheet, and turns every unreadable typed cell into an L003 naming it.
 */
import fc from 'fast-check';
import { dateValue, errorValue, type CellValue, type Grid, type GridSheet, type Merge } from '../../src/model/grid';
import { evaluateWorkbook, type WorkbookEvaluation } from '../../src/model/evaluate';
import { sortFindings } from '../../src/model/findings';
import { findingText } from '../../src/model/messages';
import { LEDGER_COLUMNS, type FieldType } from '../../src/model/read/columns';
import { INDICATOR_COLUMNS } from '../../src/model/read/indicatorColumns';
import { PROFILE_PARAMS } from '../../src/model/read/profile';
import { rawText } from '../../src/model/read/values';
import { runs } from './gen';

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

// ---------------------------------------------------------------------------------------------
// Cell values of every kind

const HUGE = 'x'.repeat(1 << 20); // 1 MB
const HUGE_CJK = '项目'.repeat(1 << 19) + '合计';
const WEIRD = [
  '\u0000', '\uD800', '\uDFFF', 'a\uD83D', '\u202Eevil', '\u200B', '\uFEFF', '👨‍👩‍👧‍👦', 'é', 'ﾃｽﾄ', '\u3000\u3000',
  '  ', '\n', '合计', '小计：', '总计', '#N/A', '=SUM(A1:A9)', '1e999999999', '1e400', '-1e-999999999', '9'.repeat(400),
  '(１，２００.５)', '１２００万元', '2019-02-29', '2018-13-01', '2018年度', '是', '√', '——', '-', '0', 'NaN', 'Infinity',
  '乌市', '2018-06-30', 'ZL201510123456.7', '__proto__', 'constructor', 'toString',
];

const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 5e-324, 60, 110000, 1.5),
  fc.integer({ min: -100, max: 100_000 }),
);
const anyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 4, arbitrary: fc.constantFrom(...WEIRD) },
  { weight: 3, arbitrary: fc.constantFrom(...LEDGER_COLUMNS.map((d) => d.header), ...INDICATOR_COLUMNS.map((d) => d.header)) },
);
const anyDate = fc.tuple(fc.integer({ min: -10, max: 10_000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 40 }))
  .map(([y, m, d]) => dateValue(y, m, d));
const anyError = fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '').map(errorValue);

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: anyNumber },
  { weight: 6, arbitrary: anyString },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: anyDate },
  { weight: 1, arbitrary: anyError },
);

const anyRow = fc.oneof(
  { weight: 1, arbitrary: fc.constant<CellValue[]>([]) },
  { weight: 6, arbitrary: fc.array(anyCell, { maxLength: 26 }) },
);

const coord = (max: number) => fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -3, max: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(max, max - 1, max + 1, 2 ** 31) },
);
/** Merges of every kind: ordinary, overlapping, inverted, out of range, whole-column. */
const anyMerge: fc.Arbitrary<Merge> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ top: coord(MAX_ROW), left: coord(MAX_COL), bottom: coord(MAX_ROW), right: coord(MAX_COL) }) },
  { weight: 3, arbitrary: fc.tuple(fc.nat(30), fc.nat(25), fc.nat(6), fc.nat(3)).map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w })) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(10), fc.nat(25)).map(([top, left]) => ({ top, left, bottom: MAX_ROW, right: left })) },
  { weight: 1, arbitrary: fc.nat(10).map((top) => ({ top, left: 0, bottom: MAX_ROW, right: MAX_COL })) },
);

// ---------------------------------------------------------------------------------------------
// Sheets

const profileSheet: fc.Arbitrary<GridSheet> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...PROFILE_PARAMS.flatMap((p) => p.names), '参数'),
      fc.oneof(anyCell, fc.constantFrom('万元', '元', '2018', 2018, '2020', '比值', '0.7-0.8:89', `${'1'.repeat(400)}-2:3`, '1e20', '1e400', '-3', '乌鲁木齐市、兵团')),
    ),
    { maxLength: 20 },
  )
  .chain((pairs) => fc.tuple(fc.constant(pairs), fc.constantFrom('配置', '参数', '基本信息')))
  .map(([pairs, name]) => ({ name, values: pairs.map(([k, v]) => [k, v]) }));

/** A ledger: random rows above a real header row (random position ≤ 10, random column order), random body. */
const ledgerSheet: fc.Arbitrary<GridSheet> = fc
  .record({
    name: fc.constantFrom('项目台账', '台账', 'Sheet1', '2018年项目明细'),
    above: fc.array(anyRow, { maxLength: 9 }),
    headers: fc.shuffledSubarray([...LEDGER_COLUMNS.map((d) => d.header), '序号', '联系人', ''], { minLength: 3 }),
    leftPad: fc.nat(3),
    body: fc.array(anyRow, { maxLength: 30 }),
    merges: fc.array(anyMerge, { maxLength: 6 }),
    origin: fc.option(fc.record({ row: fc.nat(5), col: fc.nat(5) }), { nil: undefined }),
    hidden: fc.boolean(),
  })
  .map(({ name, above, headers, leftPad, body, merges, origin, hidden }) => ({
    name,
    values: [...above, [...Array<CellValue>(leftPad).fill(null), ...headers], ...body.map((r) => [...Array<CellValue>(leftPad).fill(null), ...r])],
    merges,
    ...(origin ? { origin } : {}),
    ...(hidden ? { hidden } : {}),
  }));

const indicatorSheet: fc.Arbitrary<GridSheet> = fc
  .record({
    headers: fc.shuffledSubarray(INDICATOR_COLUMNS.map((d) => d.header), { minLength: 3 }),
    above: fc.array(anyRow, { maxLength: 3 }),
    body: fc.array(
      fc.array(fc.oneof(anyCell, fc.constantFrom('产出指标', '数量指标', '≥90', '≤5', '=100', '定性', '达成', '部分达成', '%', '项目数', 10, 20, '90%')), { maxLength: 12 }),
      { maxLength: 15 },
    ),
    merges: fc.array(anyMerge, { maxLength: 3 }),
  })
  .map(({ headers, above, body, merges }) => ({ name: '绩效指标', values: [...above, headers, ...body], merges }));

const otherSheet: fc.Arbitrary<GridSheet> = fc
  .tuple(fc.constantFrom('说明', 'Sheet3', '项目台账', ''), fc.array(anyRow, { maxLength: 5 }))
  .map(([name, values]) => ({ name, values }));

const anyGrid: fc.Arbitrary<Grid> = fc
  .tuple(
    fc.option(profileSheet, { nil: undefined }),
    fc.option(ledgerSheet, { nil: undefined, freq: 8 }),
    fc.option(indicatorSheet, { nil: undefined }),
    fc.array(otherSheet, { maxLength: 2 }),
    fc.nat(),
  )
  .map(([p, l, i, others, seed]) => {
    const sheets = [p, l, i, ...others].filter((s): s is GridSheet => s !== undefined);
    // a random but deterministic sheet order
    const rotated = sheets.map((_, k) => sheets[(k + seed) % sheets.length]);
    return { sheets: rotated };
  });

// ---------------------------------------------------------------------------------------------
// Invariants

function assertInvariants(grid: Grid, ev: WorkbookEvaluation): void {
  const names = grid.sheets.map((s) => s.name);
  expect(sortFindings([...ev.findings], names)).toEqual(ev.findings);
  for (const f of ev.findings) {
    expect(f.sheet === '' || names.includes(f.sheet)).toBe(true);
    expect(Number.isInteger(f.row) && f.row >= 0 && f.row <= MAX_ROW).toBe(true);
    expect(Number.isInteger(f.col) && f.col >= 0 && f.col <= MAX_COL).toBe(true);
    // every finding has its text in both locales
    expect(findingText(f, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(typeof findingText(f, 'en-US')).toBe('string');
  }
}

const stable = (ev: WorkbookEvaluation): unknown => ({ findings: ev.findings, metrics: ev.metrics, selfEval: ev.selfEval, layout: ev.layout });

describe('evaluateWorkbook on random grids', () => {
  it('never throws, is deterministic, sorts its findings and points inside the sheets', () => {
    fc.assert(
      fc.property(anyGrid, fc.constantFrom<undefined | '2018' | '2020'>(undefined, '2018', '2020'), fc.boolean(), (grid, layout, forSelfEval) => {
        const opts = { layout, forSelfEval, generatedAt: '2019-03-01 10:00' };
        const a = evaluateWorkbook(grid, opts);
        const b = evaluateWorkbook(grid, opts);
        expect(stable(b)).toEqual(stable(a));
        assertInvariants(grid, a);
      }),
      runs(400),
    );
  });

  it('survives 1 MB cells in every column of a ledger', () => {
    const headers = LEDGER_COLUMNS.map((d) => d.header);
    const grid: Grid = {
      sheets: [{ name: '项目台账', values: [headers, headers.map(() => HUGE), headers.map(() => HUGE_CJK), headers.map((_, i) => (i % 2 ? HUGE : '合计'))] }],
    };
    const ev = evaluateWorkbook(grid);
    assertInvariants(grid, ev);
    // (the 项目状态 column's 1 MB text is a word of no class too: its L003 is the `status` warning)
    const l003 = ev.findings.filter((f) => f.rule === 'L003' && f.variant === undefined);
    // every typed column of both project rows is unreadable; the raw text is carried whole
    const typed = LEDGER_COLUMNS.filter((d) => !['text', 'prose', 'patent'].includes(d.type)).length;
    expect(l003.filter((f) => f.row === 1)).toHaveLength(typed);
    expect((l003.find((f) => f.row === 1)?.params as { raw?: string } | undefined)?.raw).toBe(HUGE);
    // … but every message quotes only its start: one readable line, not a megabyte
    for (const f of ev.findings) for (const loc of ['zh-CN', 'en-US'] as const) expect(findingText(f, loc).length).toBeLessThan(800);
    expect(findingText(l003[0], 'zh-CN')).toContain('x'.repeat(200) + '…');
  });
});

// ---------------------------------------------------------------------------------------------
// Every unreadable typed cell is an L003 naming its cell and raw text

type Typed = Exclude<FieldType, 'text' | 'prose' | 'patent' | 'number'>;

/** Values each type reads, and values it cannot read (decided here, not by the reader). */
const GOOD: Readonly<Record<Typed, fc.Arbitrary<CellValue>>> = {
  amount: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom('1,200', '１２００', ' 30.5 ', '1200万元', '12000000元', '(100)', '0')),
  year: fc.oneof(fc.integer({ min: 1900, max: 2200 }), fc.constantFrom('2018', '2018年', '２０１８', '2017年度', '18年', '二〇一八年'), fc.constant(dateValue(2018, 6, 30))),
  date: fc.oneof(fc.constantFrom('2018-06-30', '2018/6/30', '2018.06.30', '2018年6月30日', '2020-02-29', '20180630', 43281), fc.constant(dateValue(2016, 2, 29))),
  count: fc.oneof(fc.nat(100_000), fc.constantFrom('1,100', '12人次', '３件', '0')),
  bool: fc.oneof(fc.boolean(), fc.constantFrom('是', '否', 'Y', 'n', '√', '×', 'TRUE', 'false', 1, 0)),
};
const BAD: Readonly<Record<Typed, fc.Arbitrary<CellValue>>> = {
  amount: fc.oneof(anyError, fc.constantFrom('abc', '12..5', '1,2,3', '十万', '1200美元', 'NaN', '1e999999999', true, NaN, Infinity, 1e300), fc.constant(dateValue(2018, 1, 1))),
  year: fc.oneof(anyError, fc.constantFrom('18', '二〇一八', 'abc', 1899, 2201, 2018.5, '2018-19', false, NaN, -Infinity)),
  date: fc.oneof(anyError, fc.constantFrom('2019-02-29', '2018-13-01', '2018-04-31', '2018-00-10', 'abc', '明年', 0, -5, 200000, true, NaN),
    fc.constantFrom(dateValue(2018, 13, 1), dateValue(2019, 2, 29), dateValue(2018, 0, 0), dateValue(NaN, 1, 1))),
  count: fc.oneof(anyError, fc.constantFrom('3.5', 'abc', 2.5, '—5', 'many', true, NaN, Infinity, '1e400')),
  bool: fc.oneof(anyError, fc.constantFrom('maybe', '待定', 2, -1, 0.5, NaN), fc.constant(dateValue(2018, 1, 1))),
};

const TYPED = LEDGER_COLUMNS.filter((d): d is typeof d & { type: Typed } => d.type in GOOD);

const taggedCell = (t: Typed) =>
  fc.oneof(
    { weight: 3, arbitrary: GOOD[t].map((v) => ({ v, tag: 'good' as const })) },
    { weight: 2, arbitrary: BAD[t].map((v) => ({ v, tag: 'bad' as const })) },
    { weight: 1, arbitrary: fc.constantFrom(null, '', '  ').map((v) => ({ v, tag: 'blank' as const })) },
  );

const taggedRow = fc.tuple(...TYPED.map((d) => taggedCell(d.type)));

describe('L003 for every unreadable typed cell', () => {
  it('names its cell and raw text; readable and blank cells get none; the row is still a project', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...TYPED.map((d) => d.header), '项目编号', '项目名称', '承担单位'], { minLength: TYPED.length + 3, maxLength: TYPED.length + 3 }),
        fc.nat(9),
        fc.array(taggedRow, { minLength: 1, maxLength: 12 }),
        (headers, headerAt, rows) => {
          const values: CellValue[][] = [];
          for (let r = 0; r < headerAt; r++) values.push([r === 0 ? '2018年度专利实施计划项目台账' : '单位：万元']);
          values.push(headers);
          const expected: Array<{ row: number; col: number; projectId: string; raw: string }> = [];
          const goodCells: string[] = [];
          rows.forEach((cells, i) => {
            const row = headerAt + 1 + i;
            const line: CellValue[] = headers.map((h) => (h === '项目编号' ? `XM-${i + 1}` : h === '项目名称' ? `项目${i + 1}` : h === '承担单位' ? '某公司' : null));
            TYPED.forEach((d, k) => {
              const col = headers.indexOf(d.header);
              line[col] = cells[k].v;
              if (cells[k].tag === 'bad') expected.push({ row, col, projectId: `XM-${i + 1}`, raw: rawText(cells[k].v) });
              if (cells[k].tag === 'good') goodCells.push(`${row}:${col}`);
            });
            values.push(line);
          });
          const grid: Grid = { sheets: [{ name: '项目台账', values }] };
          const ev = evaluateWorkbook(grid);
          const l003 = ev.findings.filter((f) => f.rule === 'L003' && f.sheet === '项目台账');
          for (const e of expected) {
            expect(l003).toContainEqual(expect.objectContaining({ row: e.row, col: e.col, projectId: e.projectId, params: expect.objectContaining({ raw: e.raw }) }));
          }
          expect(l003).toHaveLength(expected.length);
          for (const f of l003) expect(goodCells).not.toContain(`${f.row}:${f.col}`);
          expect(ev.check.ledger?.projects.map((p) => p.row)).toEqual(rows.map((_, i) => headerAt + 1 + i));
        },
      ),
      runs(600),
    );
  });
});

describe('cells shaped to make regular expressions backtrack', () => {
  it('a megabyte of `(`, `。` or `*` in headers, 配置 names and 实际完成值 is read in linear time', () => {
    const MB = 1 << 20;
    // (full-width `（` folds to `(` before any header regex; it only costs the folding, so it is left out)
    const shapes = ['('.repeat(MB), '。'.repeat(MB) + '达成', '.'.repeat(MB) + 'a', '*'.repeat(MB) + 'a', '1,'.repeat(MB / 2), '()'.repeat(MB / 2)];
    for (const s of shapes) {
      const grid: Grid = {
        sheets: [
          { name: '配置', values: [[s, s], ['评价年度', 2018]] },
          { name: '项目台账', values: [[s, '项目编号', '项目名称', '承担单位', '立项年度'], [s, 'A1', s, s, s]] },
          { name: '绩效指标', values: [[s, '三级指标', '年度指标值', '实际完成值', '分值'], [s, s, '定性', s, 10], [s, 'n', s, s, s]] },
        ],
      };
      const ev = evaluateWorkbook(grid, { forSelfEval: true });
      assertInvariants(grid, ev);
    }
  });

  it('a 指标值及完成情况 cell of 目标 and a run of spaces (1ed19db\'s sentence split backtracked for minutes on 4,000) is read at once', () => {
    const runs = ['目标' + ' '.repeat(32_000) + 'x', '目标' + ' '.repeat(16_000) + '，' + ' '.repeat(16_000) + '完成', '目标≥60家，完成' + ' '.repeat(32_000) + '62家'];
    const grid: Grid = {
      sheets: [{ name: '绩效指标', values: [['一级指标', '二级指标', '三级指标', '指标值及完成情况', '分值'], ...runs.map((s, i) => ['产出指标', '数量指标', `指标${'甲乙丙'[i]}`, s, 10])] }],
    };
    const ev = evaluateWorkbook(grid, { forSelfEval: true });
    assertInvariants(grid, ev);
    expect(ev.check.indicators?.indicators.map((i) => i.actualText)).toEqual([undefined, undefined, '62家']);
  });
});

describe('配置 with hostile values', () => {
  it('every parameter × every hostile value: no exception, an unreadable value is L003 at its cell', () => {
    const hostile: CellValue[] = [
      '1e400', '-1e400', '1e20', '1e999999999', '9'.repeat(400), `${'1'.repeat(400)}-2:3`, '0.7-0.8:1e400', NaN, Infinity, -1,
      1e20, 2 ** 53 + 2, '\uD800', HUGE, errorValue('#REF!'), dateValue(2018, 13, 1), dateValue(NaN, 1, 1), true, '',
    ];
    for (const p of PROFILE_PARAMS) {
      for (const v of hostile) {
        const grid: Grid = { sheets: [{ name: '配置', values: [['参数', '值'], [p.names[0], v]] }] };
        let ev: WorkbookEvaluation | undefined;
        expect(() => (ev = evaluateWorkbook(grid))).not.toThrow();
        assertInvariants(grid, ev!);
        for (const f of ev!.findings.filter((x) => x.rule === 'L003')) expect(f).toMatchObject({ sheet: '配置', row: 1, col: 1 });
      }
    }
  });
});
