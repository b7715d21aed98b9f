/**
 * The pane: 检查 / 生成自评表 / 模板, shared by the Excel task pane and the standalone page.
 * Host code stays outside: every action goes through the HostActions given as a prop.
 */
import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { Finding } from '../model/findings';
import type { Locale } from '../model/messages';
import type { LayoutId } from '../model/selfeval';
import { visibleText } from '../model/text/visible';
import { AcrossPanel } from './AcrossPanel';
import { CheckPanel } from './CheckPanel';
import { copyText } from './clipboard';
import { LocaleContext } from './context';
import { FileBar } from './FileBar';
import { errorDetail } from '../model/errors';
import { isChunkLoadError } from './errors';
import { isJxError, type AcrossView, type CheckView, type DeliveredFile, type HostActions, type ReportResult } from './host';
import { SendBack } from './SendBack';
import { strings } from './i18n';
import { TemplatesPanel } from './TemplatesPanel';
import { useTask } from './useTask';

export type ThemeName = 'light' | 'dark';

export interface AppProps {
  readonly host: HostActions;
  readonly locale?: Locale;
  readonly theme?: ThemeName;
  /** `pane` (default): Excel's task pane, 320–400 px wide. `page`: the standalone web page, a centred column. */
  readonly variant?: 'pane' | 'page';
}

type TabName = 'check' | 'generate' | 'templates';

/**
 * The 生成自评表 tab is loaded when it is first opened, a chunk of its own: with it the form builders (2018, 2020, the
 * 监控表: model/selfeval/layouts.ts) and the chart, which the pane needs at start-up no more than the engine
 * (ui/workbookHost.ts); the engine's chunk shares them.
 */
const loadGeneratePanel = () => import(/* webpackChunkName: "generate" */ './GeneratePanel');
type GeneratePanelComponent = Awaited<ReturnType<typeof loadGeneratePanel>>['GeneratePanel'];

interface Notice {
  readonly intent: 'error' | 'success' | 'info' | 'warning';
  readonly text: string;
  readonly title?: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  page: {
    maxWidth: '880px',
    marginLeft: 'auto',
    marginRight: 'auto',
    paddingTop: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalXL,
    paddingRight: tokens.spacingHorizontalXL,
    '@media (max-width: 480px)': {
      paddingTop: tokens.spacingVerticalL,
      paddingLeft: tokens.spacingHorizontalM,
      paddingRight: tokens.spacingHorizontalM,
    },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  pageTitle: { fontSize: tokens.fontSizeBase600 },
  progress: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS },
  progressField: { flexGrow: 1 },
  // The bar jumps to each new value instead of easing there over 0.3 s (Fluent's default): progress comes every few
  // tens of ms while a large file is read, so the easing never stopped and the page repainted at 60 fps the whole read,
  // a core's worth of work on a 2-core machine taken from the workers reading the file.
  progressBar: { transitionProperty: 'none' },
  panel: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
});

