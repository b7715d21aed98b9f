/** Start of the standalone page: the App with the file host, in the browser's language. */
import { createRoot, type Root } from 'react-dom/client';
import { localeFromLanguage } from '../model/messages';
import { App, type ThemeName } from '../ui/App';
import { createFileHost, type FileHostOptions } from './fileHost';

export interface PageEnv extends FileHostOptions {
  readonly language?: string;
  readonly prefersDark?: boolean;
}

export function bootPage(container: HTMLElement, env: PageEnv = {}): Root {
  const root = createRoot(container);
  const locale = localeFromLanguage(env.language);
  const theme: ThemeName = env.prefersDark ? 'dark' : 'light';
  root.render(<App host={createFileHost({ ...env, locale })} locale={locale} theme={theme} variant="page" />);
  return root;
}
