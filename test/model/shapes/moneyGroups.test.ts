/**
 * Sweep A1, A2, C12: a sub-column under a money group is a share of that money, its group decides
 * what it means — `地州` under 财政支持资金 / 资金来源 / 资金安排 is the prefecture's share, not the 地州市
 * column. A required amount given only as shares (财政支持资金 over 中央 | 自治区 | 地州, no total) is
 * not added up: S002 names the group cell and its shares, and no 自评表 is built from it. S003 names
 * the header cell it means (the leaf under a group), not the group.
 */
import { a1, type CellValue, type GridSheet, type Merge } from '../../../src/model/grid';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { formatFinding } from '../../../src/model/messages';
import { LEDGER_HEADERS, SAMPLE_SHEETS, sampleProjects, cleanCell } from '../../../src/model/sample';
import { perPrefectureLedgers, withLedger } from '../../support/shapes';
import { expectSameAsSample } from './expect';

const APPROVED = LEDGER_HEADERS.findIndex(([k]) => k === 'approved');

/**
 * The sample ledger with 财政支持资金 replaced by a two-row group: `group` merged over `leaves`, each
 * leaf's amount from `share` (a fraction of the approved amount, in 分 so that the parts add up exactly).
 */
function grouped(group: string, leaves: ReadonlyArray<readonly [string, (approvedFen: number) => number]>, o: { merged?: boolean; withRegion?: boolean } = {}): GridSheet {
  const merged = o.merged ?? true;
  const keys = LEDGER_HEADERS.filter(([k]) => o.withRegion !== false || k !== 'region');
  const at = keys.findIndex(([k]) => k === 'approved');
  const top: CellValue[] = [];
  const sub: CellValue[] = [];
  keys.forEach(([, h], c) => {
    if (c === at) {
      leaves.forEach(([leaf], i) => {
        top.push(i === 0 ? group : null);
        sub.push(leaf);
      });
    } else {
      top.push(h);
      sub.push(null);
    }
  });
  const rows = sampleProjects().map((p) =>
    keys.flatMap(([k]) => {
      if (k !== 'approved') return [cleanCell(p, k)];
      const fen = Math.round((cleanCell(p, k) as number) * 1_000_000);
      return leaves.map(([, share]) => share(fen) / 1_000_000);
    }),
  );
  const merges: Merge[] = [];
  if (merged) {
    merges.push({ top: 0, left: at, bottom: 0, right: at + leaves.length - 1 });
    for (let c = 0; c < top.length; c++) if (c < at || c >= at + leaves.length) merges.push({ top: 0, left: c, bottom: 1, right: c });
  }
  return { name: SAMPLE_SHEETS.ledger, values: [top, sub, ...rows], ...(merged ? { merges } : {}) };
}

const half = (fen: number): number => Math.floor(fen / 2);
const rest = (fen: number): number => fen - Math.floor(fen / 2);
const none = (): number => 0;
const whole = (fen: number): number => fen;

describe('地州 under a money group is a share of the money, not the 地州市 column', () => {
  it.each([
    ['财政支持资金', '合计'],
    ['资金安排（万元）', '财政支持资金'],
  ])('%p over %p | 其中：中央 | 自治区 | 地州: the total is read, the shares are ignored columns, no S003', (group, total) => {
    const sheet = grouped(group, [[total, whole], ['其中：中央', half], ['自治区', rest], ['地州', none]]);
    const e = expectSameAsSample(withLedger(sheet), ['S004']);
    const t = e.check.ledger!.table;
    expect(t.columns.approved!.col).toBe(APPROVED);
    expect(t.columns.region!.header).toBe('地州市');
    expect(t.unknown.map((u) => u.header.split('/').pop())).toEqual(['其中：中央', '自治区', '地州']);
  });
  it.each([true, false])('one sheet per 地州市 without a 地州市 column, 资金来源 over 自治区 | 地州 (merged: %p): the region comes from the sheet name', (merged) => {
    const sheets = perPrefectureLedgers({ withRegion: false }).map((s) => {
      const header = s.values[2];
      const at = header.indexOf('财政支持资金');
      const widen = (r: ReadonlyArray<CellValue>, a: CellValue, b: CellValue): CellValue[] => [...r.slice(0, at + 1), a, b, ...r.slice(at + 1)];
      const top = widen(header, '资金来源', null);
      const sub = top.map((_, c) => (c === at + 1 ? '自治区' : c === at + 2 ? '地州' : null));
      const body = s.values.slice(3).map((r) => widen(r, r[at], 0));
      const merges: Merge[] = merged ? [{ top: 2, left: at + 1, bottom: 2, right: at + 2 }] : [];
      return { ...s, values: [s.values[0], s.values[1], top, sub, ...body], merges: [...(s.merges ?? []), ...merges] };
    });
    const e = evaluateWorkbook(withLedger(sheets), { layout: '2020', generatedAt: 'T' });
    expect(e.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}!${a1(f.row, f.col)}`)).toEqual([]);
    expect(e.check.ledger!.projects.every((p) => typeof p.region === 'string' && p.region.length > 2)).toBe(true);
    expect(e.selfEval!.total).toBe(100);
  });
});

describe('a required amount given only as shares', () => {
  it.each([true, false])('财政支持资金 over 中央 | 自治区 | 地州, no total (merged: %p): S002 at the group cell names the shares; no 自评表', (merged) => {
    const sheet = grouped('财政支持资金', [['中央', half], ['自治区', rest], ['地州', none]], { merged });
    const e = evaluateWorkbook(withLedger(sheet), { layout: '2020', generatedAt: 'T' });
    const s002 = e.findings.filter((f) => f.rule === 'S002');
    expect(s002.map((f) => [f.variant, a1(f.row, f.col)])).toEqual([['parts', a1(0, APPROVED)]]);
    expect(formatFinding(s002[0], 'zh-CN')).toContain('只有分项（中央、自治区、地州）');
    expect(e.findings.filter((f) => f.rule === 'S003')).toEqual([]);
    expect(e.selfEval).toBeUndefined();
  });
  it('省级财政资金 under 资金情况 is still the fund\'s money (a level before money words), beside a share 其中：中央', () => {
    const sheet = grouped('资金情况', [['省级财政资金', whole], ['其中：中央', half]]);
    const e = expectSameAsSample(withLedger(sheet), ['S004']);
    expect(e.check.ledger!.table.columns.approved!.header).toBe('省级财政资金');
  });
});

describe('S003 names the header it means', () => {
  it('a duplicate under a group row: the leaf cell (row 2), not the group cell (row 1)', () => {
    const sheet = grouped('拨付情况', [['本年度拨付', whole], ['已拨付', whole]]);
    // 本年度拨付 and 已拨付 both read as 本年拨付 here; the sample's own 本年拨付 column makes three
    const e = evaluateWorkbook(withLedger(sheet), { layout: '2020', generatedAt: 'T' });
    const s003 = e.findings.filter((f) => f.rule === 'S003');
    expect(s003.length).toBeGreaterThan(0);
    expect(s003.every((f) => f.row === 1)).toBe(true);
  });
});
