/**
 * The words people write for a patent's 法律状态 and a project's 项目状态, by class (workbook.md:
 * 有效 / 失效 / 审中 and 实施中 / 已验收 / 调整 / 终止): the one table the rules ask (L009, L016,
 * L017, the monitoring). A ledger keeps the word as written, so messages quote the cell; the rules
 * compare its class. A word in no class is unknown: L009 names it (not known to be in force), and
 * an unknown 项目状态 gets its own finding (L003 `status`) instead of passing unchecked.
 */
import type { Finding } from '../findings';
import type { Project } from '../records';
import { L003 } from '../rules/reading';

export type LegalStatus = '有效' | '失效' | '审中';
export type ProjectStatus = '实施中' | '已验收' | '调整' | '终止';

/** Words (half-width, no spaces) for each legal status. */
const LEGAL_WORDS: Readonly<Record<LegalStatus, ReadonlyArray<string>>> = {
  有效: ['有效', '授权', '已授权', '授权有效', '有效(已授权)', '已授权有效', '维持', '专利权维持', '权利维持', '专利权有效', '有效专利', '专利权维持有效'],
  失效: ['失效', '已失效', '无效', '宣告无效', '终止', '专利权终止', '权利终止', '未缴年费终止', '期限届满', '届满', '放弃', '视为放弃', '驳回', '撤回', '视为撤回'],
  审中: ['审中', '在审', '审查中', '实审', '实质审查', '实质审查中', '公开', '已公开', '受理', '已受理', '申请中', '待审'],
};

/**
 * Words (half-width, no spaces) for each project status. 在研/在建 are in progress; 结题/结项 are
 * the research-fund words for acceptance; 中止 and 撤销 stop the project (the spec's 终止). Left
 * out on purpose: 完成/已完成 (finished, but accepted or not?) and 待验收 (the contract is done,
 * acceptance not): they stay unknown and their finding asks.
 */
const PROJECT_WORDS: Readonly<Record<ProjectStatus, ReadonlyArray<string>>> = {
  实施中: ['实施中', '在研', '在建', '在实施', '正在实施', '执行中', '进行中', '建设中', '研发中'],
  已验收: ['已验收', '验收', '通过验收', '验收通过', '已通过验收', '完成验收', '已完成验收', '已结题', '结题', '结项', '已结项'],
  调整: ['调整', '已调整', '项目调整', '变更', '已变更'],
  终止: ['终止', '已终止', '中止', '已中止', '撤销', '已撤销', '撤项', '取消', '已取消'],
};

function classes<C extends string>(table: Readonly<Record<C, ReadonlyArray<string>>>): ReadonlyMap<string, C> {
  const m = new Map<string, C>();
  for (const c of Object.keys(table) as C[]) for (const w of table[c]) m.set(w, c);
  return m;
}
const LEGAL = classes(LEGAL_WORDS);
const PROJECT = classes(PROJECT_WORDS);

/** The class of a word as written: as it stands (the usual cell), else without spaces and with half-width brackets. */
function classOf<C>(m: ReadonlyMap<string, C>, written: string): C | undefined {
  return m.get(written) ?? m.get(written.replace(/\s/g, '').replace(/（/g, '(').replace(/）/g, ')'));
}

/** The legal status a 法律状态 word means; undefined for a word of no class. */
export const legalStatusOf = (written: string): LegalStatus | undefined => classOf(LEGAL, written);

/** The project status a 项目状态 word means; undefined for a word of no class. */
export const projectStatusOf = (written: string): ProjectStatus | undefined => classOf(PROJECT, written);

/** The project statuses, as the L003 `status` finding lists them. */
export const PROJECT_STATUSES = Object.keys(PROJECT_WORDS) as ProjectStatus[];

/** An L003 `status` (warning) for each project whose 项目状态 is a word of no class, in `col` of `sheet`. */
export function unknownStatuses(projects: ReadonlyArray<Project>, sheet: string, col: number, field: string): Finding[] {
  const out: Finding[] = [];
  for (const p of projects)
    if (p.status !== undefined && projectStatusOf(p.status) === undefined)
      out.push(L003.finding.status({ sheet, row: p.row, col, projectId: p.id }, { field, raw: p.status, options: PROJECT_STATUSES }));
  return out;
}
