// readLedger keeps the reading of each string a column repeats (READINGS_KEPT): every project and
// every L002/L003 must be what reading each cell afresh gives, on columns that repeat their strings
// and on columns that repeat nothing (past the limit, where the readings stop being kept).
import type { CellValue } from '../../../src/model/grid';
import { LEDGER_COLUMNS } from '../../../src/model/read/columns';
import { READINGS_KEPT, readLedger } from '../../../src/model/read/ledger';
import { readTable } from '../../../src/model/read/table';
import { amountValue, boolValue, countValue, dateValueOf, textValue, Unreadable, yearValue } from '../../../src/model/read/values';
import type { ProjectKey } from '../../../src/model/records';
import { HEADERS, validRow, type Header } from '../support/ledger';

const ROWS = READINGS_KEPT * 2 + 50;

/** Cells that need the readers' work: odd and full-width spaces, full-width digits, unreadable text, blanks. */
const REPEATED: Partial<Record<Header, ReadonlyArray<CellValue>>> = {
  地州市: ['乌鲁木齐市', ' 昌吉州 ', '\u3000巴州\u00a0', '\u200b', '东城区'],
  承担单位: ['新疆示例科技有限公司', '新疆示例（集团）有限公司\ufeff', '\u2003 ', null],
  财政支持资金: [30, '约50万', '１,２００', '30万元', ' 12.5 ', '\u3000'],
  立项年度: [2017, '2017年', '２０１７', '二〇一七'],
  合同开始日期: ['2017-06-30', '2017年6月30日', '2017/13/01', '\u00a0'],
  贯标认证: ['是', '否', ' Y ', 'maybe', '\u3000'],
  新申请专利数: [2, '3件', '２', '1.5'],
};

/** A text that differs on every row (past READINGS_KEPT) and needs normalising: full-width letters and odd spaces. */
const distinct = (i: number): string => `\u00a0ＸＪ${i}\u2002号\u3000`;

function ledgerRows(): CellValue[][] {
  const rows: CellValue[][] = [[...HEADERS]];
  for (let i = 0; i < ROWS; i++) {
    const r = validRow(i);
    const cells = HEADERS.map((h) => (r[h] === undefined ? null : r[h]!));
    for (const [h, values] of Object.entries(REPEATED)) cells[HEADERS.indexOf(h as Header)] = values[(i * 7 + h.length) % values.length];
    cells[HEADERS.indexOf('备注')] = distinct(i);
    cells[HEADERS.indexOf('项目编号')] = i % 3 ? distinct(i) : `XJZL2017-${i}`;
    rows.push(cells);
  }
  return rows;
}

/** Each cell read afresh by the readers of values.ts. */
function readerOf(key: ProjectKey): (v: CellValue) => unknown {
  const def = LEDGER_COLUMNS.find((d) => d.key === key)!;
  switch (def.type) {
    case 'amount': return (v) => amountValue(v, '万元');
    case 'year': return yearValue;
    case 'date': return (v) => dateValueOf(v);
    case 'count': return countValue;
    case 'bool': return boolValue;
    case 'prose': return (v) => { const t = textValue(v); return typeof t === 'string' && typeof v === 'string' ? v.trim() : t; };
    default: return textValue;
  }
}

describe('readLedger keeps the readings of repeated strings', () => {
  const values = ledgerRows();
  const table = readTable<ProjectKey>({ name: '项目台账', values }, LEDGER_COLUMNS)!;
  const read = readLedger(table, '万元');

  it('reads every field as reading the cell afresh does', () => {
    expect(read.projects).toHaveLength(ROWS);
    const mismatches: string[] = [];
    for (const def of LEDGER_COLUMNS) {
      const col = table.columns[def.key]?.col;
      if (col === undefined) continue;
      const fresh = readerOf(def.key);
      read.projects.forEach((p, i) => {
        const r = fresh(values[i + 1][col]);
        const expected = r instanceof Unreadable ? undefined : r;
        if (!Object.is(p[def.key], expected) && JSON.stringify(p[def.key]) !== JSON.stringify(expected)) mismatches.push(`${def.header} row ${i + 1}`);
      });
    }
    expect(mismatches).toEqual([]);
    // The cases that need work were met (a test of nothing would pass too).
    expect(read.projects.filter((p) => p.region === '昌吉州')).not.toHaveLength(0);
    // 备注 as written (prose), its edges trimmed; 项目编号 made half-width
    expect(read.projects[1].note).toBe('ＸＪ1\u2002号');
    expect(read.projects[1].id).toBe('XJ1 号');
  });

  it('gives every blank required cell its L002 and every unreadable cell its L003, row by row', () => {
    const expected: string[] = [];
    read.projects.forEach((p, i) => {
      for (const def of LEDGER_COLUMNS) {
        const col = table.columns[def.key]?.col;
        if (col === undefined) continue;
        const r = readerOf(def.key)(values[i + 1][col]);
        if (r === undefined && def.required) expected.push(`L002 ${p.row}:${col}`);
        if (r instanceof Unreadable) expected.push(`L003 ${p.row}:${col} ${r.raw}`);
      }
    });
    const got = read.findings.map((f) => `${f.rule} ${f.row}:${f.col}${f.rule === 'L003' ? ` ${(f.params as { raw: string }).raw}` : ''}`);
    expect(got).toEqual(expected);
    expect(got.filter((g) => g.includes('约50万')).length).toBeGreaterThan(100);
  });
});

describe('备注 is read as written', () => {
  it('keeps its full-width ，（）：, edges trimmed, where a name is made half-width (was 资金已拨付,待验收: the 汇总 and a finding quoting it showed a half-width comma)', () => {
    const row = (note: CellValue): CellValue[] => HEADERS.map((h) => (h === '备注' ? note : h === '承担单位' ? '新疆示例（集团）有限公司' : (validRow(0)[h] ?? null)));
    const table = readTable<ProjectKey>({ name: '项目台账', values: [[...HEADERS], row(' 资金已拨付，待验收（二期）：见附件\u3000'), row('—'), row({ kind: 'error', code: '#N/A' })] }, LEDGER_COLUMNS)!;
    const read = readLedger(table, '万元');
    expect(read.projects.map((p) => p.note)).toEqual(['资金已拨付，待验收（二期）：见附件', undefined, undefined]);
    expect(read.projects[0].unit).toBe('新疆示例(集团)有限公司');
    expect(read.findings.map((f) => [f.rule, (f.params as { expected?: string }).expected])).toEqual([['L003', 'text']]);
  });
});
