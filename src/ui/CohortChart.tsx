/**
 * 本年拨付 (mid-year 1—M月拨付) by cohort: a tiny hand-drawn SVG bar chart. For assistive technology the picture is
 * one image with a summary (role img + aria-label) and the numbers are in a visually hidden table.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Locale } from '../model/messages';
import type { MoneyUnit } from '../model/money';
import { MONEY_UNIT_TEXT } from '../model/rules/define';
import { useLocale } from './context';
import type { CohortBar } from './host';
import { formatNumber } from './i18n';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  figure: { margin: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  // the drawing scales with the pane, up to a size that still reads as a small chart on a wide page
  svg: { width: '100%', maxWidth: '420px', height: 'auto', display: 'block' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    marginTop: tokens.spacingVerticalXS,
  },
  key: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  swatch: { width: '10px', height: '10px', borderRadius: '2px', display: 'inline-block' },
  swatchNew: { backgroundColor: tokens.colorBrandBackground },
  swatchCarried: { backgroundColor: tokens.colorNeutralForeground3 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '11px' },
  value: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
  barNew: { fill: tokens.colorBrandBackground },
  barCarried: { fill: tokens.colorNeutralForeground3 },
});

const WIDTH = 300;
const BAR = 16;
const GAP = 8;
const LABEL_W = 64;
const VALUE_W = 64;

export function chartSummary(
  cohorts: ReadonlyArray<CohortBar>,
  unit: string,
  locale: Locale,
  bar: (y: number, a: string, u: string, n: boolean) => string
): string {
  return cohorts
    .map((c) => bar(c.year, formatNumber(c.disbursed, locale), unit, c.isNew))
    .join(locale === 'zh-CN' ? '；' : '; ');
}

export function CohortChart({
  cohorts,
  unit,
  month,
}: {
  cohorts: ReadonlyArray<CohortBar>;
  unit: string;
  /** A mid-year workbook's cut-off month: the bars are 1—M月's payments. */
  month?: number;
}): JSX.Element | null {
  const { locale, t } = useLocale();
  const styles = useStyles();
  const shared = useSharedStyles();
  if (cohorts.length === 0) return null;
  // the unit as the findings name it in this language (万元 reads ×10,000 yuan in English)
  const shown = MONEY_UNIT_TEXT[unit as MoneyUnit]?.[locale] ?? unit;
  const max = cohorts.reduce((m, c) => Math.max(m, c.disbursed), 0);
  const span = WIDTH - LABEL_W - VALUE_W;
  const height = cohorts.length * (BAR + GAP) + GAP;
  const summary = t.chartSummary(chartSummary(cohorts, shown, locale, t.chartBar), month);
  return (
    <figure className={styles.figure}>
      <div className={styles.caption} aria-hidden="true">
        {t.chartTitle(shown, month)}
      </div>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} focusable="false">
        {cohorts.map((c, i) => {
          const y = GAP + i * (BAR + GAP);
          const w = max > 0 ? Math.max(c.disbursed > 0 ? 1 : 0, (c.disbursed / max) * span) : 0;
          return (
            <g key={c.year} data-testid={`bar-${c.year}`}>
              <text className={styles.label} x={LABEL_W - 6} y={y + BAR * 0.75} textAnchor="end">
                {String(c.year)}
              </text>
              <rect
                className={c.isNew ? styles.barNew : styles.barCarried}
                x={LABEL_W}
                y={y}
                width={w}
                height={BAR}
                rx={2}
              />
              <text className={styles.value} x={LABEL_W + w + 4} y={y + BAR * 0.75}>
                {formatNumber(c.disbursed, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className={styles.legend} aria-hidden="true">
        <span className={styles.key}>
          <span className={mergeClasses(styles.swatch, styles.swatchNew)} />
          {t.legendNew}
        </span>
        <span className={styles.key}>
          <span className={mergeClasses(styles.swatch, styles.swatchCarried)} />
          {t.legendCarried}
        </span>
      </div>
      <table className={shared.visuallyHidden}>
        <caption>{t.chartTitle(shown, month)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.cohortHeader}</th>
            <th scope="col">{t.countHeader}</th>
            <th scope="col">{t.disbursedHeader(shown, month)}</th>
          </tr>
        </thead>
        <tbody>
          {cohorts.map((c) => (
            <tr key={c.year}>
              <th scope="row">{c.isNew ? (locale === 'zh-CN' ? `${c.year}（${t.newCohort}）` : `${c.year} (${t.newCohort})`) : c.year}</th>
              <td>{c.count}</td>
              <td>{formatNumber(c.disbursed, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
