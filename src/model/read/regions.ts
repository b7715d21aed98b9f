/** The prefecture-level divisions of Xinjiang (地州市) and the short forms people write. */

export const XINJIANG_PREFECTURES: ReadonlyArray<string> = [
  '乌鲁木齐市', '克拉玛依市', '吐鲁番市', '哈密市', '昌吉回族自治州', '博尔塔拉蒙古自治州',
  '巴音郭楞蒙古自治州', '阿克苏地区', '克孜勒苏柯尔克孜自治州', '喀什地区', '和田地区',
  '伊犁哈萨克自治州', '塔城地区', '阿勒泰地区',
];

export const DEFAULT_REGIONS: ReadonlyArray<string> = [...XINJIANG_PREFECTURES, '自治区本级'];

/** Short form → official name. */
export const REGION_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['乌市', '乌鲁木齐市'], ['乌鲁木齐', '乌鲁木齐市'],
  ['克拉玛依', '克拉玛依市'],
  ['吐鲁番', '吐鲁番市'], ['吐鲁番地区', '吐鲁番市'],
  ['哈密', '哈密市'], ['哈密地区', '哈密市'],
  ['昌吉', '昌吉回族自治州'], ['昌吉州', '昌吉回族自治州'],
  ['博州', '博尔塔拉蒙古自治州'], ['博尔塔拉', '博尔塔拉蒙古自治州'], ['博尔塔拉州', '博尔塔拉蒙古自治州'],
  ['巴州', '巴音郭楞蒙古自治州'], ['巴音郭楞', '巴音郭楞蒙古自治州'], ['巴音郭楞州', '巴音郭楞蒙古自治州'], ['巴音州', '巴音郭楞蒙古自治州'],
  ['阿克苏', '阿克苏地区'],
  ['克州', '克孜勒苏柯尔克孜自治州'], ['克孜勒苏', '克孜勒苏柯尔克孜自治州'], ['克孜勒苏州', '克孜勒苏柯尔克孜自治州'],
  ['喀什', '喀什地区'],
  ['和田', '和田地区'],
  ['伊犁', '伊犁哈萨克自治州'], ['伊犁州', '伊犁哈萨克自治州'], ['伊犁哈萨克州', '伊犁哈萨克自治州'], ['伊犁州直', '伊犁哈萨克自治州'],
  ['塔城', '塔城地区'],
  ['阿勒泰', '阿勒泰地区'],
  ['区本级', '自治区本级'], ['本级', '自治区本级'],
]);

/**
 * Whether a text is, as a whole, the name of a 地州市: an official name (or 自治区本级) or a known
 * short form, as a prefecture's block of rows is titled (`乌鲁木齐市`, `巴州`); white space ignored.
 */
export function isRegionName(text: string): boolean {
  return regionNamed(text) !== undefined;
}

/** The official name of the 地州市 a text is, as a whole (isRegionName), or undefined. */
export function regionNamed(text: string): string | undefined {
  const s = text.replace(/\s+/g, '');
  return DEFAULT_REGION_SET.has(s) ? s : REGION_SHORT_FORMS.get(s);
}
const DEFAULT_REGION_SET: ReadonlySet<string> = new Set(DEFAULT_REGIONS);

/** How a written region stands against the allowed list. */
export type RegionMatch =
  | { readonly kind: 'ok'; readonly official: string }
  | { readonly kind: 'short'; readonly official: string }
  /** A county (伊宁市, 霍城县: counties.ts) of an allowed 地州市: counted under it. */
  | { readonly kind: 'county'; readonly official: string }
  | { readonly kind: 'unknown' };

/**
 * A county's full name → its 地州市 (counties.ts XINJIANG_COUNTIES), given by the caller: the table stays out of the
 * custom functions' bundle (its 60 KB budget), whose FINDINGS knows no counties.
 */
export type Counties = ReadonlyMap<string, string>;

/** The allowed 地州市 a county's full name belongs to, or undefined. */
export function prefectureOfCounty(name: string, allowed: ReadonlySet<string>, counties: Counties | undefined): string | undefined {
  const p = counties?.get(name);
  return p !== undefined && allowed.has(p) ? p : undefined;
}

/** The region's province written before it: `新疆维吾尔自治区乌鲁木齐市`, `新疆昌吉州` (an address, a unit's full name). */
const PROVINCE_PREFIX = /^(?:新疆维吾尔自治区|新疆自治区|新疆)(?=.)/;

export function matchRegion(written: string, allowed: ReadonlySet<string>, counties?: Counties): RegionMatch {
  const s = written.replace(/\s+/g, '');
  if (allowed.has(s)) return { kind: 'ok', official: s };
  // 新疆维吾尔自治区乌鲁木齐市 names 乌鲁木齐市 (the same as written without the province: a short form's info)
  const local = s.replace(PROVINCE_PREFIX, '');
  if (local !== s && !allowed.has(s)) {
    const m = matchRegion(local, allowed, counties);
    return m.kind === 'unknown' || m.kind === 'county' ? m : { kind: 'short', official: m.official };
  }
  const official = REGION_SHORT_FORMS.get(s);
  if (official && allowed.has(official)) return { kind: 'short', official };
  // a listed name without its 市/州/地区 (五家渠 for 五家渠市, as 乌鲁木齐 for 乌鲁木齐市): its short form
  const stems = stemsOf(allowed);
  for (const [name, stem] of stems) if (stem === s) return { kind: 'short', official: name };
  const county = prefectureOfCounty(s, allowed, counties);
  // a 行政区划代码 whose county digits are 00 (652300, 650100, 652300000000: GB/T 2260) is the 地州市 itself, written as its
  // code — no county (counties.ts reads a code by its first four digits, whichever it is)
  if (county) return { kind: /^\d{4}00(?:0{6})?$/.test(s) ? 'short' : 'county', official: county };
  // 推荐单位 is often an organisation of the prefecture (`乌鲁木齐市知识产权局`, `昌吉州财政局`):
  // a text that starts with an allowed name or a known short form names that prefecture.
  for (const name of allowed) if (name.length >= 2 && s.startsWith(name)) return { kind: 'short', official: name };
  for (const [short, name] of REGION_SHORT_FORMS) if (short.length >= 2 && s.startsWith(short) && allowed.has(name)) return { kind: 'short', official: name };
  for (const [name, stem] of stems) if (s.startsWith(stem)) return { kind: 'short', official: name };
  return { kind: 'unknown' };
}

/**
 * Each allowed set's names that have a stem (stemOf), with it, in the set's order: made at the set's first text not
 * matched as written, then kept while the set lives. Every caller makes its set once (new Set(profile.regions)) and
 * never changes it.
 */
const STEMS = new WeakMap<ReadonlySet<string>, ReadonlyArray<readonly [name: string, stem: string]>>();
function stemsOf(allowed: ReadonlySet<string>): ReadonlyArray<readonly [name: string, stem: string]> {
  let stems = STEMS.get(allowed);
  if (stems === undefined) {
    stems = [...allowed].flatMap((name) => {
      const stem = stemOf(name);
      return stem === undefined ? [] : [[name, stem] as const];
    });
    STEMS.set(allowed, stems);
  }
  return stems;
}

/** A division's name without its 市, 州 or 地区 (五家渠市 → 五家渠), when two characters or more are left; else undefined. */
function stemOf(name: string): string | undefined {
  const stem = name.replace(/(?:地区|市|州)$/, '');
  return stem !== name && stem.length >= 2 ? stem : undefined;
}
