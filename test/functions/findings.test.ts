// FINDINGS: the ledger checks of a range, named where the cells are, cached by content.
import fc from 'fast-check';
import { inferYear, ledgerFindings } from '../../src/model/check';
import { sortFindings } from '../../src/model/findings';
import type { CellValue, GridSheet } from '../../src/model/grid';
import { cellRef, createLedgerFindings, parseRangeAddress, sheetRef, toRange, type LedgerFindings } from '../../src/model/functions';
import { LEDGER_COLUMNS } from '../../src/model/read/columns';
import { readLedger } from '../../src/model/read/ledger';
import { readProfile } from '../../src/model/read/profile';
import { readTable } from '../../src/model/read/table';
import { FINDINGS_RULES } from '../../src/model/functions/ledger';
import { INDICATORSCORE_RULES } from '../../src/model/functions/scores';
import { RULES, ruleById } from '../../src/model/rules';
import { LEDGER_SHEET_RULES } from '../../src/model/rules/sheets';
import { WORKBOOK_SHEET_RULES } from '../../src/model/rules/sheetsWorkbook';
import type { ProjectKey } from '../../src/model/records';
import { HEADERS } from '../model/support/ledger';
import { ledgerValues, sourceRows } from './support';

const copy = (v: CellValue[][]): CellValue[][] => v.map((r) => [...r]);
const col = (h: (typeof HEADERS)[number]): number => HEADERS.indexOf(h);

/** Each test has its own FINDINGS cache, as the Excel functions have theirs. */
let cache: LedgerFindings = createLedgerFindings();
const ledgerFindingsOf: LedgerFindings['spill'] = (...a) => cache.spill(...a);
const ledgerRangeFindings: LedgerFindings['findings'] = (...a) => cache.findings(...a);
const clearFindingsCache = (): void => void (cache = createLedgerFindings());
beforeEach(() => clearFindingsCache());

describe('FINDINGS', () => {
  it('functions.md example: the clean source-year ledger 项目台账!A1:V170 → one row 无问题 padded to 4 columns', () => {
    const v = ledgerValues(sourceRows());
    expect(v).toHaveLength(170);
    expect(ledgerFindingsOf(v, '项目台账!A1:V170')).toEqual([['无问题', '', '', '']]);
  });

  it('a range not at A1 names the cells where they are on the sheet', () => {
    const v = ledgerValues(sourceRows());
    v[37][col('本年拨付')] = '十五'; // project 37 → sheet row 5 + 37 = 42, column C + 13 = P
    v[100][col('专利号')] = '201710736136.3';
    const out = ledgerFindingsOf(v, '项目台账!C5:X174') as string[][];
    expect(out.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['L003', '错误', '项目台账!P42'],
      ['L007', '错误', '项目台账!J105'],
    ]);
    expect(out[0][3]).toContain('十五');
    expect(out[0][3]).toMatch(/^项目 XJZL\d{4}-\d{3}：/);
  });

  it('quotes sheet names as Excel does, in the address and in the cells', () => {
    const v = ledgerValues(sourceRows().slice(0, 3));
    v[2][col('法律状态')] = '失效';
    expect((ledgerFindingsOf(v, "'My Sheet'!B2:W5") as string[][])[0][2]).toBe("'My Sheet'!K4");
    expect((ledgerFindingsOf(v, "'It''s'!A1:V4") as string[][])[0][2]).toBe("'It''s'!J3");
    expect((ledgerFindingsOf(v, null) as string[][])[0][2]).toBe('J3');
  });

  it('spills [rule, severity, cell, message] in zh-CN, or en-US (its severity a cell\'s label: Info, not info)', () => {
    const v = ledgerValues(sourceRows().slice(0, 3));
    v[1][col('地州市')] = '昌吉州';
    expect(ledgerFindingsOf(v, '台账!A1:V4', 'zh-CN')).toEqual([['L006', '提示', '台账!E2', expect.stringContaining('昌吉回族自治州')]]);
    expect(ledgerFindingsOf(v, '台账!A1:V4', 'en-US')).toEqual([['L006', 'Info', '台账!E2', expect.stringMatching(/^Project /)]]);
    expect(ledgerFindingsOf(ledgerValues([]), 'x!A1:V1', 'en-US')).toEqual([['No problems', '', '', '']]);
  });

  it('an Excel error inside the range is a finding (L003), not passed through', () => {
    const v: unknown[][] = ledgerValues(sourceRows().slice(0, 2));
    v[1][col('项目总投资')] = { code: '#N/A', message: 'x' };
    expect(ledgerFindingsOf(v, '项目台账!A1:V3')).toEqual([['L003', '错误', '项目台账!K2', expect.stringContaining('#N/A')]]);
  });

  it('without a header row: one S001 finding at the range\'s first cell', () => {
    expect(ledgerFindingsOf([[1, 2], [3, 4]], 'Sheet1!D4:E5')).toEqual([['S001', '错误', 'Sheet1!D4', expect.stringContaining('标题行')]]);
  });

  it('the fiscal year is inferred from a title or the sheet name; without one, year rules are skipped and S005 is not reported', () => {
    const rows = sourceRows().slice(0, 2);
    rows[1] = { ...rows[1], year: 2012 }; // more than 4 years before 2018 (L005), contract ended 2015 (L016 overdue)
    const bare = ledgerValues(rows);
    expect(ledgerFindingsOf(bare, '项目台账!A1:V3')).toEqual([['无问题', '', '', '']]);
    const titled = ledgerValues(rows, [['2018年自治区专利实施资金项目台账']]);
    expect((ledgerFindingsOf(titled, '项目台账!A1:V4') as string[][]).map((r) => [r[0], r[2]])).toEqual([['L005', '项目台账!F4'], ['L016', '项目台账!Q4']]);
    expect((ledgerFindingsOf(bare, '2018年台账!A1:V3') as string[][]).map((r) => r[0])).toEqual(['L005', 'L016']);
  });

  it('passes an error in the argument itself through, and a missing argument is #VALUE!', () => {
    expect(ledgerFindingsOf(null, 'x!A1')).toMatchObject({ error: '#VALUE!' });
  });
});

