/** A short title per rule, for group headers and summaries (the findings' own texts are in the parts). */
import type { RuleId } from '../findings';
import type { Locale } from './types';

export const RULE_TITLES: Readonly<Record<Locale, Readonly<Record<RuleId, string>>>> = {
  'zh-CN': {
    S001: '找不到工作表', S002: '缺少必填列', S003: '列重复', S004: '无法识别的列', S005: '缺少评价年度', S006: '合并单元格重叠',
    L002: '必填项为空', L003: '无法识别的值', L004: '项目编号重复', L005: '立项年度超出范围', L006: '地州市不在范围内',
    L007: '专利号错误', L008: '专利类型不符', L009: '专利未处于有效状态', L010: '统一社会信用代码错误', L011: '超额拨付',
    L012: '金额或数量为负', L013: '疑似按元填写', L014: '带动社会投入不符', L015: '同一专利重复资助', L016: '合同日期问题',
    L017: '终止项目仍拨款', L018: '超过单项资助上限', L019: '带动比偏低', L020: '产业领域不在支持范围', L021: '合计行不符',
    L022: '财政支持资金大于总投资',
    W001: '执行数与台账不符', W002: '执行数超过预算数', W003: '分值合计不为 100', W004: '一级指标分值不符',
    W005: '指标值缺失或非数字', W006: '偏差较大未说明原因', W007: '定性指标得分问题', W008: '数据来源不存在',
    W009: '预算数为 0', W010: '执行率偏低未说明', W011: '定性指标无法评级',
    R001: '报告素材章节无法识别', R002: '报告素材章节重复', R003: '报告素材无法读取',
  },
  'en-US': {
    S001: 'Sheet not found', S002: 'Required column missing', S003: 'Duplicate column', S004: 'Unknown columns', S005: 'No fiscal year', S006: 'Overlapping merges',
    L002: 'Required field empty', L003: 'Unreadable value', L004: 'Duplicate project id', L005: 'Cohort year out of range', L006: 'Region not allowed',
    L007: 'Bad patent number', L008: 'Patent type mismatch', L009: 'Patent not in force', L010: 'Bad credit code', L011: 'Over-disbursement',
    L012: 'Negative amount or count', L013: 'Amount looks like 元', L014: 'Social investment mismatch', L015: 'Patent funded twice', L016: 'Contract dates',
    L017: 'Terminated project paid', L018: 'Over the per-project cap', L019: 'Leverage too low', L020: 'Industry not supported', L021: 'Total row mismatch',
    L022: 'Support exceeds total investment',
    W001: 'Executed ≠ ledger', W002: 'Executed over budget', W003: 'Points do not add up to 100', W004: 'Level-1 points off default',
    W005: 'Target or actual missing', W006: 'Large deviation unexplained', W007: 'Qualitative score problem', W008: 'Unknown data source',
    W009: 'Budget is 0', W010: 'Low execution unexplained', W011: 'Qualitative grade unreadable',
    R001: 'Unknown report section', R002: 'Report section repeated', R003: 'Report text unreadable',
  },
};
