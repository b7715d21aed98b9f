/**
 * The report as plain text: what a user copies where the host cannot save a download, and
 * what the tests and `jx report --json` compare. One line per paragraph; a table row per line
 * with its cells separated by tabs (a merged cell once, where it starts).
 */
import type { Report } from './types';

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
        for (const row of body) if (!row.repeated) lines.push(row.cells.map((c) => c.text.replace(/\s*\n\s*/g, ' ')).join('\t'));
    }
  }
  return lines.join('\n') + '\n';
}