describe('addresses', () => {
  it.each([
    ['项目台账!C5:X170', '项目台账', 4, 2],
    ["'My Sheet'!A1:V170", 'My Sheet', 0, 0],
    ["'It''s'!$B$7", "It's", 6, 1],
    ['[Book1.xlsx]Sheet1!AA10:AB20', 'Sheet1', 9, 26],
    ['Sheet1!C:X', 'Sheet1', 0, 2],
    ['Sheet1!5:170', 'Sheet1', 4, 0],
    ['D9', '', 8, 3],
  ] as const)('%s → %s at (%i, %i)', (addr, sheet, row, c) => {
    expect(parseRangeAddress(addr)).toEqual({ sheet, row, col: c });
  });

  it('quotes only the names Excel quotes', () => {
    expect(sheetRef('项目台账')).toBe('项目台账');
    expect(sheetRef('Sheet1')).toBe('Sheet1');
    expect(sheetRef('My Sheet')).toBe("'My Sheet'");
    expect(sheetRef('2018台账')).toBe("'2018台账'");
    expect(sheetRef('A1')).toBe("'A1'");
    expect(cellRef('', 0, 0)).toBe('A1');
  });
});

describe('FINDINGS cache', () => {
  const base = (): CellValue[][] => ledgerValues(sourceRows());
  const address = '项目台账!A1:V170';

  it('a second call with the same content (new arrays) does no work', () => {
    const first = ledgerFindingsOf(base(), address);
    const checked = cache.stats.rowsChecked;
    expect(checked).toBe(169);
    expect(ledgerFindingsOf(base(), address)).toBe(first);
    expect(cache.stats).toMatchObject({ calls: 2, hits: 1, full: 1, incremental: 0, rowsChecked: 169 });
  });

  it('a one-cell change re-checks that row only, and the result is the new one', () => {
    const v = base();
    ledgerFindingsOf(v, address);
    v[50][col('法律状态')] = '失效'; // the caller's array changes in place: the cache took a snapshot
    const out = ledgerFindingsOf(v, address) as string[][];
    expect(out.map((r) => [r[0], r[2]])).toEqual([['L009', '项目台账!J51']]);
    expect(cache.stats).toMatchObject({ full: 1, incremental: 1, rowsChecked: 170 });
    v[50][col('法律状态')] = '有效';
    expect(ledgerFindingsOf(v, address)).toEqual([['无问题', '', '', '']]);
    expect(cache.stats).toMatchObject({ full: 1, incremental: 2, rowsChecked: 171 });
  });

  it('a change in the header, another address or another shape checks everything again', () => {
    const v = base();
    ledgerFindingsOf(v, address);
    v[0][col('备注')] = '说明';
    ledgerFindingsOf(v, address);
    expect(cache.stats).toMatchObject({ full: 2, incremental: 0 });
    ledgerFindingsOf(v, '项目台账!B1:W170');
    ledgerFindingsOf(v.slice(0, 100), address);
    expect(cache.stats).toMatchObject({ full: 4, incremental: 0, hits: 0 });
  });

  it('cross-row rules see the changed row: a new duplicate, then its removal', () => {
    const v = base();
    ledgerFindingsOf(v, address);
    v[120][col('项目编号')] = v[3][col('项目编号')];
    expect((ledgerFindingsOf(v, address) as string[][]).map((r) => [r[0], r[2]])).toEqual([['L004', '项目台账!A121']]);
    v[120][col('项目编号')] = 'NEW-1';
    expect(ledgerFindingsOf(v, address)).toEqual([['无问题', '', '', '']]);
    expect(cache.stats.incremental).toBe(2);
  });
});

