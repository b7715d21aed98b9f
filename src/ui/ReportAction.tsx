/**
 * 下载自评报告 (.docx), beside 生成 on the 生成自评表 tab: the whole report as a Word draft, with the
 * table of the chosen layout as its appendix. Where the workbook has errors (or has not been
 * checked yet) the draft box of the 生成自评表 tab (one for the table and the report) asks for a draft anyway. Where the host cannot save a download (Excel
 * for Mac, iPad) the report's text is shown to copy instead.
 */
import { Button, Caption1, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowDownRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { LayoutId } from '../model/selfeval';
import { useLocale } from './context';
import type { CheckView, ReportResult } from './host';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  text: { width: '100%', fontFamily: tokens.fontFamilyBase },
  textArea: { minHeight: '16em' },
  hint: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface ReportActionProps {
  readonly layout: LayoutId;
  readonly view: CheckView | null;
  readonly busy: boolean;
  /** The tab's 草稿 box: honoured only where the workbook may have errors, so a clean report is never a draft. */
  readonly draft: boolean;
  readonly disabled?: boolean;
  /** Drafts the report; resolves to what became of it (undefined: failed or cancelled, the notice says why). */
  readonly onReport: (layout: LayoutId, draft: boolean) => Promise<ReportResult | undefined>;
  readonly onCopy: (text: string) => void;
}

export function ReportAction({ layout, view, busy, draft, disabled, onReport, onCopy }: ReportActionProps): JSX.Element {
  const { t } = useLocale();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [toCopy, setToCopy] = useState<string | null>(null);
  const textId = useId();
  const mayHaveErrors = view === null || view.counts.error > 0;

  const run = async (): Promise<void> => {
    setToCopy(null);
    const r = await onReport(layout, mayHaveErrors && draft);
    if (r && 'noDownload' in r) setToCopy(r.text);
  };

  return (
    <div className={shared.stack}>
      <Caption1 className={styles.hint}>{t.reportHint}</Caption1>
      <div className={shared.row}>
        <Button icon={<DocumentArrowDownRegular />} onClick={() => void run()} disabled={busy || disabled}>
          {t.reportButton}
        </Button>
      </div>
      {toCopy !== null && (
        <div className={shared.stack}>
          <h2 className={styles.heading} id={textId}>
            {t.reportTextTitle}
          </h2>
          <Textarea
            className={styles.text}
            textarea={{ className: styles.textArea }}
            rows={12}
            value={toCopy}
            readOnly
            resize="vertical"
            aria-labelledby={textId}
            data-testid="report-text"
          />
          <div>
            <Button onClick={() => onCopy(toCopy)}>{t.reportCopy}</Button>
          </div>
        </div>
      )}
    </div>
  );
}
