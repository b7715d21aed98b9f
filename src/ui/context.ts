/** The locale of the pane, and its strings, for every component below App. */
import { createContext, useContext } from 'react';
import type { Locale } from '../model/messages';
import { strings, type UiStrings } from './i18n';

export interface LocaleContextValue {
  readonly locale: Locale;
  readonly t: UiStrings;
}

export const LocaleContext = createContext<LocaleContextValue>({ locale: 'zh-CN', t: strings('zh-CN') });

export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext);
}
