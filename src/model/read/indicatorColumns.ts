/**
 * The indicator table's columns with the headers people write for them (INDICATOR_HEADERS + their aliases): what a
 * workbook's check, the monitor and the pane read an indicator sheet by. A module of its own so that functions.js,
 * whose INDICATORSCORE reads only the canonical headers, does not carry the aliases (≤ 60 KB gzipped, issue 4).
 */
import type { GridSheet } from '../grid';
import { CATEGORIES, level2Name } from '../selfeval/categories';
import { INDICATOR_HEADERS, type ColumnDef, type IndicatorKey } from './columns';
import { readTable, type Table } from './table';
import { readText } from './values';

const WRITTEN: Readonly<Partial<Record<IndicatorKey, Pick<ColumnDef<IndicatorKey>, 'aliases' | 'monthSpans'>>>> = {
  // 指标 alone: the one column of a sheet that writes its 一级 and 二级 names as rows of their own above their 三级 rows.
  level3: { aliases: ['指标名称', '三级指标名称', '三级指标内容', '指标', '绩效指标', '指标内容', '具体指标'] },
  op: { aliases: ['比较方式', '方向', '指标方向'] },
  target: { aliases: ['预期指标值', '指标值', '申报目标', '目标值', '年度目标值', '年度目标', '预期目标值', '计划值', '本年度指标值', '本年指标值', '全年指标值', '当年指标值', '年度绩效指标值', '绩效指标值', '指标目标值', '本年度目标值', '全年目标值', '年度计划值', '年初目标值', '年初指标值', '年初设定目标值', '调整前年度指标值', '调整前指标值', '调整前目标值', '调整前的年度指标值'] },
  unit: { aliases: ['计量单位', '单位'] },
  actual: { aliases: ['实际完成指标值', '完成值', '实际值', '全年实际值', '实际完成', '全年实际完成值', '年度实际完成值', '本年实际完成值', '本年度实际完成值', '全年完成值', '年度完成值', '实际完成情况', '全年实际完成情况', '指标完成值', '实际完成数'] },
  source: { aliases: ['取数'] },
  points: { aliases: ['权重', '指标分值', '标准分值', '满分', '权重分值', '分数'] },
  score: { aliases: ['自评得分', '实际得分', '评价得分', '评分', '自评分'] },
  deviation: { aliases: ['偏差原因', '偏差原因分析', '偏差原因及改进措施', '偏差原因分析及整改措施', '未完成原因分析', '未完成原因及改进措施', '未完成原因', '未完成原因说明', '未达标原因', '差异原因', '差异原因分析', '偏差分析', '原因分析'] },
  explanation: { aliases: ['指标说明', '指标内涵', '指标解释及说明'] },
  // The mid-year monitoring columns (monitor.md), all optional.
  monitored: { aliases: ['执行情况', '截至目前完成', '截至目前完成情况', '监控期完成情况', '监控期执行情况', '截至监控日完成值'], monthSpans: ['执行情况', '完成情况', '完成值', '执行数', '完成数'] },
  forecast: { aliases: ['全年预计完成情况', '预计完成', '全年预计完成', '预计全年完成值', '预计全年完成情况', '全年预计值', '预计完成值', '全年预计', '预计全年完成'] },
  causes: { aliases: ['偏差原因分类'] },
  // 备注: where the central form (and the 绩效监控表 this tool prints) writes why a row is behind.
  causeNote: { aliases: ['偏差原因具体说明', '原因说明', '备注'] },
  likelihood: { aliases: ['完成可能性'] },
  correction: { aliases: ['改进措施', '纠偏措施及计划'] },
  /**
   * The target after a mid-year adjustment, beside the 年度指标值 it replaces: where a row fills it, that row is scored
   * and printed by it (read/indicators.ts), the 年度指标值 kept as what it was adjusted from.
   */
  adjustedTarget: { aliases: ['调整后指标值', '调整后年度指标值', '调整后的年度指标值', '调整后的指标值', '调整后的目标值', '调整后年度目标值', '调整后的年度目标值', '调整后的年度目标', '调整后年度目标', '调整后目标', '调整后的目标', '调整目标值', '调整后指标', '调整后年度指标', '调整后的年度指标', '调整后'] },
};

export const INDICATOR_COLUMNS: ReadonlyArray<ColumnDef<IndicatorKey>> = INDICATOR_HEADERS.map((d) => ({ ...d, ...WRITTEN[d.key] }));

/**
 * The indicator table of a sheet (readTable with INDICATOR_COLUMNS). A table with two label columns and no 三级指标 (一级指标 |
 * 二级指标 | 指标值 …) whose 二级 column names indicators (举办文化惠民演出, 项目验收合格率), not 二级 categories, in half its
 * rows or more: that column is the 三级指标, and no 二级 is given (as a form's 二级 left blank).
 */
export function readIndicatorTable(sheet: GridSheet, fiscalYear?: number): Table<IndicatorKey> | null {
  const t = readTable<IndicatorKey>(sheet, INDICATOR_COLUMNS, fiscalYear);
  const c = t?.columns.level2;
  if (!t || !c || t.columns.level3) return t;
  const names = t.bodyRows.flatMap((r) => {
    const v = readText(t.value(r, c.col));
    return v.kind === 'ok' ? [level2Name(v.value)!] : [];
  });
  const categories = names.filter((n) => CATEGORIES.some((k) => k.level2.some((x) => n.endsWith(x)))).length;
  if (!names.length || categories * 2 >= names.length) return t;
  const { level2, ...columns } = t.columns;
  return { ...t, columns: { ...columns, level3: level2 } };
}
