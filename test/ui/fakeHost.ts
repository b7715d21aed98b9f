/** A HostActions double whose calls are recorded and whose long operations the test resolves by hand. */
import { type Finding, type RuleId, type Severity } from '../../src/model/findings';
import { countBySeverity } from '../../src/model/findingsShown';
import {
  abortError,
  type CheckView,
  type GenerateOptions,
  type GenerateResult,
  type HostActions,
  type HostCapabilities,
  type MarkOutcome,
  type PreviewView,
  type TaskOptions,
} from '../../src/ui/host';

/** A finding as a test writes it, its params typed by the rule registry (`variant` for a rule without a main message). */
export function finding<R extends RuleId>(
  rule: R,
  severity: Severity,
  sheet: string,
  row: number,
  col: number,
  params: Extract<Finding, { rule: R }>['params'],
  projectId?: string,
  variant?: Extract<Finding, { rule: R }>['variant']
): Finding {
  return { rule, ...(variant ? { variant } : {}), severity, sheet, row, col, params, projectId } as Finding;
}

export const PREVIEW: PreviewView = {
  fiscalYear: 2018,
  unit: '万元',
  executionRate: 1,
  leverage: 37590.1 / 1335,
  projectCount: 169,
  newCount: 49,
  carriedCount: 120,
  total: 100,
  grade: '优',
  cohorts: [
    { year: 2018, count: 49, disbursed: 160, isNew: true },
    { year: 2017, count: 50, disbursed: 680, isNew: false },
    { year: 2016, count: 18, disbursed: 90, isNew: false },
    { year: 2015, count: 30, disbursed: 160, isNew: false },
    { year: 2014, count: 22, disbursed: 110, isNew: false },
  ],
  paragraph: '本年共计拨付专利实施项目经费1200万元，其中：2018年新上项目49项。',
};

export function viewOf(findings: Finding[], preview: PreviewView | undefined = PREVIEW): CheckView {
  return { findings, counts: countBySeverity(findings), scheme: '2020', fiscalYear: 2018, preview };
}

/** A deferred promise the test settles; rejects with AbortError when the signal aborts. */
export interface Pending<T> {
  readonly options: TaskOptions;
  resolve(v: T): void;
  reject(e: unknown): void;
}

export class FakeHost implements HostActions {
  capabilities: HostCapabilities = { goTo: true, mark: true, templates: true, openFile: false, sample: false };
  checkResult: CheckView | Error = viewOf([]);
  /** When set, generate waits for the test (see `pendingGenerate`). */
  manualGenerate = false;
  generateResult: GenerateResult | Error = { sheetName: '2018年度绩效自评表' };
  pendingGenerate: Pending<GenerateResult> | null = null;
  generateCalls: GenerateOptions[] = [];
  checkCalls = 0;
  goTo = jest.fn(async (_f: Finding) => undefined);
  mark = jest.fn(async (_fs: ReadonlyArray<Finding>): Promise<MarkOutcome | void> => undefined);
  clearMarks = jest.fn(async () => undefined);
  insertTemplates = jest.fn(async (o: { withSample: boolean }) => ({
    sheetNames: o.withSample ? ['配置', '项目台账', '绩效指标', '报告素材'] : ['配置 (2)', '项目台账', '绩效指标', '报告素材'],
  }));

  async check(_options: TaskOptions): Promise<CheckView> {
    this.checkCalls++;
    if (this.checkResult instanceof Error) throw this.checkResult;
    return this.checkResult;
  }

  generate(options: GenerateOptions): Promise<GenerateResult> {
    this.generateCalls.push(options);
    if (!this.manualGenerate)
      return this.generateResult instanceof Error
        ? Promise.reject(this.generateResult)
        : Promise.resolve(this.generateResult);
    return new Promise<GenerateResult>((resolve, reject) => {
      options.signal.addEventListener('abort', () => reject(abortError()));
      this.pendingGenerate = { options, resolve, reject };
    });
  }
}
