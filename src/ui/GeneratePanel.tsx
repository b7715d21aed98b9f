/** 生成自评表: layout, year, a preview of the key figures, the funds paragraph to copy, 生成. */
import { Badge, Button, Checkbox, Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { LIGHTS, type Light } from '../model/monitor';
import { DEFAULT_LAYOUT, LAYOUTS, layoutLabel, type LayoutId } from '../model/selfeval/layouts';
import { CohortChart } from './CohortChart';
import { useLocale } from './context';
import type { CheckView, ReportResult } from './host';
import { ReportAction } from './ReportAction';
import { formatNumber, formatPercent } from './i18n';
import { useSharedStyles } from './styles';
import { GRADE_TEXT } from '../model/rules/scoringWorkbook';

const useStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  paragraph: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    lineHeight: tokens.lineHeightBase300,
    userSelect: 'text',
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  light: { marginRight: tokens.spacingHorizontalXS, marginLeft: tokens.spacingHorizontalXS },
});

/** The badge colour of each light. */
const LIGHT_BADGE: Readonly<Record<Light, 'success' | 'warning' | 'danger'>> = { green: 'success', amber: 'warning', red: 'danger' };

export interface GeneratePanelProps {
  readonly view: CheckView | null;
  readonly busy: boolean;
  readonly disabled?: boolean;
  readonly onPreview: () => void;
  /** `draft`: build the table even over structural errors, marked 草稿：数据存在错误. */
  readonly onGenerate: (layout: LayoutId, draft: boolean) => void;
  readonly onCopy: (text: string) => void;
  /** 下载自评报告 (.docx), where the host drafts the report. */
  readonly onReport?: (layout: LayoutId, draft: boolean) => Promise<ReportResult | undefined>;
}

export function GeneratePanel({
  view,
  busy,
  disabled,
  onPreview,
  onGenerate,
  onCopy,
  onReport,
}: GeneratePanelProps): JSX.Element {
  const { locale, t } = useLocale();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [layout, setLayout] = useState<LayoutId>(view?.scheme ?? DEFAULT_LAYOUT);
  const [draft, setDraft] = useState(false);
  useEffect(() => {
    if (view) setLayout(view.scheme);
  }, [view]);
  const p = view?.preview;
  const na = t.notAvailable;

  return (
    <section className={shared.stack} aria-label={t.tabGenerate}>
      <Field label={t.layoutLabel}>
        <RadioGroup value={layout} onChange={(_, d) => setLayout(d.value as LayoutId)}>
          {LAYOUTS.map((l) => (
            <Radio key={l.id} value={l.id} label={layoutLabel(l.id, locale, view?.monitorMonth)} />
          ))}
        </RadioGroup>
      </Field>
      <div>
        <Text weight="semibold">{t.yearLabel}{locale === 'zh-CN' ? '：' : ': '}</Text>
        <Text data-testid="fiscal-year">{view ? (view.fiscalYear ?? t.yearUnknown) : na}</Text>
      </div>

      <h2 className={styles.heading}>{t.previewTitle}</h2>
      {!p ? (
        <div className={shared.row}>
          <Text className={shared.muted}>{t.previewEmpty}</Text>
          <Button onClick={onPreview} disabled={busy || disabled}>
            {t.previewButton}
          </Button>
        </div>
      ) : (
        <>
          <dl className={styles.figures}>
            {/* mid-year the rate is 1—M月's, said once below as the 监控表 says it, never as the year's 预算执行率 */}
            {!p.monitor && (
              <>
                <dt className={styles.dt}>{t.executionRate}</dt>
                <dd className={styles.dd} data-testid="execution-rate">
                  {p.executionRate === undefined ? na : formatPercent(p.executionRate, locale)}
                </dd>
              </>
            )}
            <dt className={styles.dt}>{t.leverage}</dt>
            <dd className={styles.dd} data-testid="leverage">
              {p.leverage === undefined ? na : formatNumber(p.leverage, locale)}
            </dd>
            <dt className={styles.dt}>{t.newProjects}</dt>
            <dd className={styles.dd} data-testid="new-count">
              {p.newCount}
            </dd>
            <dt className={styles.dt}>{t.carriedProjects}</dt>
            <dd className={styles.dd} data-testid="carried-count">
              {p.carriedCount}
            </dd>
            {p.monitor && (
              <>
                <dt className={styles.dt}>{t.monitorRate(p.monitor.month)}</dt>
                <dd className={styles.dd} data-testid="monitor-rate">
                  {p.monitor.executionRate === undefined ? na : formatPercent(p.monitor.executionRate, locale)}
                  {p.monitor.budgetLight && (
                    <Badge className={styles.light} appearance="tint" color={LIGHT_BADGE[p.monitor.budgetLight]}>
                      {t.budgetLight(p.monitor.budgetLight)}
                    </Badge>
                  )}
                </dd>
                <dt className={styles.dt}>{t.timeProgress}</dt>
                <dd className={styles.dd} data-testid="time-progress">
                  {formatPercent(p.monitor.timeProgress, locale)}
                </dd>
                <dt className={styles.dt}>{t.indicatorLights}</dt>
                <dd className={styles.dd} data-testid="light-counts">
                  {LIGHTS.map((l) => (
                    <Badge key={l} className={styles.light} appearance="tint" color={LIGHT_BADGE[l]} data-testid={`lights-${l}`}>
                      {t.lightCount(l, p.monitor!.counts[l])}
                    </Badge>
                  ))}
                </dd>
              </>
            )}
            <dt className={styles.dt}>{t.totalScore}</dt>
            <dd className={styles.dd} data-testid="total">
              {p.total === undefined ? t.noScore : p.total.toFixed(2)}
            </dd>
            <dt className={styles.dt}>{t.grade}</dt>
            <dd className={styles.dd} data-testid="grade">
              {p.grade ? GRADE_TEXT[p.grade][locale] : na}
            </dd>
          </dl>
          <CohortChart cohorts={p.cohorts} unit={p.unit} month={p.monitor?.month} />
          {p.paragraph && (
            <div className={shared.stack}>
              <h2 className={styles.heading}>{t.paragraphTitle}</h2>
              <p className={styles.paragraph} data-testid="paragraph">
                {p.paragraph}
              </p>
              <div>
                <Button onClick={() => onCopy(p.paragraph ?? '')}>{t.copy}</Button>
              </div>
            </div>
          )}
        </>
      )}
      <Checkbox checked={draft} onChange={(_, d) => setDraft(d.checked === true)} label={t.draftCheckbox} data-testid="draft" />
      <div className={shared.row}>
        <Button appearance="primary" onClick={() => onGenerate(layout, draft)} disabled={busy || disabled}>
          {t.generateButton}
        </Button>
      </div>
      {onReport && (
        <ReportAction layout={layout} view={view} busy={busy} draft={draft} disabled={disabled} onReport={onReport} onCopy={onCopy} />
      )}
    </section>
  );
}
