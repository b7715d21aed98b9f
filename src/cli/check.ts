/** `jx check FILE... [--json] [--lang zh|en]` */
import { evaluateWorkbook } from '../model/evaluate';
import { countBySeverity } from '../model/findings';
import type { Locale } from '../model/messages';
import type { ReadLimits } from '../adapters/xlsx/budget';
import { loadWorkbook } from './io';
import { countsLine, findingLine, jsonFinding } from './report';

export interface CheckCliOptions {
  readonly json: boolean;
  readonly locale: Locale;
  /** Reading budgets (default: the CLI's, docs/limits.md). */
  readonly limits?: ReadLimits;
}

export interface Console {
  out(line: string): void;
  err(line: string): void;
}

/** Returns the exit code: 0 no errors, 1 an error finding in some file, 2 a file could not be read. */
export async function runCheck(files: ReadonlyArray<string>, opts: CheckCliOptions, io: Console): Promise<number> {
  let code = 0;
  const json: unknown[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    if (files.length > 1) io.err(opts.locale === 'zh-CN' ? `[${i + 1}/${files.length}] 正在检查 ${file}` : `[${i + 1}/${files.length}] checking ${file}`);
    const loaded = await loadWorkbook(file, opts.limits);
    if (!loaded.ok) {
      code = 2;
      const message = loaded.message[opts.locale];
      if (opts.json) json.push({ file, error: message, findings: [], counts: { error: 0, warning: 0, info: 0 } });
      else io.out(`${file}\n  ${opts.locale === 'zh-CN' ? '无法读取：' : 'cannot read: '}${message}`);
      io.err(`${file}: ${message}`);
      continue;
    }
    // The task pane's pipeline, so that the scoring findings (W003, W004, W006, W007, W009–W011) are reported too.
    const { findings } = evaluateWorkbook(loaded.grid);
    const counts = countBySeverity(findings);
    if (counts.error > 0 && code === 0) code = 1;
    if (opts.json) json.push({ file, findings: findings.map((f) => jsonFinding(f, opts.locale)), counts });
    else {
      io.out(file);
      for (const f of findings) io.out('  ' + findingLine(f, opts.locale));
      io.out('  ' + countsLine(findings, opts.locale));
    }
  }
  if (opts.json) io.out(JSON.stringify(json, null, 2));
  return code;
}
