/** Texts of the 报告素材 findings (report.md): R001 R002 R003. */
import type { MessagePart } from './types';

const s = (v: unknown): string => String(v ?? '');

export const REPORT_MESSAGES: MessagePart = {
  'zh-CN': {
    R001: (p) =>
      `章节“${s(p.section)}”不是自评报告的章节（应为 一（一）… 五（三）、六，或 1.1 … 5.3、6），该行文字未使用。`,
    'R001.appendix': (p) => `章节“${s(p.section)}”是附表，附表由自评表生成，该行文字未使用。`,
    'R001.empty': () => `该行有内容但没有填写章节（如 一（一）、二（三）），文字未使用。`,
    R002: (p) => `章节“${s(p.section)}”（${s(p.heading)}）出现多次（首次在 ${s(p.firstCell)}），各行文字已按顺序合并。`,
    'R003.noHeader': (p) =>
      `“报告素材”工作表中没有找到“章节 | 内容”两列，也没有以章节编号开头的行，其中文字未使用（章节：${s(p.sections)}）。`,
    'R003.unreadable': (p) => `章节“${s(p.section)}”的内容“${s(p.raw)}”无法识别，按空白处理。`,
  },
  'en-US': {
    R001: (p) =>
      `"${s(p.section)}" is not a section of the self-evaluation report (use 1.1 … 5.3 or 6); the text on this row is not used.`,
    'R001.appendix': (p) =>
      `"${s(p.section)}" is the appendix, which is built from the self-evaluation table; the text on this row is not used.`,
    'R001.empty': () => `This row has text but no section (such as 1.1 or 2.3); the text is not used.`,
    R002: (p) =>
      `Section ${s(p.number)} is given more than once (first at ${s(p.firstCell)}); the texts are used in sheet order.`,
    'R003.noHeader': () =>
      `The report text sheet has no "章节 | 内容" columns and no row that starts with a section number (1.1 … 6); its text is not used.`,
    'R003.unreadable': (p) =>
      `The text of section ${s(p.number)} ("${s(p.raw)}") cannot be read and is taken as empty.`,
  },
};
