/**
 * The outline of the 绩效自评报告 (report.md): the source document's seven chapters and their
 * sections, in order, with the template's guidance lines as the source prints them, the data
 * paragraph each section opens with, and what happens when the workbook gives no text.
 */

/** The data paragraphs of report.md. */
export type DataParagraph = 'A' | 'B' | 'C' | 'D' | 'E';

/**
 * What a section without text from 报告素材 shows:
 * - `placeholder`: the highlighted `【请填写：<heading>】` (only a person can write it);
 * - `optional`: nothing (the data paragraph says it all, or the source leaves it empty);
 * - `goal` / `goalResult`: the profile's 年度总体目标 / 实际完成情况, else the placeholder.
 */
export type TextPolicy = 'placeholder' | 'optional' | 'goal' | 'goalResult';

export interface SectionDef {
  /** `一（一）`; a chapter without sections has its own number: `六`. */
  readonly id: string;
  /** 1-based chapter. */
  readonly chapter: number;
  /** 1-based section within the chapter; 0 for a chapter without sections. */
  readonly index: number;
  readonly heading: string;
  /** The template's guidance under the heading, as the source prints it. */
  readonly guide?: string;
  readonly data?: DataParagraph;
  readonly text: TextPolicy;
}

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

export const CHAPTERS: ReadonlyArray<string> = [
  '项目概况',
  '项目资金使用及管理情况',
  '项目组织实施情况',
  '项目绩效情况',
  '其他需要说明的问题',
  '项目评价工作情况',
  '附表',
];

/** The chapter of the appendix (七、附表): its content is the 自评表, never text. */
export const APPENDIX_CHAPTER = 7;

const s = (
  chapter: number,
  index: number,
  heading: string,
  text: TextPolicy,
  extra: Partial<SectionDef> = {}
): SectionDef => ({
  id: index ? `${CHINESE_NUMERALS[chapter - 1]}（${CHINESE_NUMERALS[index - 1]}）` : CHINESE_NUMERALS[chapter - 1],
  chapter,
  index,
  heading,
  text,
  ...extra,
});

export const SECTIONS: ReadonlyArray<SectionDef> = [
  s(1, 1, '项目单位基本情况', 'placeholder'),
  s(1, 2, '项目预算绩效目标设定情况', 'goal', {
    guide: '（包括预期目标及阶段性目标；项目基本性质、用途和主要内容、涉及范围）',
  }),
  s(2, 1, '项目资金安排落实、总投入等情况分析', 'optional', { guide: '（包括财政资金、自筹资金等）', data: 'A' }),
  s(2, 2, '项目资金实际使用情况分析', 'placeholder', { guide: '（主要是指财政资金）', data: 'B' }),
  s(2, 3, '项目资金管理情况分析', 'placeholder', { guide: '（包括管理制度、办法的制定及执行情况）' }),
  s(3, 1, '项目组织情况分析', 'placeholder', { guide: '（包括项目投标情况、调整情况、完成验收等）' }),
  s(3, 2, '项目管理情况分析', 'placeholder', { guide: '（包括项目管理制度建设、日常检查监督管理等情况）' }),
  s(4, 1, '项目绩效目标完成情况分析', 'goalResult', {
    guide:
      '（将项目支出后的实际状况与申报的绩效目标对比，从项目的经济性、效率性、有益性和可持续性等方面进行量化、具体分析。）',
    data: 'C',
  }),
  s(4, 2, '项目绩效目标未完成原因分析', 'optional', {
    guide: '（如项目绩效目标已完成，可不用填写该部分。）',
    data: 'D',
  }),
  s(5, 1, '后续工作计划', 'placeholder'),
  s(5, 2, '主要经验及做法、存在问题和建议', 'placeholder', {
    guide: '（包括资金安排、使用过程中的经验、做法、存在问题、改进措施和有关建议等）',
    data: 'E',
  }),
  s(5, 3, '其他', 'optional'),
  s(6, 0, '项目评价工作情况', 'placeholder', {
    guide: '包括评价基础数据收集、资料来源和依据等佐证材料情况，项目现场勘验检查核实等情况',
  }),
];

/** `一、项目概况` */
export function chapterHeading(chapter: number): string {
  return `${CHINESE_NUMERALS[chapter - 1]}、${CHAPTERS[chapter - 1]}`;
}

/** `（一）项目单位基本情况`; a chapter's own text has no section heading. */
export function sectionHeading(def: SectionDef): string | undefined {
  return def.index ? `（${CHINESE_NUMERALS[def.index - 1]}）${def.heading}` : undefined;
}

/** `2.3`, `6`: the section's number as the English messages and `1.1`-style 章节 cells write it. */
export function sectionNumber(def: SectionDef): string {
  return def.index ? `${def.chapter}.${def.index}` : String(def.chapter);
}

/**
 * The id a report's placeholders name its head by (title and byline): 配置 gives no 项目名称 or 预算单位 for another fund's
 * ledger (S015), and the head says 【请填写资金名称】 / 【请填写预算单位】 there. Listed before the sections.
 */
export const HEAD_ID = '标题';

export function placeholderText(heading: string): string {
  return `【请填写：${heading}】`;
}

const NUMERAL_VALUE = new Map<string, number>(CHINESE_NUMERALS.map((n, i) => [n, i + 1]));

function numeral(x: string): number | undefined {
  if (/^\d{1,2}$/.test(x)) return Number(x);
  return NUMERAL_VALUE.get(x);
}

/**
 * The section a 章节 cell names: `一（一）`, `一(一)`, `一、（一）`, `1.1`, `1-1`, `1．1`, `六`, `6`,
 * or the heading itself (`项目单位基本情况`, `（一）项目单位基本情况`, `二（三）项目资金管理情况分析`).
 * Undefined when it names none; `appendix` for 七 (the appendix takes no text).
 */
export function sectionOf(raw: string): SectionDef | 'appendix' | undefined {
  const t = raw
    .normalize('NFKC') // full-width digits and brackets → ASCII
    .replace(/\s+/g, '')
    .replace(/[。.、，,：:]+$/, '');
  if (!t) return undefined;
  const byHeading = SECTIONS.find(
    (d) => t === d.heading || t.endsWith(`)${d.heading}`) || t.endsWith(`、${d.heading}`)
  );
  if (byHeading) return byHeading;
  const m =
    /^([一二三四五六七八九十]|\d{1,2})(?:[、.．\-－]?(?:\(([一二三四五六七八九十]|\d{1,2})\)|([一二三四五六七八九十]|\d{1,2})))?$/.exec(
      t
    );
  if (!m) return undefined;
  const chapter = numeral(m[1]);
  const index = (m[2] ?? m[3]) ? numeral(m[2] ?? m[3]) : 0;
  if (chapter === undefined || index === undefined) return undefined;
  if (chapter === APPENDIX_CHAPTER && index === 0) return 'appendix';
  return SECTIONS.find((d) => d.chapter === chapter && d.index === index);
}
