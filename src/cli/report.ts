/** Turning findings into what the CLI prints (text and the documented JSON shape). */
import { countBySeverity, findingCell, type Finding, type Severity } from '../model/findings';
import { findingText, SEVERITY_LABEL, type Locale } from '../model/messages';
import { visibleText } from '../model/text/visible';

export interface JsonFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly projectId: string | null;
  readonly message: string;
}

export function jsonFinding(f: Finding, locale: Locale): JsonFinding {
  return { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: findingCell(f), projectId: f.projectId ?? null, message: findingText(f, locale) };
}

export function findingLine(f: Finding, locale: Locale): string {
  const where = f.sheet ? `${f.sheet}!${findingCell(f)}` : findingCell(f);
  // one line for a terminal: control and bidi characters of the user's text made visible
  return visibleText(`${f.rule} ${SEVERITY_LABEL[locale][f.severity]} ${where} ${findingText(f, locale)}`);
}

export function countsLine(findings: ReadonlyArray<Finding>, locale: Locale): string {
  const c = countBySeverity(findings);
  return locale === 'zh-CN'
    ? `错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个`
    : `${c.error} error(s), ${c.warning} warning(s), ${c.info} info`;
}