export function App({ host, locale = 'zh-CN', theme = 'light', variant = 'pane' }: AppProps): JSX.Element {
  const t = strings(locale);
  const ctx = useMemo(() => ({ locale, t }), [locale, t]);
  const styles = useStyles();
  const caps = host.capabilities;
  const [tab, setTab] = useState<TabName>('check');
  const [view, setView] = useState<CheckView | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  /** Several files opened together (the page): their check across, in place of the tabs. */
  const [across, setAcross] = useState<AcrossView | null>(null);

  const showError = useCallback(
    (e: unknown) => {
      const text = isJxError(e)
        ? e.text[locale]
        : isChunkLoadError(e)
          ? variant === 'page' ? t.partNotLoadedPage : t.partNotLoaded
          : t.unexpected(errorDetail(e));
      setNotice({ intent: 'error', title: t.errorTitle, text });
    },
    [locale, t, variant]
  );
  const task = useTask({ onError: showError, onCancelled: () => setNotice({ intent: 'info', text: t.cancelled }) });
  /**
   * The 生成自评表 tab once loaded; `failed` until it is asked for again — the tab opened again, clicked again while
   * open, or 重新加载 — which loads it again (webpack forgets a chunk that failed: the request is made anew).
   */
  const [generatePanel, setGeneratePanel] = useState<{ Panel: GeneratePanelComponent } | 'failed' | null>(null);
  const [panelTries, setPanelTries] = useState(0);
  const loadPanelAgain = (): void => {
    setNotice(null);
    setPanelTries((n) => n + 1);
  };
  useEffect(() => {
    if (tab !== 'generate' || (generatePanel !== null && generatePanel !== 'failed')) return;
    let live = true;
    setGeneratePanel(null);
    loadGeneratePanel().then(
      (m) => live && setGeneratePanel({ Panel: m.GeneratePanel }),
      (e: unknown) => {
        if (!live) return;
        setGeneratePanel('failed');
        showError(e);
      }
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads on opening the tab or asking again, not when its state changes
  }, [tab, panelTries]);

  const busy = task.state !== null;
  const needsFile = caps.openFile && fileName === null;

  const runCheck = async (): Promise<void> => {
    setNotice(null);
    const v = await task.run(t.checking, (o) => host.check(o));
    // The findings of a large ledger render in slices (a transition), so the page never freezes on them.
    if (v) startTransition(() => setView(v));
  };

  const goTo = (f: Finding): void => {
    if (!caps.goTo || !host.goTo) return;
    host.goTo(f).catch(showError);
  };

  const mark = async (findings: ReadonlyArray<Finding>): Promise<void> => {
    if (!host.mark) return;
    setNotice(null);
    const r = await task.run(t.working, () => host.mark!(findings).then((o) => o ?? {}));
    if (!r) return;
    // a protected sheet's findings are left unmarked: say which sheet to unprotect, not that all were marked
    const locked = new Set(r.protectedSheets ?? []);
    if (locked.size > 0) setNotice({ intent: 'warning', text: t.markedExceptProtected(findings.filter((f) => !locked.has(f.sheet)).length, [...locked]) });
    else setNotice({ intent: 'success', text: t.marked(findings.length) });
  };

  const clearMarks = async (): Promise<void> => {
    if (!host.clearMarks) return;
    setNotice(null);
    const ok = await task.run(t.working, () => host.clearMarks!().then(() => true));
    if (ok) setNotice({ intent: 'success', text: t.marksCleared });
  };

  const generate = async (layout: LayoutId, draft: boolean): Promise<void> => {
    setNotice(null);
    const r = await task.run(t.generating, (o) => host.generate({ ...o, layout, draft }));
    if (!r) return;
    setNotice({
      intent: 'success',
      text: 'sheetName' in r ? t.generatedSheet(r.sheetName) : t.generatedDownload(r.downloadName),
    });
  };

  const report = async (layout: LayoutId, draft: boolean): Promise<ReportResult | undefined> => {
    if (!host.report) return undefined;
    setNotice(null);
    const r = await task.run(t.reporting, (o) => host.report!({ ...o, layout, draft }));
    if (r)
      setNotice(
        'downloadName' in r
          ? { intent: 'success', text: t.reportDownloaded(r.downloadName, r.placeholders) }
          : { intent: 'warning', text: r.noDownload[locale] }
      );
    return r;
  };

  // 退回问题: the 问题清单 and the annotated copy, downloaded (or opened in Excel)
  const sendBack = async (make: (o: Parameters<NonNullable<HostActions['downloadProblemList']>>[0]) => Promise<DeliveredFile>): Promise<void> => {
    setNotice(null);
    const r = await task.run(t.sendBackWorking, (o) => make({ ...o, locale }));
    if (!r) return;
    const text =
      'openedInExcel' in r ? t.openedInExcel : r.cells !== undefined ? t.annotatedDone(r.downloadName, r.cells) : t.generatedDownload(r.downloadName);
    setNotice({ intent: 'success', text });
  };

  const insertTemplates = async (withSample: boolean): Promise<void> => {
    if (!host.insertTemplates) return;
    setNotice(null);
    const r = await task.run(t.working, (o) => host.insertTemplates!({ withSample, signal: o.signal }));
    if (r)
      setNotice({ intent: 'success', text: t.templatesInserted(r.sheetNames.join(locale === 'zh-CN' ? '、' : ', ')) });
  };

  const afterOpen = async (name: string | undefined): Promise<void> => {
    if (name === undefined) return;
    setFileName(name);
    setView(null);
    setAcross(null);
    await runCheck();
  };

  const openFiles = async (files: ReadonlyArray<File>): Promise<void> => {
    if (!host.openFiles || !host.checkAcross) return;
    setNotice(null);
    const r = await task.run(t.working, (o) => host.openFiles!(files, o));
    if (!r) return;
    setFileName(r.names.length === 1 ? r.names[0] : t.filesLoaded(r.names[0], r.names.length));
    setView(null);
    setAcross(null);
    const v = await task.run(t.checking, (o) => host.checkAcross!(o));
    if (v) setAcross(v);
  };

  const downloadMerged = async (): Promise<void> => {
    if (!host.downloadMerged) return;
    setNotice(null);
    const r = await task.run(t.working, (o) => host.downloadMerged!(o));
    if (r && 'downloadName' in r) setNotice({ intent: 'success', text: t.mergedDone(r.downloadName) });
  };

  const openFile = async (file: File): Promise<void> => {
    if (!host.openFile) return;
    setNotice(null);
    const r = await task.run(t.working, (o) => host.openFile!(file, o));
    await afterOpen(r?.name);
  };

  const openSample = async (): Promise<void> => {
    if (!host.useSample) return;
    setNotice(null);
    const r = await task.run(t.working, () => host.useSample!());
    await afterOpen(r?.name);
  };

  // a notice is about the tab it came from: it does not follow to another tab
  const selectTab = (next: TabName): void => {
    if (next !== tab) setNotice(null);
    // the open 生成自评表 tab clicked again after its part failed to load: load it again
    else if (next === 'generate' && generatePanel === 'failed') loadPanelAgain();
    setTab(next);
  };

  const copy = async (text: string): Promise<void> => {
    const ok = await copyText(text);
    setNotice(ok ? { intent: 'success', text: t.copied } : { intent: 'warning', text: t.copyFailed });
  };

  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={locale}>
      <LocaleContext.Provider value={ctx}>
        <main className={mergeClasses(styles.root, variant === 'page' && styles.page)}>
          <h1 className={mergeClasses(styles.title, variant === 'page' && styles.pageTitle)}>{t.appTitle}</h1>
          {caps.openFile && (
            <FileBar
              busy={busy}
              fileName={fileName}
              canUseSample={caps.sample && !!host.useSample}
              onFile={openFile}
              onSample={openSample}
              onFiles={host.openFiles && host.checkAcross ? (fs) => void openFiles(fs) : undefined}
            />
          )}
          {caps.limits && caps.limits.length > 0 && (
            <MessageBar intent="warning" data-testid="host-limits">
              <MessageBarBody>{caps.limits.map((l) => l[locale]).join(' ')}</MessageBarBody>
            </MessageBar>
          )}
          {!across && (<TabList selectedValue={tab} onTabSelect={(_, d) => selectTab(d.value as TabName)} aria-label={t.tabsLabel}>
            <Tab value="check">{t.tabCheck}</Tab>
            <Tab value="generate">{t.tabGenerate}</Tab>
            {caps.templates && <Tab value="templates">{t.tabTemplates}</Tab>}
          </TabList>)}
          {task.state && (
            <div className={styles.progress}>
              <Field className={styles.progressField} label={task.state.label}>
                <ProgressBar value={task.state.progress} max={1} thickness="large" bar={{ className: styles.progressBar }} />
              </Field>
              <Button onClick={task.cancel}>{t.cancel}</Button>
            </div>
          )}
          {notice && (
            <MessageBar intent={notice.intent} data-testid={`notice-${notice.intent}`}>
              <MessageBarBody>
                {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
                {visibleText(notice.text)}
              </MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    aria-label={t.dismiss}
                    icon={<DismissRegular />}
                    onClick={() => setNotice(null)}
                  />
                }
              />
            </MessageBar>
          )}
          {across && (
            <div className={styles.panel}>
              <AcrossPanel view={across} busy={busy} onDownload={host.downloadMerged ? () => void downloadMerged() : undefined} />
            </div>
          )}
          {!across && (<div className={styles.panel}>
            {tab === 'check' && (
              <CheckPanel
                view={view}
                busy={busy}
                disabled={needsFile}
                capabilities={caps}
                onCheck={runCheck}
                onGoTo={goTo}
                onMark={mark}
                onClearMarks={clearMarks}
              />
            )}
            {tab === 'check' && (
              <SendBack
                checked={view !== null}
                busy={busy}
                variant={variant}
                onProblemList={host.downloadProblemList && (() => void sendBack((o) => host.downloadProblemList!(o)))}
                onAnnotated={host.downloadAnnotated && (() => void sendBack((o) => host.downloadAnnotated!(o)))}
              />
            )}
            {tab === 'generate' && generatePanel === null && <Spinner size="small" label={t.working} />}
            {tab === 'generate' && generatePanel === 'failed' && (
              <div>
                <Button appearance="primary" onClick={loadPanelAgain}>
                  {t.loadAgain}
                </Button>
              </div>
            )}
            {tab === 'generate' && generatePanel !== null && generatePanel !== 'failed' && (
              <generatePanel.Panel
                view={view}
                busy={busy}
                disabled={needsFile}
                onPreview={runCheck}
                onGenerate={generate}
                onCopy={copy}
                onReport={host.report ? report : undefined}
              />
            )}
            {tab === 'templates' && caps.templates && <TemplatesPanel busy={busy} onInsert={insertTemplates} />}
          </div>)}
        </main>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}
