/**
 * The report as plain text: what a user copies where the host cannot save a download, and
 * what the tests and `jx report --json` compare. One line per paragraph; a table row per line
 * with its cells separated by tabs (a merged cell once, where it starts).
 */
import type { Report } from './types';

/**
 * A cell's text on one line: a line break between two Chinese characters (a label broken between its words, 年度绩效 /
 * 指标完成 / 情况, 1—7月 / 执行数) joins them as they are read; any other becomes a space (an English heading).
 */
const LINE_BREAK = /\s*\n\s*/g;
const WIDE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
export function oneLine(text: string): string {
  return text.replace(LINE_BREAK, (m, at: number, s: string) => (WIDE.test(s[at - 1] ?? '') && WIDE.test(s[at + m.length] ?? '') ? '' : ' '));
}

export function reportText(report: Report): string {
  const lines: string[] = [];
  if (report.draft) lines.push('【草稿】');
  for (const part of report.parts) {
    for (const block of part.blocks) {
      if (block.kind === 'paragraph') {
        lines.push(block.runs.map((r) => r.text).join(''));
        continue;
      }
      for (const body of block.bodies)
        for (const row of body) if (!row.repeated) lines.push(row.cells.map((c) => oneLine(c.text)).join('\t'));
    }
  }
  return lines.join('\n') + '\n';
}
