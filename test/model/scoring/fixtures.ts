/** Typed records for the scoring and self-evaluation tests (what the reader would produce). */
import type { Indicator, Profile, Project } from '../../../src/model/records';
import type { CellValue, Grid } from '../../../src/model/grid';
import { sampleWorkbookGrid } from '../../../src/model/sample';

/** 万元 → 分, exact for the literals used in tests. */
export const wan = (x: string): number => {
  const [i, f = ''] = x.split('.');
  return Number(i) * 1_000_000 + Number((f + '000000').slice(0, 6));
};

export function profile(over: Partial<Profile> = {}): Profile {
  return {
    projectName: '自治区专利实施计划项目',
    agency: '自治区知识产权局',
    implementer: '自治区知识产权局',
    fiscalYear: 2018,
    unit: '万元',
    maxCarryYears: 4,
    regions: [],
    industries: [],
    budget: wan('1200'),
    executed: wan('1200'),
    scheme: '2020',
    inverseMethod: '线性',
    rateCaps: [],
    ...over,
  };
}

let nextRow = 1;
export function ind(over: Partial<Indicator>): Indicator {
  return { row: over.row ?? nextRow++, ...over };
}

/** The indicators of scoring.md's worked example (the source year, scheme 2020), rows 1–7. */
export function workedExample(): Indicator[] {
  return [
    { row: 1, level1: '产出指标', level2: '数量指标', level3: '支持专利实施项目', op: '≥', targetText: '≥49', target: 49, unit: '家', actual: 49, points: 20 },
    { row: 2, level1: '产出指标', level2: '数量指标', level3: '培训从事知识产权工作人员', op: '≥', targetText: '≥500', target: 500, unit: '人次', actual: 1100, points: 15 },
    { row: 3, level1: '产出指标', level2: '质量指标', level3: '所选项目承担单位符合条件', op: '=', targetText: '=100', target: 100, unit: '%', actual: 100, points: 10 },
    { row: 4, level1: '产出指标', level2: '时效指标', level3: '项目执行时间', op: '定性', targetText: '项目执行期在有效时间内', actualText: '达成', points: 5 },
    { row: 5, level1: '效益指标', level2: '经济效益指标', level3: '带动社会投入资金', op: '≥', targetText: '≥37000', target: 37000, unit: '万元', actual: 37590.1, points: 20 },
    { row: 6, level1: '效益指标', level2: '社会效益指标', level3: '推动各项社会效益', op: '定性', targetText: '项目实施推动科技进步', actualText: '达成', points: 10 },
    { row: 7, level1: '满意度指标', level2: '满意度指标', level3: '项目实施企业满意度', op: '≥', targetText: '≥90', target: 90, unit: '%', actual: 92, points: 10 },
  ];
}

/** A project with the given cohort and amounts (分). */
export function project(i: number, cohortYear: number, approved: number, disbursed: number, totalInvestment: number, extra: Partial<Project> = {}): Project {
  return { row: i + 1, id: `XJZL${cohortYear}-${String(i).padStart(3, '0')}`, unit: `单位${i}`, cohortYear, approved, disbursed, totalInvestment, ...extra };
}

/**
 * 169 projects whose sums reproduce the source year (README.md): cohort counts and sums of
 * 财政支持资金 / 本年拨付, new-cohort 总投资 38925.1, cumulative 带动社会投入 83553.61 万元.
 */
export function sourceYearProjects(): Project[] {
  const cohorts: Array<[year: number, count: number, approved: string, disbursed: string]> = [
    [2018, 49, '1335', '160'], [2017, 50, '1431', '680'], [2016, 18, '586', '90'], [2015, 30, '854', '160'], [2014, 22, '755', '110'],
  ];
  // 带动社会投入 targets: new cohort 37590.1; the carried cohorts share 83553.61 − 37590.1 = 45963.51.
  const social: Record<number, number> = { 2018: wan('37590.1'), 2017: wan('20000'), 2016: wan('10000'), 2015: wan('9000'), 2014: wan('6963.51') };
  const out: Project[] = [];
  let i = 0;
  for (const [year, count, approved, disbursed] of cohorts) {
    const split = (total: number, k: number): number => {
      // k-th of `count` shares of `total` 分, in whole 元 (multiples of 100 分), remainder on the last
      const share = Math.floor(total / count / 100) * 100;
      return k < count - 1 ? share : total - share * (count - 1);
    };
    for (let k = 0; k < count; k++) {
      const a = split(wan(approved), k);
      out.push(project(i++, year, a, split(wan(disbursed), k), a + split(social[year], k)));
    }
  }
  return out;
}

/**
 * The sample workbook with its 绩效指标 row of 三级指标 `row` written so (指标性质, 年度指标值, 度量单位, 实际完成值, renamed
 * `name`; 数据来源 emptied): a target as an officer writes it, scored through the whole check.
 */
export function sampleWithIndicatorRow(row: string, w: { nature: CellValue; target: CellValue; unit: CellValue; actual: CellValue; name: string }): Grid {
  const sample = sampleWorkbookGrid();
  return {
    sheets: sample.sheets.map((s) => {
      if (s.name !== '绩效指标') return s;
      const h = s.values[0];
      const col = (k: string): number => h.indexOf(k);
      return {
        ...s,
        values: s.values.map((r) => {
          if (r[col('三级指标')] !== row) return r;
          const out = [...r];
          out[col('指标性质')] = w.nature;
          out[col('年度指标值')] = w.target;
          out[col('度量单位')] = w.unit;
          out[col('实际完成值')] = w.actual;
          out[col('数据来源')] = null;
          out[col('三级指标')] = w.name;
          return out;
        }),
      };
    }),
  };
}
