/** 退回问题: 下载问题清单 (page and pane) and 下载标注副本 (page), below the check's results. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useLocale } from './context';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface SendBackProps {
  /** A check has run (there is something to send back). */
  readonly checked: boolean;
  readonly busy: boolean;
  /** The page (a file was opened) or the pane (the open workbook). */
  readonly variant: 'page' | 'pane';
  readonly onProblemList?: () => void;
  readonly onAnnotated?: () => void;
}

export function SendBack({ checked, busy, variant, onProblemList, onAnnotated }: SendBackProps): JSX.Element | null {
  const { t } = useLocale();
  const styles = useStyles();
  const shared = useSharedStyles();
  if (!onProblemList && !onAnnotated) return null;
  const disabled = busy || !checked;
  return (
    <section className={styles.section} aria-label={t.sendBackTitle}>
      <h2 className={styles.heading}>{t.sendBackTitle}</h2>
      <Text size={200} className={shared.muted}>
        {variant === 'page' ? t.sendBackIntro : t.sendBackIntroPane}
      </Text>
      <div className={shared.row}>
        {onProblemList && (
          <Button icon={<ArrowDownloadRegular />} onClick={onProblemList} disabled={disabled}>
            {t.problemListButton}
          </Button>
        )}
        {onAnnotated && (
          <Button icon={<ArrowDownloadRegular />} onClick={onAnnotated} disabled={disabled}>
            {t.annotatedButton}
          </Button>
        )}
      </div>
    </section>
  );
}
