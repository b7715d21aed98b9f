/**
 * The form's own labels and its indicator categories break between words, never inside one, on the three printed
 * forms (the 2018 and 2020 自评表, the 监控表): Excel, WPS and LibreOffice break Chinese text at any character, so a
 * label that does not fit its column on one line is broken by the layout (sheet.ts wordLines). The 2020 form printed
 * 实施单 / 位 (its 分值 column), 满意度指 / 标 (一级) and 经济效益指 / 标 (二级); the 2018 form 可持续影响指 / 标 and
 * 预期指标值（包含数字及文字 / 描述）; the 监控表 满意度指 / 标. Words are ICU's (Intl.Segmenter), the oracle here.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Grid } from '../../../src/model/grid';
import type { SheetLayout } from '../../../src/model/layout';
import { sampleMidYearGrid, sampleWorkbookGrid } from '../../../src/model/sample';
import { KNOWN_WORDS, wordLines, wrappedLines } from '../../../src/model/selfeval/sheet';

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The offsets in `text` where a word begins or ends. */
function boundaries(text: string): Set<number> {
  const at = new Set<number>([0, text.length]);
  for (const s of words.segment(text)) {
    at.add(s.index);
    at.add(s.index + s.segment.length);
  }
  return at;
}

/**
 * The labels of a form that print broken inside a word, as `row:col 满意度指 / 标`: the centred, bordered texts of
 * columns A–C (the row labels, 一级 and 二级) and of the rows down to the indicator header (the form's headings).
 */
function brokenLabels(layout: SheetLayout): string[] {
  const head = layout.cells.find((c) => c.value === '一级指标');
  if (!head) throw new Error('no 一级指标 header');
  const headBottom = layout.merges.find((m) => m.top === head.row && m.left === head.col)?.bottom ?? head.row;
  const out: string[] = [];
  for (const c of layout.cells) {
    if (typeof c.value !== 'string' || c.style?.hAlign !== 'center' || !c.style.border || (c.col > 2 && c.row > headBottom)) continue;
    const m = layout.merges.find((x) => x.top === c.row && x.left === c.col);
    let width = 0;
    for (let k = c.col; k <= (m?.right ?? c.col); k++) width += layout.columnWidths[k];
    const lines = wrappedLines(c.value, width, c.style.fontSize);
    const text = lines.join('');
    const ok = boundaries(text);
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.length;
      if (!ok.has(at)) {
        out.push(`${c.row}:${c.col} ${lines.join(' / ')}`);
        break;
      }
    }
  }
  return out;
}

/** The sample with the indicators `rows` (一级, 二级, 三级, a ≥ target in %) added, so that every category prints. */
function withCategories(grid: Grid, rows: ReadonlyArray<[string, string, string]>): Grid {
  return {
    ...grid,
    sheets: grid.sheets.map((s) => {
      if (s.name !== '绩效指标') return s;
      const width = s.values[0].length;
      const added = rows.map((levels) => [...levels, '≥', 90, '%', ...new Array(width - 6).fill(null)]);
      return { ...s, values: [...s.values, ...added] };
    }),
  };
}

const EVERY_CATEGORY: ReadonlyArray<[string, string, string]> = [
  ['产出指标', '成本指标', '项目成本控制率'],
  ['效益指标', '生态效益指标', '专利技术节能减排达标率'],
  ['效益指标', '可持续影响指标', '项目持续运行率'],
  ['满意度指标', '服务对象满意度指标', '受益群众满意度'],
];

describe('labels break between words (2018, 2020 自评表 and 监控表)', () => {
  it.each(['2018', '2020'] as const)('the %s 自评表 of the sample', (layout) => {
    const l = evaluateWorkbook(sampleWorkbookGrid(), { forSelfEval: true, layout }).selfEval!.layout;
    expect(brokenLabels(l)).toEqual([]);
  });

  it.each(['2018', '2020'] as const)('the %s 自评表 with an indicator in every category', (layout) => {
    const l = evaluateWorkbook(withCategories(sampleWorkbookGrid(), EVERY_CATEGORY), { forSelfEval: true, layout }).selfEval!.layout;
    expect(l.cells.some((c) => typeof c.value === 'string' && c.value.replace(/\n/g, '') === '可持续影响指标')).toBe(true);
    expect(brokenLabels(l)).toEqual([]);
  });

  it('the 监控表 of the mid-year sample, and with an indicator in every category', () => {
    for (const grid of [sampleMidYearGrid(), withCategories(sampleMidYearGrid(), EVERY_CATEGORY)]) {
      const l = evaluateWorkbook(grid, { generatedAt: '2018-08-05 10:00' }).selfEval!.layout;
      expect(brokenLabels(l)).toEqual([]);
    }
  });
});

describe('wordLines', () => {
  it('leaves a label that fits, or has its own line breaks, as it is', () => {
    expect(wordLines('实施单位', 10)).toBe('实施单位');
    expect(wordLines('完成目标\n可能性', 6)).toBe('完成目标\n可能性');
  });

  it('puts a bracketed end that fits a line on its own line, and otherwise fills each line with whole words', () => {
    expect(wordLines('实施单位', 8)).toBe('实施\n单位');
    expect(wordLines('项目资金（万元）', 10)).toBe('项目资金\n（万元）');
    expect(wordLines('可持续影响指标', 12)).toBe('可持续影响\n指标');
  });
});

test('the words kept for the labels the forms break most are ICU\'s own (sheet.ts KNOWN_WORDS, laid out without a Segmenter)', () => {
  expect(KNOWN_WORDS.size).toBeGreaterThan(20);
  for (const [text, kept] of KNOWN_WORDS) expect([text, [...kept]]).toEqual([text, Array.from(words.segment(text), (s) => s.segment)]);
});