describe('incremental = full check (property)', () => {
  const PROFILE = readProfile(undefined).profile;
  const full = (values: CellValue[][], address: string) => {
    const at = parseRangeAddress(address);
    const sheet: GridSheet = { name: at.sheet, values, origin: { row: at.row, col: at.col } };
    const table = readTable<ProjectKey>(sheet, LEDGER_COLUMNS);
    if (!table) return null;
    const fy = inferYear([...table.titleTexts, at.sheet]);
    return sortFindings(ledgerFindings(readLedger(table, PROFILE.unit), PROFILE, fy), [at.sheet]);
  };
  const POOL: Partial<Record<(typeof HEADERS)[number], CellValue[]>> = {
    项目编号: ['XJZL2018-001', 'XJZL2018-002', '', null, '合计'],
    立项年度: [2018, 2012, 2019, '2017年', 'abc', null],
    专利号: ['ZL200710308494.X', '201710736136.3', 'CN202111118032.8', null],
    本年拨付: [1, 16, '十五', 1e6, -3, null],
    财政支持资金: [10, 30, 2000000, null],
    法律状态: ['有效', '失效', null],
    合同结束日期: ['2017-06-30', '2020-06-30', '2018-13-01'],
    地州市: ['乌鲁木齐市', '昌吉州', '北京市'],
  };
  const keys = Object.keys(POOL) as (keyof typeof POOL)[];
  const edit = fc.record({
    row: fc.integer({ min: 1, max: 12 }),
    key: fc.constantFrom(...keys),
    pick: fc.nat(),
  });

  it('after any sequence of one-cell edits below the header, FINDINGS equals ledgerFindings over the whole range', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), (edits, titled) => {
        clearFindingsCache();
        const above: CellValue[][] = titled ? [['2018年项目台账']] : [];
        const v = ledgerValues(sourceRows().slice(0, 12), above);
        const address = titled ? '项目台账!B3:W16' : '项目台账!B3:W15';
        ledgerRangeFindings(toRange(v), address);
        for (const e of edits) {
          const pool = POOL[e.key]!;
          v[above.length + e.row][col(e.key)] = pool[e.pick % pool.length];
          expect(ledgerRangeFindings(toRange(v), address)).toEqual(full(copy(v), address));
        }
        expect(cache.stats.full).toBe(1);
      }),
      { numRuns: 60 },
    );
  });
});

// The functions word their findings through a look-up of the rule families they can meet, not the whole registry
// (functions.js ≤ 60 KB gzipped): every rule of those families is there, as the registry has it, so FINDINGS' text is
// jx check's text. A ledger rule put in another family would fail here, not as an exception inside Excel.
describe('the rules the functions can word', () => {
  it('FINDINGS: every reading and ledger rule of the registry and the sheet rules a ledger range can meet (what the ledger part of the check reports)', () => {
    const ledger = [...LEDGER_SHEET_RULES, ...RULES.filter((r) => r.category === 'reading' || r.category === 'ledger')];
    expect(ledger.length).toBeGreaterThan(25);
    for (const r of ledger) if (r.id !== 'S001') expect([r.id, FINDINGS_RULES(r.id)]).toEqual([r.id, ruleById(r.id)]);
    // S001: FINDINGS holds its title and the one message a range meets (no header row), the very registry's; the sheets
    // a workbook's check does not find, and a CSV of one table, stay out of functions.js
    const [mine, whole] = [FINDINGS_RULES('S001')!, ruleById('S001')!];
    expect([mine.title, mine.severity, Object.keys(mine.messages)]).toEqual([whole.title, whole.severity, ['noHeader']]);
    expect(mine.messages.noHeader).toBe(whole.messages.noHeader);
    // Every sheet rule is one or the other: a new one must be placed (sheets.ts or sheetsWorkbook.ts).
    expect([...LEDGER_SHEET_RULES, ...WORKBOOK_SHEET_RULES].map((r) => r.id).sort()).toEqual(RULES.filter((r) => r.category === 'sheet').map((r) => r.id).sort());
    // The budget, indicator, report, monitor and across rules stay out, and the sheet rules only a whole workbook
    // meets (the year, the forms' texts, the sheets found): their texts would take functions.js past 60 KB gzipped.
    for (const id of ['W001', ...WORKBOOK_SHEET_RULES.map((r) => r.id)]) expect([id, FINDINGS_RULES(id)]).toEqual([id, undefined]);
  });

  it('INDICATORSCORE: one indicator\'s scoring rules (its #VALUE! and #N/A say W007 and W011); the whole table\'s (W003 W004 W009 W010) it never meets', () => {
    const one = new Set(['W007', 'W011']);
    for (const r of RULES.filter((x) => x.category === 'scoring')) expect([r.id, INDICATORSCORE_RULES(r.id)]).toEqual([r.id, one.has(r.id) ? ruleById(r.id) : undefined]);
  });
});
