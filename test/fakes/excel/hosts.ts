/**
 * The Excel builds the fake can stand in for: which requirement sets each supports (Microsoft's tables "Excel
 * JavaScript API requirement sets", "Shared runtime requirement sets", "Custom Functions requirement sets"), its
 * platform as office.js sees it, and the payload limit of its requests and responses ("Resource limits and performance
 * optimization for Office Add-ins": 5MB on Excel on the web; none is documented for the desktop).
 *
 * `web` is the default: the newest API and the payload limit, the strictest combination.
 */

export interface ExcelHost {
  readonly id: HostId;
  /** How the README names it. */
  readonly label: string;
  /** `Office.context.platform` (office.js takes `OfficeOnline` for Excel on the web). */
  readonly platform: 'OfficeOnline' | 'PC' | 'Mac';
  /** Highest version of each requirement set the build supports (absent: not supported). */
  readonly sets: Readonly<Record<string, string>>;
  /** Bytes a request or a response may have; null where none is documented. */
  readonly payloadLimitBytes: number | null;
}

/** Excel on the web refuses a request or response above 5MB; the fake takes the smaller reading, 5,000,000 bytes. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;

/** Sets every Excel that loads office.js answers for (the library asks for them itself). */
const RUNTIME = { RichApiRuntime: '1.1', RichApiRuntimeFlag: '1.2' };

export const HOSTS = {
  web: {
    label: 'Excel on the web',
    platform: 'OfficeOnline',
    sets: { ...RUNTIME, ExcelApi: '1.20', ExcelApiOnline: '1.1', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.4' },
    payloadLimitBytes: WEB_PAYLOAD_LIMIT_BYTES,
  },
  'win-2509': {
    label: 'Microsoft 365 Windows 2509',
    platform: 'PC',
    sets: { ...RUNTIME, ExcelApi: '1.20', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.4' },
    payloadLimitBytes: null,
  },
  'win-2002': {
    // SharedRuntime 1.1 from 2002 (Build 12527.20092); ExcelApi 1.11 from 2002 (Build 12527.20470) on.
    label: 'Microsoft 365 Windows 2002',
    platform: 'PC',
    sets: { ...RUNTIME, ExcelApi: '1.11', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.2' },
    payloadLimitBytes: null,
  },
  'win-2102': {
    label: 'Microsoft 365 Windows 2102',
    platform: 'PC',
    sets: { ...RUNTIME, ExcelApi: '1.13', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' },
    payloadLimitBytes: null,
  },
  'win-2501': {
    label: 'Microsoft 365 Windows 2501',
    platform: 'PC',
    sets: { ...RUNTIME, ExcelApi: '1.18', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.4' },
    payloadLimitBytes: null,
  },
  'office-2021': {
    label: 'Excel 2021 (volume licensed) 2108',
    platform: 'PC',
    sets: { ...RUNTIME, ExcelApi: '1.14', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' },
    payloadLimitBytes: null,
  },
  'office-2024': {
    label: 'Excel 2024 (volume licensed)',
    platform: 'PC',
    sets: { ...RUNTIME, ExcelApi: '1.17', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.3' },
    payloadLimitBytes: null,
  },
  'office-2019': {
    label: 'Excel 2019 (volume licensed)',
    platform: 'PC',
    sets: { ...RUNTIME, ExcelApi: '1.7' },
    payloadLimitBytes: null,
  },
  'mac-16.35': {
    label: 'Excel for Mac 16.35',
    platform: 'Mac',
    sets: { ...RUNTIME, ExcelApi: '1.11', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.2' },
    payloadLimitBytes: null,
  },
  'mac-16.50': {
    label: 'Excel for Mac 16.50',
    platform: 'Mac',
    sets: { ...RUNTIME, ExcelApi: '1.13', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' },
    payloadLimitBytes: null,
  },
  'mac-16.93': {
    label: 'Excel for Mac 16.93',
    platform: 'Mac',
    sets: { ...RUNTIME, ExcelApi: '1.18', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.4' },
    payloadLimitBytes: null,
  },
} as const satisfies Record<string, Omit<ExcelHost, 'id'>>;

export type HostId = keyof typeof HOSTS;

export function excelHost(id: HostId): ExcelHost {
  return { id, ...HOSTS[id] };
}

/** `1.13` → [1, 13]: versions compare numerically part by part (1.9 < 1.13). */
function parts(v: string): number[] {
  return v.split('.').map((x) => Number(x) || 0);
}

export function versionAtLeast(have: string, want: string): boolean {
  const a = parts(have);
  const b = parts(want);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** `Office.context.requirements.isSetSupported` of the build (a missing version means 1.1, as Office reads it). */
export function isSetSupported(host: ExcelHost, name: string, version?: string): boolean {
  const have = host.sets[name as keyof typeof host.sets] as string | undefined;
  return have !== undefined && versionAtLeast(have, version ?? '1.1');
}
