/**
 * The words people write for a patent's 法律状态 and a project's 项目状态, by class (workbook.md:
 * 有效 / 失效 / 审中 and 实施中 / 已验收 / 调整 / 终止, and 中止): the one table the rules ask (L009, L016,
 * L017, the monitoring). A ledger keeps the word as written, so messages quote the cell; the rules
 * compare its class. A 项目状态 word of no class gets its own finding (L003 `status`) instead of
 * passing unchecked.
 */
import type { Finding } from '../findings';
import type { Project } from '../records';
import { L003 } from '../rules/reading';

export type ProjectStatus = '实施中' | '已验收' | '调整' | '终止' | '中止';

/**
 * The words (half-width, no spaces) for a patent in force. L009 asks only "in force or not", so
 * the words of 失效 and 审中 (专利权终止, 视为放弃, 实质审查 …) need no list: like any other word they are not in force.
 */
const IN_FORCE = new Set('有效 授权 已授权 授权有效 有效(已授权) 维持 专利权维持 专利权有效 有效专利'.split(' '));

/**
 * The words (half-width, no spaces) of each project status. 在研/在建 are in progress; 结题/结项 are the research-fund
 * words for acceptance, and 完成/已完成 are finished too (a careful officer writes 已完成 of a project done and closed;
 * L016 asks only whether it is still in progress). 撤销 and 取消 end the project as 终止 does. 中止 is not 终止: the
 * project is suspended, not ended (it may resume), so a payment this year is a warning to verify (L017 `suspended`),
 * not the error of paying a terminated project. Left out on purpose: 待验收 (the contract is done, acceptance is not):
 * it stays unknown, and its finding asks.
 */
const PROJECT_WORDS: Readonly<Record<ProjectStatus, string>> = {
  实施中: '实施中 在研 在建 在实施 执行中 进行中',
  已验收: '已验收 验收 通过验收 验收通过 完成验收 已完成验收 结题 已结题 结项 已结项 完成 已完成',
  调整: '调整 已调整 变更',
  终止: '终止 已终止 撤销 已撤销 撤项 取消',
  中止: '中止 已中止 暂停 暂停实施',
};
const PROJECT = new Map<string, ProjectStatus>();
for (const [c, words] of Object.entries(PROJECT_WORDS)) for (const w of words.split(' ')) PROJECT.set(w, c as ProjectStatus);

/** A word as the tables hold it: without spaces (the reader has folded full-width forms and trimmed). */
const bare = (written: string): string => written.replace(/\s/g, '');

/** Whether a 法律状态 word means the patent is in force. */
export const inForce = (written: string): boolean => IN_FORCE.has(written) || IN_FORCE.has(bare(written));

/** The project status a 项目状态 word means; undefined for a word of no class. */
export const projectStatusOf = (written: string): ProjectStatus | undefined => PROJECT.get(written) ?? PROJECT.get(bare(written));

/** The project statuses, as the L003 `status` finding lists them. */
export const PROJECT_STATUSES = Object.keys(PROJECT_WORDS) as ProjectStatus[];

/** An L003 `status` (warning) for each project whose 项目状态 is a word of no class, in `col` of `sheet`. */
export function unknownStatuses(projects: ReadonlyArray<Project>, sheet: string, col: number, field: string): Finding[] {
  const out: Finding[] = [];
  for (let i = nextUnknownStatus(projects, 0); i >= 0; i = nextUnknownStatus(projects, i + 1)) {
    const p = projects[i];
    out.push(L003.finding.status({ sheet, row: p.row, col, projectId: p.id }, { field, raw: p.status!, options: PROJECT_STATUSES }));
  }
  return out;
}

/**
 * The index of the next project from `from` whose 项目状态 is a word of no class, or -1. The loop
 * over every project: indexed (a cold run interprets it for thousands of rows before it is
 * compiled, and an array iterator costs a call per row there), and the text of the row before,
 * known, is not looked up again (a ledger's statuses are a few texts, mostly as in the row above).
 */
function nextUnknownStatus(projects: ReadonlyArray<Project>, from: number): number {
  let known: string | undefined;
  for (let i = from; i < projects.length; i++) {
    const s = projects[i].status;
    if (s === undefined || s === known) continue;
    if (projectStatusOf(s) === undefined) return i;
    known = s;
  }
  return -1;
}
