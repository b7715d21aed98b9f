/**
 * The layout registry (selfeval/layouts.ts): every decision the rest of the product reads about a
 * layout comes from its entry — the 分值方案 the profile accepts, the default, the level-1 words,
 * whether a form has points (W004), the sheet name, the CLI's `--layout` and the pane's choices.
 * Every test here runs over the whole registry: a new layout needs no line here.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { findingText } from '../../../src/model/messages';
import { readProfile } from '../../../src/model/read/profile';
import { buildSelfEval, buildWithLayout, type LayoutDef } from '../../../src/model/selfeval';
import { CATEGORIES, categoryOf } from '../../../src/model/selfeval/categories';
import { DEFAULT_LAYOUT, LAYOUT_IDS, LAYOUTS, SCHEME_IDS, layoutById, layoutLabel } from '../../../src/model/selfeval/layouts';
import { SheetBuilder, TITLE } from '../../../src/model/selfeval/sheet';
import { indicators, scoredBook } from '../support/ledger';
import { profile, sourceYearProjects, workedExample } from '../scoring/fixtures';

const input = (scheme: string) => ({
  profile: profile({ scheme: scheme as never }), projects: sourceYearProjects(), indicators: workedExample(),
  indicatorSheet: '绩效指标', ledgerSheet: '项目台账',
});

describe('every layout of the registry', () => {
  it.each(LAYOUTS.map((l) => [l.id, l] as const))('%s: a label in both locales, the three categories in its words, read back as those categories', (_id, l) => {
    for (const month of [undefined, 7, 11]) {
      expect(layoutLabel(l.id, 'zh-CN', month)).toMatch(/\S/);
      expect(layoutLabel(l.id, 'en-US', month)).toMatch(/^[\x20-\x7e]+$/);
      // a form of a cut-off month names it, never the placeholder 1—M月
      expect(layoutLabel(l.id, 'zh-CN', month)).not.toMatch(/M月/);
      if (l.monitor && month !== undefined) expect([layoutLabel(l.id, 'zh-CN', month), layoutLabel(l.id, 'en-US', month)].join('|')).toMatch(new RegExp(`1—${month}月.*\\|.*month ${month}\\b`));
    }
    expect(l.level1.map((d) => d.category).sort()).toEqual(CATEGORIES.map((c) => c.key).sort());
    for (const d of l.level1) expect(categoryOf(d.name)).toBe(d.category);
    expect(l.sheetName(2018)).toContain('2018');
  });

  it.each(LAYOUTS.map((l) => [l.id, l] as const))('%s: builds the worked example under its name, with its words for level 1', (id, l) => {
    const se = buildSelfEval({ ...input(SCHEME_IDS[0]), layout: id });
    expect(se.sheetName).toBe(l.sheetName(2018));
    expect(se.indicators.map((i) => i.level1).filter((n, k, a) => a.indexOf(n) === k)).toEqual(l.level1.map((d) => d.name));
  });

  it('has unique ids; 分值方案 takes exactly the scheme layouts, and the first is the default', () => {
    expect(new Set(LAYOUT_IDS).size).toBe(LAYOUTS.length);
    expect(SCHEME_IDS).toEqual(LAYOUTS.filter((l) => l.scheme).map((l) => l.id));
    expect(DEFAULT_LAYOUT).toBe(SCHEME_IDS[0]);
    expect(readProfile(undefined).profile.scheme).toBe(DEFAULT_LAYOUT);
    for (const id of SCHEME_IDS) {
      const r = readProfile({ name: '配置', values: [['分值方案', id]] });
      expect(r.findings).toEqual([]);
      expect(r.profile.scheme).toBe(id);
    }
    const bad = readProfile({ name: '配置', values: [['分值方案', '监控']] });
    expect(bad.findings.map((f) => findingText(f, 'en-US'))).toEqual([`Profile parameter "分值方案" value "监控" cannot be read; expected ${SCHEME_IDS.join(' or ')}.`]);
  });

  it('holds the level-1 points to the defaults (W004) exactly under a 分值方案 whose form has points', () => {
    for (const id of SCHEME_IDS) {
      const grid = scoredBook({ profile: [['分值方案', id]], indicatorRows: indicators({ 0: { 分值: 45 }, 1: { 分值: 35 } }) });
      const w004 = evaluateWorkbook(grid).findings.filter((f) => f.rule === 'W004');
      expect(w004.length > 0).toBe(layoutById(id)!.hasPoints);
    }
  });
});

describe('a layout that is not a scored 自评表 fits the registry', () => {
  // The shape of the mid-year 绩效监控表 (monitor.md): its own title, no points, not a 分值方案.
  const monitor: LayoutDef<'monitor'> = {
    id: 'monitor',
    label: { 'zh-CN': '绩效监控表', 'en-US': 'Monitoring table' },
    scheme: false,
    level1: CATEGORIES.map((c) => ({ category: c.key, name: c.name })),
    hasPoints: false,
    sheetName: (fy) => (fy === undefined ? '绩效监控表' : `${fy}年度绩效监控表`),
    build: (x) => {
      const s = new SheetBuilder([20, 20]);
      s.row(0, '项目支出绩效目标执行监控表', TITLE);
      return { layout: s.build(x.sheetName, { top: 0, left: 0, bottom: 0, right: 1 }, { top: 0, left: 0, bottom: 0, right: 1 }, { paperSize: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { top: 1.5, bottom: 1.5, left: 1.5, right: 1.5 } }), indicators: [] };
    },
  };

  it('is built under its own name and title, and does not make 分值方案 accept it', () => {
    const se = buildWithLayout(monitor, { ...input(SCHEME_IDS[0]), existingSheets: ['2018年度绩效监控表'] });
    expect(se.sheetName).toBe('2018年度绩效监控表 (2)');
    expect(se.layout.cells.find((c) => c.row === 0 && c.col === 0)?.value).toBe('项目支出绩效目标执行监控表');
    expect(SCHEME_IDS).not.toContain('monitor');
  });
});
