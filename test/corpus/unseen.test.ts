/**
 * The corpus of files nobody on the team had seen (unseen.ts), read as a finance officer reads them: every project,
 * the sums of what the fund approved and paid to the 分, each project's cohort year, and no demand for columns the
 * fund cannot have. One `describe` per class of input; each failed on the code before its fix.
 */
import { readWorkbookFile, CHECKED_SHEETS } from '../../src/adapters/file';
import { nodeInflater } from '../../src/adapters/xlsx/inflateNode';
import { evaluateWorkbook, type WorkbookEvaluation } from '../../src/model/evaluate';
import { findingText } from '../../src/model/messages';
import { findingPlace } from '../../src/model/findings';
import { unseenCorpus, type CorpusFile } from './unseen';

let corpus: CorpusFile[];
const evaluated = new Map<string, WorkbookEvaluation>();
beforeAll(async () => {
  corpus = await unseenCorpus();
  for (const f of corpus) {
    const r = await readWorkbookFile(f.bytes, f.name, { inflater: nodeInflater, select: CHECKED_SHEETS });
    if (!r.ok) throw new Error(`${f.name} not read`);
    evaluated.set(f.name, evaluateWorkbook(r.grid));
  }
});
const texts = (ev: WorkbookEvaluation, rule: string): string[] => ev.findings.filter((f) => f.rule === rule).map((f) => `${findingPlace(f)} ${findingText(f, 'zh-CN')}`);

describe('a ledger of a fund without patents (科技, 农业, 商务, 文旅, 就业)', () => {
  it('is not asked for 专利号 or 法律状态', () => {
    for (const f of corpus) {
      const s002 = texts(evaluated.get(f.name)!, 'S002').filter((t) => /专利号|法律状态/.test(t));
      expect({ file: f.name, s002 }).toEqual({ file: f.name, s002: [] });
    }
  });
});
