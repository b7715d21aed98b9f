/** 检查: run the check, counts by severity, a severity filter, the grouped findings, 标注 / 清除标注. */
import {
  Badge,
  Button,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { readSummaryText } from '../model/messages/read';
import { useId, useMemo, useState } from 'react';
import type { Finding, Severity } from '../model/findings';
import { useLocale } from './context';
import { FindingsList } from './FindingsList';
import type { CheckView, HostCapabilities } from './host';
import { severityLabel } from './i18n';
import { useSharedStyles } from './styles';

const SEVERITIES: ReadonlyArray<Severity> = ['error', 'warning', 'info'];
type Filter = Severity | 'all';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minHeight: 0, flexGrow: 1 },
  count: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  countNumber: { fontVariantNumeric: 'tabular-nums' },
  // the list is as tall as its rows, up to most of the pane; then it scrolls
  list: { display: 'flex', flexDirection: 'column', minHeight: 0, maxHeight: 'max(240px, 60vh)' },
  // four choices on one line in a 320 px pane (the counts are in the badges just above); a label never breaks
  filter: { flexWrap: 'wrap', columnGap: 0 },
  filterLabel: { whiteSpace: 'nowrap', paddingLeft: tokens.spacingHorizontalXS },
});

/** Colour only for something to look at: red errors, yellow warnings; a zero stays neutral. */
function countBadge(severity: Severity, n: number): Pick<BadgeProps, 'appearance' | 'color'> {
  if (n === 0) return { appearance: 'ghost', color: 'informative' };
  if (severity === 'error') return { appearance: 'filled', color: 'danger' };
  if (severity === 'warning') return { appearance: 'filled', color: 'warning' };
  return { appearance: 'tint', color: 'informative' };
}

export interface CheckPanelProps {
  readonly view: CheckView | null;
  readonly busy: boolean;
  readonly capabilities: HostCapabilities;
  /** The page without a file yet: nothing to check. */
  readonly disabled?: boolean;
  readonly onCheck: () => void;
  readonly onGoTo: (finding: Finding) => void;
  readonly onMark: (findings: ReadonlyArray<Finding>) => void;
  readonly onClearMarks: () => void;
}

export function CheckPanel(props: CheckPanelProps): JSX.Element {
  const { view, busy, capabilities } = props;
  const { locale, t } = useLocale();
  const styles = useStyles();
  const shared = useSharedStyles();
  const hintId = useId();
  const [filter, setFilter] = useState<Filter>('all');
  const shown = useMemo(
    () => (view ? (filter === 'all' ? view.findings : view.findings.filter((f) => f.severity === filter)) : []),
    [view, filter]
  );

  return (
    <section className={styles.panel} aria-label={t.tabCheck}>
      <Text className={shared.muted}>{t.checkIntro}</Text>
      <div className={shared.row}>
        <Button appearance="primary" onClick={props.onCheck} disabled={busy || props.disabled}>
          {t.checkButton}
        </Button>
        {capabilities.mark && (
          <>
            <Button onClick={() => props.onMark(shown)} disabled={busy || !view || shown.length === 0}>
              {t.markButton}
            </Button>
            <Button onClick={props.onClearMarks} disabled={busy}>
              {t.clearMarksButton}
            </Button>
          </>
        )}
      </div>
      {view && (
        <>
          {view.read && (
            <Text className={shared.muted} data-testid="read-summary">
              {readSummaryText(view.read, locale)}
            </Text>
          )}
          <div className={shared.row} role="group" aria-label={t.countsLabel}>
            {SEVERITIES.map((s) => (
              <span key={s} className={styles.count} data-testid={`count-${s}`}>
                <Text>{severityLabel(s, locale)}</Text>
                <Badge
                  shape="circular"
                  className={styles.countNumber}
                  {...countBadge(s, view.counts[s])}
                  aria-hidden="true"
                >
                  {view.counts[s]}
                </Badge>
                <span className={shared.visuallyHidden}>{view.counts[s]}</span>
              </span>
            ))}
          </div>
          {view.findings.length === 0 ? (
            <Text weight="semibold">{t.noFindings}</Text>
          ) : (
            <>
              <RadioGroup
                layout="horizontal"
                className={styles.filter}
                aria-label={t.filterLabel}
                value={filter}
                onChange={(_, d) => setFilter(d.value as Filter)}
              >
                <Radio value="all" label={{ children: t.filterAll, className: styles.filterLabel }} />
                {SEVERITIES.map((s) => (
                  <Radio
                    key={s}
                    value={s}
                    label={{
                      children: severityLabel(s, locale),
                      className: styles.filterLabel,
                    }}
                    disabled={view.counts[s] === 0}
                  />
                ))}
              </RadioGroup>
              <Text size={200} className={shared.muted} id={hintId}>
                {t.findingsTotal(shown.length, view.findings.length)} ·{' '}
                {capabilities.goTo ? t.findingsHint : t.findingsHintBrowse}
              </Text>
              <div className={styles.list}>
                <FindingsList
                  findings={shown}
                  onActivate={props.onGoTo}
                  navigable={capabilities.goTo}
                  ownSheet={view.ownSheet}
                  label={t.findingsListLabel}
                  describedBy={hintId}
                />
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
