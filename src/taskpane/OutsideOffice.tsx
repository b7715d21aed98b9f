/** The task pane opened outside Excel (a plain browser): say where it works, and offer the web page. */
import {
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from '@fluentui/react-components';
import type { Locale } from '../model/messages';
import { strings } from '../ui/i18n';

export function OutsideOffice({ locale }: { locale: Locale }): JSX.Element {
  const t = strings(locale);
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main style={{ padding: 16 }}>
        <h1 style={{ fontSize: 20, marginTop: 0 }}>{t.appTitle}</h1>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.openInExcel}</MessageBarTitle>
            {t.openInExcelDetail}
          </MessageBarBody>
        </MessageBar>
        <p>
          <Link href="standalone.html">{t.openStandalone}</Link>
        </p>
      </main>
    </FluentProvider>
  );
}
