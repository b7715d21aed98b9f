/**
 * What every round of the corpus (unseen*.ts) asks of each of its files, as a finance officer reads them: every project
 * once, the sums approved and paid to the 分, each project's cohort year, and no error about what is right. One place
 * for the reading and the checks; each round's test adds only what its shapes are about.
 */
import { readWorkbookFile, CHECKED_SHEETS } from '../../src/adapters/file';
import { nodeInflater } from '../../src/adapters/xlsx/inflateNode';
import { evaluateWorkbook, type WorkbookEvaluation } from '../../src/model/evaluate';
import { findingText } from '../../src/model/messages';
import { findingPlace } from '../../src/model/findingsShown';
import type { CorpusFile } from './unseen';

export type Evaluated = ReadonlyMap<string, WorkbookEvaluation>;
type Finding = WorkbookEvaluation['findings'][number];
type Project = NonNullable<WorkbookEvaluation['check']['ledger']>['projects'][number];

/** A finding as the user reads it: rule, place, zh-CN text. */
export const said = (x: Finding): string => `${x.rule} ${findingPlace(x)} ${findingText(x, 'zh-CN')}`;

/**
 * Reads and evaluates a round's files once, before its tests (a `beforeAll`); `files()` is the round, `evaluated` each
 * file's evaluation by name. `fileName: false` evaluates as the first round did, without the file's name.
 */
export function evaluateCorpus(make: () => Promise<CorpusFile[]>, opts: { fileName?: boolean } = {}): { files: () => CorpusFile[]; evaluated: Map<string, WorkbookEvaluation> } {
  let corpus: CorpusFile[] = [];
  const evaluated = new Map<string, WorkbookEvaluation>();
  beforeAll(async () => {
    corpus = await make();
    for (const f of corpus) {
      const r = await readWorkbookFile(f.bytes, f.name, { inflater: nodeInflater, select: CHECKED_SHEETS });
      if (!r.ok) throw new Error(`${f.name} not read: ${r.message}`);
      evaluated.set(f.name, evaluateWorkbook(r.grid, opts.fileName === false ? {} : { fileName: f.name }));
    }
  });
  return { files: () => corpus, evaluated };
}

const projectsOf = (evaluated: Evaluated, f: CorpusFile): ReadonlyArray<Project> => evaluated.get(f.name)?.check.ledger?.projects ?? [];

/**
 * Every project read once and the fund's sums to the 分. `distinct`: a project read twice under one 项目编号 counts
 * once (a table pasted twice, whose duplicates L004 names).
 */
export function expectProjectsAndMoney(files: ReadonlyArray<CorpusFile>, evaluated: Evaluated, opts: { distinct?: boolean } = {}): void {
  for (const f of files) {
    const seen = new Set<string>();
    const ps = projectsOf(evaluated, f).filter((p) => !opts.distinct || (!seen.has(p.id ?? '') && !!seen.add(p.id ?? '')));
    const sum = (k: 'approved' | 'disbursed'): number => ps.reduce((s, p) => s + (p[k] ?? 0), 0);
    expect({ file: f.name, projects: ps.length, approved: sum('approved'), disbursed: sum('disbursed') }).toEqual({ file: f.name, projects: f.truth.projects, approved: f.truth.approved, disbursed: f.truth.disbursed });
  }
}

/** Each project's 立项年度 is the truth's, by 项目编号 (a project without one has none to be found by). */
export function expectYears(files: ReadonlyArray<CorpusFile>, evaluated: Evaluated): void {
  for (const f of files) {
    const years = Object.fromEntries(projectsOf(evaluated, f).flatMap((p) => (p.id === undefined ? [] : [[p.id, p.cohortYear]])));
    expect({ file: f.name, years }).toEqual({ file: f.name, years: f.truth.years });
  }
}

/** No error-severity finding, but those `allowed` says a file of its kind rightly gets. */
export function expectNoErrors(files: ReadonlyArray<CorpusFile>, evaluated: Evaluated, allowed: (f: CorpusFile, x: Finding) => boolean = () => false): void {
  for (const f of files) {
    const errors = (evaluated.get(f.name)?.findings ?? []).filter((x) => x.severity === 'error' && !allowed(f, x));
    expect({ file: f.name, errors: errors.map(said) }).toEqual({ file: f.name, errors: [] });
  }
}

/**
 * The three checks every round makes of its ledgers, as tests of the `describe` it is called in. `ledgers` is called
 * when the tests run (after `evaluateCorpus`'s `beforeAll`).
 */
export function truthChecks(ledgers: () => ReadonlyArray<CorpusFile>, evaluated: Evaluated, opts: { allowedErrors?: (f: CorpusFile, x: Finding) => boolean; allowedErrorsSaid?: string } = {}): void {
  it('reads every project once, and what the fund approved and paid, to the 分', () => expectProjectsAndMoney(ledgers(), evaluated));
  it('each project’s 立项年度 is its year', () => expectYears(ledgers(), evaluated));
  it(`no error about what is right${opts.allowedErrorsSaid ? `: ${opts.allowedErrorsSaid}` : ''}`, () => expectNoErrors(ledgers(), evaluated, opts.allowedErrors));
}
