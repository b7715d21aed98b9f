/**
 * en-US text has no Chinese except what the user's workbook gave: the text of every message, and
 * of every finding the test corpus produces. Chinese may come only through the parameters of the
 * `text` and `list` kinds (the workbook's own text: its values, and the names it uses for sheets,
 * columns, parameters and the words to type); codes are translated, numbers are digits.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Finding } from '../../../src/model/findings';
import type { Grid } from '../../../src/model/grid';
import { clipText, findingText, formatFinding } from '../../../src/model/messages';
import { RULES, ruleById } from '../../../src/model/rules';
import type { AnyParamKind, ParamKinds } from '../../../src/model/rules/define';
import { messyLedgerGrid, sampleWorkbookGrid } from '../../../src/model/sample';
import { book } from '../support/ledger';
import { findingsOf, loadCases } from './tester';

/** Han, kana, hangul, CJK symbols and punctuation, full-width forms. */
const CJK = /[\u2e80-\u303f\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3134f}]/u;
const DATA_KINDS = new Set(['text', 'list']);

/** The text with every data value of the finding taken out. */
function withoutData(text: string, f: Finding): string {
  const m = ruleById(f.rule)!.messages[f.variant ?? 'main'];
  const params = f.params as Readonly<Record<string, unknown>>;
  const data: string[] = f.projectId ? [f.projectId, clipText(f.projectId)] : [];
  for (const [k, kind] of Object.entries(m.params as ParamKinds)) {
    if (!DATA_KINDS.has(kind.kind)) continue;
    const v = params[k];
    for (const s of Array.isArray(v) ? v : v === undefined ? [] : [v]) data.push(String(s), clipText(String(s)));
  }
  // Longest first, so that a value is not cut by a shorter one inside it.
  return data.sort((a, b) => b.length - a.length).reduce((t, s) => (s ? t.split(s).join('') : t), text);
}

function corpus(): ReadonlyArray<Finding> {
  const grids: Grid[] = [sampleWorkbookGrid(), messyLedgerGrid().grid, book()];
  const out: Finding[] = [];
  for (const g of grids) for (const forSelfEval of [false, true]) out.push(...evaluateWorkbook(g, { forSelfEval }).findings);
  for (const [, cases] of loadCases()) for (const list of Object.values(cases)) for (const c of list ?? []) out.push(...findingsOf(c));
  return out;
}

describe('en-US text', () => {
  it('of every message, with ASCII data and every code, has no Chinese', () => {
    const bad: string[] = [];
    for (const r of RULES)
      for (const [variant, m] of Object.entries(r.messages)) {
        const kinds = Object.entries(m.params as ParamKinds) as [string, AnyParamKind][];
        const rounds = Math.max(1, ...kinds.map(([, k]) => k.codes?.length ?? 0));
        for (let i = 0; i < rounds; i++) {
          const params: Record<string, unknown> = {};
          for (const [k, kind] of kinds)
            params[k] = kind.codes ? kind.codes[i % kind.codes.length] : kind.kind === 'list' ? ['a', 'b'] : kind.kind === 'number' ? 7 : `x${k}`;
          const text = formatFinding({ rule: r.id, variant: variant === 'main' ? undefined : variant, params } as never, 'en-US');
          if (CJK.test(text)) bad.push(`${r.id}.${variant}: ${text}`);
        }
      }
    expect(bad).toEqual([]);
  });

  it('of every finding of the test corpus has no Chinese but the workbook’s own text', () => {
    const findings = corpus();
    expect(new Set(findings.map((f) => f.rule)).size).toBe(RULES.length); // the corpus reaches every rule
    const bad = findings.map((f) => withoutData(findingText(f, 'en-US'), f)).filter((t) => CJK.test(t));
    expect([...new Set(bad)]).toEqual([]);
  });

  it('names the old failures in English: expected a whole number, one of 2020 or 2018, an amount', () => {
    const l003 = (profile: [string, string][]) =>
      evaluateWorkbook(book({ profile })).findings.filter((f) => f.rule === 'L003').map((f) => findingText(f, 'en-US'));
    expect(l003([['最长结转年限', '四']])).toEqual(['Profile parameter "最长结转年限" value "四" cannot be read; expected a whole number.']);
    expect(l003([['分值方案', '2019']])).toEqual(['Profile parameter "分值方案" value "2019" cannot be read; expected 2020 or 2018.']);
    expect(l003([['单项资助上限', '五十万']])).toEqual(['Profile parameter "单项资助上限" value "五十万" cannot be read; expected an amount in ×10,000 yuan.']);
  });
});
