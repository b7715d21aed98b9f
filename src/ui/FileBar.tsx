/** The page's file picker: a visible drop zone, a 选择文件 button, the sample, and the promise that the file stays untouched. */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { visibleText } from '../model/text/visible';
import { useLocale } from './context';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  zone: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalL,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalS,
    textAlign: 'center',
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/**
 * What the file dialog offers: every name the reader reads by its bytes (src/adapters/file) — a
 * workbook with macros (.xlsm) or a template (.xltx), WPS's .et/.ett, tab-separated .tsv — not only
 * .xlsx/.xls/.csv/.txt, which left those out of the dialog's list though a drop read them.
 */
export const ACCEPTED_FILES = [
  '.xlsx', '.xlsm', '.xltx', '.xls', '.et', '.ett', '.csv', '.txt', '.tsv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel', 'text/csv',
].join(',');

export interface FileBarProps {
  readonly busy: boolean;
  readonly fileName: string | null;
  readonly canUseSample: boolean;
  readonly onFile: (file: File) => void;
  readonly onSample: () => void;
  /** Several files chosen or dropped at once (the page: check across and merge); absent: one file only. */
  readonly onFiles?: (files: ReadonlyArray<File>) => void;
}

export function FileBar({ busy, fileName, canUseSample, onFile, onSample, onFiles }: FileBarProps): JSX.Element {
  const { t } = useLocale();
  const styles = useStyles();
  const shared = useSharedStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined): void => {
    if (busy || !files?.length) return;
    if (files.length > 1 && onFiles) onFiles(Array.from(files));
    else onFile(files[0]);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer?.files);
  };
  return (
    <section className={shared.stack} aria-label={t.fileTitle}>
      <div
        className={mergeClasses(styles.zone, over && styles.over)}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Text weight="semibold">{t.dropZone}</Text>
        {onFiles && (
          <Text size={200} className={shared.muted}>
            {t.dropZoneMany}
          </Text>
        )}
        <div className={shared.row}>
          <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
            {t.chooseFile}
          </Button>
          {canUseSample && (
            <Button onClick={onSample} disabled={busy}>
              {t.useSample}
            </Button>
          )}
        </div>
        <input
          ref={input}
          type="file"
          accept={ACCEPTED_FILES}
          aria-label={t.chooseFile}
          multiple={onFiles !== undefined}
          hidden
          onChange={(e) => {
            take(e.target.files);
            e.target.value = '';
          }}
        />
        <Text data-testid="file-name">{fileName ? t.fileLoaded(visibleText(fileName)) : t.noFile}</Text>
      </div>
      <Text size={200} className={shared.muted}>
        {t.neverAltered}
      </Text>
    </section>
  );
}
