/**
 * The third corpus of files nobody on the team had seen (unseen3.ts), read as a finance officer reads them: every
 * project once, the sums approved and paid to the 分, each project's cohort year, and no finding about what is right.
 * One `describe` per class of input; each failed on the code before its fix.
 */
import { readWorkbookFile, CHECKED_SHEETS } from '../../src/adapters/file';
import { nodeInflater } from '../../src/adapters/xlsx/inflateNode';
import { evaluateWorkbook, type WorkbookEvaluation } from '../../src/model/evaluate';
import { findingText } from '../../src/model/messages';
import { findingPlace } from '../../src/model/findings';
import { unseenCorpus3 } from './unseen3';
import type { CorpusFile } from './unseen';

let corpus: CorpusFile[];
const evaluated = new Map<string, WorkbookEvaluation>();
beforeAll(async () => {
  corpus = await unseenCorpus3();
  for (const f of corpus) {
    const r = await readWorkbookFile(f.bytes, f.name, { inflater: nodeInflater, select: CHECKED_SHEETS });
    if (!r.ok) throw new Error(`${f.name} not read: ${r.message}`);
    evaluated.set(f.name, evaluateWorkbook(r.grid, { fileName: f.name }));
  }
});
const texts = (ev: WorkbookEvaluation, rule: string): string[] => ev.findings.filter((f) => f.rule === rule).map((f) => `${findingPlace(f)} ${findingText(f, 'zh-CN')}`);

describe('every file of the corpus', () => {
  it('reads every project once, and what the fund approved and paid, to the 分', () => {
    for (const f of corpus) {
      const ps = evaluated.get(f.name)!.check.ledger?.projects ?? [];
      const sum = (k: 'approved' | 'disbursed'): number => ps.reduce((s, p) => s + (p[k] ?? 0), 0);
      expect({ file: f.name, projects: ps.length, approved: sum('approved'), disbursed: sum('disbursed') }).toEqual({ file: f.name, projects: f.truth.projects, approved: f.truth.approved, disbursed: f.truth.disbursed });
    }
  });
  it('each project’s 立项年度 is its year', () => {
    for (const f of corpus) {
      const ps = evaluated.get(f.name)!.check.ledger?.projects ?? [];
      expect({ file: f.name, years: Object.fromEntries(ps.map((p) => [p.id, p.cohortYear])) }).toEqual({ file: f.name, years: f.truth.years });
    }
  });
  it('no error about what is right: every error is the missing year of a text file that names none', () => {
    for (const f of corpus) {
      const errors = evaluated.get(f.name)!.findings.filter((x) => x.severity === 'error' && !(x.rule === 'S005' && /\.(csv|txt)$/.test(f.name)));
      expect({ file: f.name, errors: errors.map((x) => `${findingPlace(x)} ${findingText(x, 'zh-CN')}`) }).toEqual({ file: f.name, errors: [] });
    }
  });
});

describe('a second table under the first, each with its own header and 合计 (新上, then 结转)', () => {
  it('the second 合计 totals its own table: no L021', () => {
    expect(texts(evaluated.get('科技-筛选小计合计在中间.xlsx')!, 'L021')).toEqual([]);
  });
});
