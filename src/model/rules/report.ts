/**
 * Rules of the 报告素材 sheet (report.md): R001 R002 R003, reported by its reader
 * (read/material.ts) where it reads the cell; R004, what its text says against the figures (report/said.ts).
 */
import { defineRule, msg, P, type ParamKind } from './define';

/** The header names the sheet needs, as one label: `章节 | 内容`. */
const headerPair: ParamKind<ReadonlyArray<string>> = { ...P.list, show: (v) => v.join(' | ') };

export const R001 = defineRule({
  id: 'R001', category: 'report', severity: 'warning',
  title: { 'zh-CN': '报告素材章节无法识别', 'en-US': 'Unknown report section' },
  messages: {
    main: msg({
      params: { section: P.text },
      'zh-CN': (p) => `章节“${p.section}”不是自评报告的章节（应为 一（一）… 五（三）、六，或 1.1 … 5.3、6），该行文字未使用。`,
      'en-US': (p) => `"${p.section}" is not a section of the self-evaluation report (use 1.1 … 5.3 or 6); the text on this row is not used.`,
    }),
    appendix: msg({
      params: { section: P.text },
      'zh-CN': (p) => `章节“${p.section}”是附表，附表由自评表生成，该行文字未使用。`,
      'en-US': (p) => `"${p.section}" is the appendix, which is built from the self-evaluation table; the text on this row is not used.`,
    }),
    empty: msg({
      params: {},
      'zh-CN': () => `该行有内容但没有填写章节（如 一（一）、二（三）），文字未使用。`,
      'en-US': () => `This row has text but no section (such as 1.1 or 2.3); the text is not used.`,
    }),
  },
});

export const R002 = defineRule({
  id: 'R002', category: 'report', severity: 'info',
  title: { 'zh-CN': '报告素材章节重复', 'en-US': 'Report section repeated' },
  messages: {
    main: msg({
      /** `section` and `heading` as the report's outline words them, `number` as 1.1-style cells write it. */
      params: { section: P.text, number: P.text, heading: P.text, firstCell: P.cell },
      'zh-CN': (p) => `章节“${p.section}”（${p.heading}）出现多次（首次在 ${p.firstCell}），各行文字已按顺序合并。`,
      'en-US': (p) => `Section ${p.number} is given more than once (first at ${p.firstCell}); the texts are used in sheet order.`,
    }),
  },
});

export const R003 = defineRule({
  id: 'R003', category: 'report', severity: 'warning',
  title: { 'zh-CN': '报告素材无法读取', 'en-US': 'Report text unreadable' },
  messages: {
    noHeader: msg({
      /** `headers`: the two columns the sheet needs; `sections`: the sections a row may start with. */
      params: { headers: headerPair, sections: P.list },
      'zh-CN': (p) => `“报告素材”工作表中没有找到“${p.headers}”两列，也没有以章节编号开头的行，其中文字未使用（章节：${p.sections}）。`,
      'en-US': (p) => `The report text sheet has no "${p.headers}" columns and no row that starts with a section number (1.1 … 6); its text is not used.`,
    }),
    unreadable: msg({
      params: { section: P.text, number: P.text, raw: P.text },
      'zh-CN': (p) => `章节“${p.section}”的内容“${p.raw}”无法识别，按空白处理。`,
      'en-US': (p) => `The text of section ${p.number} ("${p.raw}") cannot be read and is taken as empty.`,
    }),
  },
});

export const R004 = defineRule({
  id: 'R004', category: 'report', severity: 'warning',
  title: { 'zh-CN': '报告素材与数据不符', 'en-US': 'Report text contradicts the figures' },
  messages: {
    allDone: msg({
      /** `words`: what the text says (全部完成); `names`: the indicators the scores say are not completed. */
      params: { section: P.text, number: P.text, words: P.text, names: P.list },
      'zh-CN': (p) => `章节“${p.section}”的文字说“${p.words}”，但指标“${p.names}”未完成或未完全完成：报告将照录这段文字，请核对后修改。`,
      'en-US': (p) => `The text of section ${p.number} says "${p.words}", but these indicators are not (fully) completed: ${p.names}. The report repeats the text as written: check it.`,
    }),
    rate: msg({
      /**
       * `words`: what the text calls the rate (资金执行率, 预算执行率, 执行率); `written`: the rate as it gives it (95%);
       * `computed`: the 自评表's 执行率 (100.00%).
       */
      params: { section: P.text, number: P.text, words: P.text, written: P.text, computed: P.text },
      'zh-CN': (p) => `章节“${p.section}”的文字写${p.words}为${p.written}，而自评表的执行率为${p.computed}（全年执行数÷全年预算数）：报告将照录这段文字，请核对后修改。`,
      'en-US': (p) => `The text of section ${p.number} gives an execution rate of ${p.written} for the year, while the self-evaluation table's is ${p.computed} (spent over budget for the year). The report repeats the text as written: check it.`,
    }),
  },
});

export const REPORT_RULES = [R001, R002, R003, R004] as const;
