/**
 * The findings, grouped by rule, virtualised (@tanstack/react-virtual) so that 10,000 of them
 * scroll smoothly: only the rows in view (plus a few) are in the DOM.
 * A listbox: the container keeps focus and points at the active finding (aria-activedescendant);
 * ↑ ↓ Home End PageUp PageDown move, Enter or a click goes to the cell.
 */
import { Badge, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { type Finding, type Severity } from '../model/findings';
import { findingPlace } from '../model/findingsShown';
import { findingText } from '../model/messages';
import { ruleTitle } from '../model/rules';
import { visibleText } from '../model/text/visible';
import { useLocale } from './context';
import { severityLabel } from './i18n';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const SEVERITY_COLOR: Record<Severity, BadgeProps['color']> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

type Row =
  | { readonly kind: 'group'; readonly rule: string; readonly variant?: string; readonly count: number }
  | { readonly kind: 'finding'; readonly finding: Finding; readonly ordinal: number };

/**
 * Groups by rule (worst severity first, then rule id), keeping the findings' order inside a group. A message with a
 * title of its own (L006.county 县市按所属地州市计, a note, is no 地州市不在范围内) is a group of its own under that title,
 * as the 问题清单's 汇总 counts it (model/sendback/problemList.ts).
 */
export function groupRows(findings: ReadonlyArray<Finding>): { rows: Row[]; order: Finding[]; rowOf: number[] } {
  const groups = new Map<string, { rule: string; variant?: string; findings: Finding[] }>();
  for (const f of findings) {
    const variant = f.variant && ownTitle(f.rule, f.variant) ? f.variant : undefined;
    const k = variant ? `${f.rule}.${variant}` : f.rule;
    const g = groups.get(k);
    if (g) g.findings.push(f);
    else groups.set(k, { rule: f.rule, ...(variant ? { variant } : {}), findings: [f] });
  }
  const worst = (fs: Finding[]): number => fs.reduce((w, f) => Math.min(w, SEVERITY_RANK[f.severity]), Infinity);
  const keys = [...groups.keys()].sort(
    (a, b) => worst(groups.get(a)!.findings) - worst(groups.get(b)!.findings) || (a < b ? -1 : a > b ? 1 : 0)
  );
  const rows: Row[] = [];
  const order: Finding[] = [];
  const rowOf: number[] = [];
  for (const k of keys) {
    const { rule, variant, findings: fs } = groups.get(k)!;
    rows.push({ kind: 'group', rule, ...(variant ? { variant } : {}), count: fs.length });
    for (const f of fs) {
      rowOf.push(rows.length);
      rows.push({ kind: 'finding', finding: f, ordinal: order.length });
      order.push(f);
    }
  }
  return { rows, order, rowOf };
}

/** Whether the rule's message `variant` has a title other than the rule's (the registry's MessageDef.title). */
function ownTitle(rule: string, variant: string): boolean {
  return ruleTitle(rule, 'zh-CN', variant) !== ruleTitle(rule, 'zh-CN');
}

const GROUP_HEIGHT = 32;
const FINDING_HEIGHT = 64;

const useStyles = makeStyles({
  scroller: {
    flex: '0 1 auto',
    minHeight: '96px',
    overflowY: 'auto',
    position: 'relative',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  inner: { position: 'relative', width: '100%' },
  row: { position: 'absolute', top: 0, left: 0, width: '100%', boxSizing: 'border-box' },
  group: {
    display: 'flex',
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    height: `${GROUP_HEIGHT}px`,
  },
  finding: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  navigable: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  // where to look first: the cell, as Excel writes it (项目台账!H5)
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, overflowWrap: 'anywhere' },
  rule: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  message: { fontSize: tokens.fontSizeBase300, overflowWrap: 'anywhere' },
});

export interface FindingsListProps {
  readonly findings: ReadonlyArray<Finding>;
  /** Click or Enter on a finding. */
  readonly onActivate: (finding: Finding) => void;
  readonly label: string;
  readonly describedBy?: string;
  /** A click goes somewhere (the task pane); false on the page, where the list is read only. */
  readonly navigable?: boolean;
  /** The sheet a file of one table (a CSV) was read as (CheckView.ownSheet): its findings are placed by cell alone. */
  readonly ownSheet?: string;
}

export function FindingsList({
  findings,
  onActivate,
  label,
  describedBy,
  navigable = true,
  ownSheet,
}: FindingsListProps): JSX.Element {
  const { locale, t } = useLocale();
  const styles = useStyles();
  const idPrefix = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { rows, order, rowOf } = useMemo(() => groupRows(findings), [findings]);
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [findings]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? GROUP_HEIGHT : FINDING_HEIGHT),
    overscan: 6,
    // Wrapped messages make rows taller; an element that has no layout (hidden, or jsdom) keeps its estimate.
    measureElement: (el, _entry, instance) => {
      const h = el.getBoundingClientRect().height;
      const i = Number((el as HTMLElement).dataset.index);
      return h > 0 ? h : instance.options.estimateSize(i);
    },
  });

  const optionId = (ordinal: number): string => `${idPrefix}-f${ordinal}`;
  const items = virtualizer.getVirtualItems();
  const activeRow = rowOf[active];
  const activeRendered = items.some((it) => it.index === activeRow);

  const moveTo = useCallback(
    (ordinal: number) => {
      if (order.length === 0) return;
      const next = Math.max(0, Math.min(order.length - 1, ordinal));
      setActive(next);
      virtualizer.scrollToIndex(rowOf[next], { align: 'auto' });
    },
    [order.length, rowOf, virtualizer]
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / FINDING_HEIGHT) || 10);
    switch (e.key) {
      case 'ArrowDown':
        moveTo(active + 1);
        break;
      case 'ArrowUp':
        moveTo(active - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(order.length - 1);
        break;
      case 'PageDown':
        moveTo(active + page);
        break;
      case 'PageUp':
        moveTo(active - page);
        break;
      case 'Enter':
      case ' ':
        if (order[active]) onActivate(order[active]);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <div
      ref={scrollRef}
      className={styles.scroller}
      role="listbox"
      aria-label={label}
      aria-describedby={describedBy}
      aria-activedescendant={order.length && activeRendered ? optionId(active) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className={styles.inner} style={{ height: `${virtualizer.getTotalSize()}px` }} role="presentation">
        {items.map((it) => {
          const row = rows[it.index];
          if (row.kind === 'group') {
            return (
              <div
                key={it.key}
                data-index={it.index}
                ref={virtualizer.measureElement}
                className={mergeClasses(styles.row, styles.group)}
                style={{ transform: `translateY(${it.start}px)` }}
                role="presentation"
                aria-hidden="true"
              >
                {t.ruleGroup(row.rule, row.count, row.variant)}
              </div>
            );
          }
          const f = row.finding;
          const isActive = row.ordinal === active;
          return (
            <div
              key={it.key}
              data-index={it.index}
              ref={virtualizer.measureElement}
              id={optionId(row.ordinal)}
              role="option"
              aria-selected={isActive}
              aria-posinset={row.ordinal + 1}
              aria-setsize={order.length}
              className={mergeClasses(
                styles.row,
                styles.finding,
                navigable && styles.navigable,
                isActive && styles.active
              )}
              style={{ transform: `translateY(${it.start}px)` }}
              onClick={() => {
                setActive(row.ordinal);
                onActivate(f);
              }}
            >
              <div className={styles.head}>
                <Badge appearance="tint" color={SEVERITY_COLOR[f.severity]} size="small">
                  {severityLabel(f.severity, locale)}
                </Badge>
                <span className={styles.cell}>{visibleText(findingPlace(f, ownSheet))}</span>
                <span className={styles.rule}>{f.rule}</span>
              </div>
              <div className={styles.message}>{visibleText(findingText(f, locale))}</div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
