/**
 * Several files opened together on the page (issue 20): each file's counts and findings, the
 * findings across files (each naming its file, sheet and cell, and the other side in its text),
 * and 下载汇总工作簿. Findings stay data; their text comes from the rule registry.
 */
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { type Finding } from '../model/findings';
import { findingPlace } from '../model/findingsShown';
import { findingText } from '../model/messages';
import { visibleText } from '../model/text/visible';
import { useLocale } from './context';
import type { AcrossView } from './host';
import { severityLabel } from './i18n';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  where: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalS },
  num: { textAlign: 'right' },
  // as the single file's list: as tall as its items up to most of the window, then it scrolls, so that hundreds of
  // findings across files (every project of a ledger sent twice) leave 下载汇总工作簿 in reach below them
  scroll: { maxHeight: 'max(240px, 60vh)', overflowY: 'auto' },
});

export interface AcrossPanelProps {
  readonly view: AcrossView;
  readonly busy: boolean;
  readonly onDownload?: () => void;
}

function FindingItem({ f, file, ownSheet }: { f: Finding; file?: string; ownSheet?: string }): JSX.Element {
  const { locale } = useLocale();
  const styles = useStyles();
  // the file, the place (none for a finding about the whole workbook; the cell alone in a CSV), the rule: each named once
  const where = [file, findingPlace(f, ownSheet)].filter(Boolean).map((s) => visibleText(s as string));
  return (
    <li data-testid="across-finding">
      <span className={styles.where}>{[...where, `${f.rule} ${severityLabel(f.severity, locale)}`].join(' · ')}</span>
      {visibleText(findingText(f, locale))}
    </li>
  );
}

export function AcrossPanel({ view, busy, onDownload }: AcrossPanelProps): JSX.Element {
  const { t, locale } = useLocale();
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <section className={shared.stack} aria-label={t.acrossTitle} data-testid="across-panel">
      <h2 className={styles.heading}>{t.acrossTitle}</h2>
      <Text>{visibleText(t.acrossSummary(view.files.length, view.projects, view))}</Text>
      <Table size="small" aria-label={t.acrossTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.acrossFileCol}</TableHeaderCell>
            <TableHeaderCell>{t.acrossProjectsCol}</TableHeaderCell>
            <TableHeaderCell>{severityLabel('error', locale)}</TableHeaderCell>
            <TableHeaderCell>{severityLabel('warning', locale)}</TableHeaderCell>
            <TableHeaderCell>{severityLabel('info', locale)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {view.files.map((f) => (
            <TableRow key={f.name} data-testid="across-file">
              <TableCell>{visibleText(f.name)}</TableCell>
              <TableCell className={styles.num}>{f.projects}</TableCell>
              <TableCell className={styles.num}>{f.counts.error}</TableCell>
              <TableCell className={styles.num}>{f.counts.warning}</TableCell>
              <TableCell className={styles.num}>{f.counts.info}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <h3 className={styles.sub}>{t.acrossFindingsTitle}</h3>
      {view.findings.length === 0 ? (
        <Text data-testid="across-none">{t.acrossNone}</Text>
      ) : (
        // a region that takes focus: the keyboard scrolls it as the mouse does
        <div className={styles.scroll} role="region" tabIndex={0} aria-label={t.acrossFindingsTitle} data-testid="across-findings-box">
          <ul className={styles.list} data-testid="across-findings">
            {view.findings.map((f, i) => (
              <FindingItem key={i} f={f} file={f.file} ownSheet={view.ownSheets?.[f.file]} />
            ))}
          </ul>
        </div>
      )}
      {view.files
        .filter((f) => f.findings.length > 0)
        .map((f) => (
          <details key={f.name}>
            <summary>{visibleText(t.acrossFileFindings(f.name))}</summary>
            <div className={styles.scroll} role="region" tabIndex={0} aria-label={visibleText(t.acrossFileFindings(f.name))}>
              <ul className={styles.list}>
                {f.findings.map((x, i) => (
                  <FindingItem key={i} f={x} ownSheet={f.ownSheet} />
                ))}
              </ul>
            </div>
          </details>
        ))}
      {onDownload && (
        <>
          <Text size={200} className={shared.muted}>
            {t.mergedIntro}
          </Text>
          <div className={shared.row}>
            <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={onDownload} disabled={busy}>
              {t.mergedButton}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
