export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: ReadonlyArray<Locale> = ['zh-CN', 'en-US'];
