import type { FindingParams } from '../findings';

export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: ReadonlyArray<Locale> = ['zh-CN', 'en-US'];

/** A message: a function of the finding's params. Keys are `RULE` or `RULE.variant`. */
export type Message = (p: FindingParams) => string;
export type MessagePart = Readonly<Record<Locale, Readonly<Record<string, Message>>>>;
