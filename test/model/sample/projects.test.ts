/**
 * The bundled sample ledger reproduces every figure of the source document (spec README) and
 * is valid under the rules of rules.md. All sums and checks are recomputed here independently.
 */
import { SAMPLE_FIGURES, sampleProjects, type SampleProject } from '../../../src/model/sample';

/** `'27.5'` → 2750 (integer 0.01 万元), refusing anything but ≤ 2 decimals. */
function cents(decimal: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(decimal);
  if (!m) throw new Error(`not a ≤2-decimal amount: ${decimal}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
const W = (wan: number) => Math.round(wan * 100); // a README figure → 0.01 万元

const projects = sampleProjects();
const sum = (ps: SampleProject[], f: (p: SampleProject) => number) => ps.reduce((s, p) => s + f(p), 0);
const ofCohort = (y: number) => projects.filter((p) => p.cohortYear === y);

/** The figures table of the spec README, transcribed. */
const README_TABLE: Array<[number, number, number, number]> = [
  [2018, 49, 1335, 160],
  [2017, 50, 1431, 680],
  [2016, 18, 586, 90],
  [2015, 30, 854, 160],
  [2014, 22, 755, 110],
];

const OFFICIAL_REGIONS = [
  '乌鲁木齐市', '克拉玛依市', '吐鲁番市', '哈密市', '昌吉回族自治州', '博尔塔拉蒙古自治州', '巴音郭楞蒙古自治州',
  '阿克苏地区', '克孜勒苏柯尔克孜自治州', '喀什地区', '和田地区', '伊犁哈萨克自治州', '塔城地区', '阿勒泰地区',
];

describe('figures of the source document', () => {
  test('169 projects', () => {
    expect(projects).toHaveLength(169);
  });

  test.each(README_TABLE)('cohort %i: %i projects, 财政支持资金 %i, 本年拨付 %i', (year, count, approved, disbursed) => {
    const c = ofCohort(year);
    expect(c).toHaveLength(count);
    expect(sum(c, (p) => cents(p.approved))).toBe(W(approved));
    expect(sum(c, (p) => cents(p.disbursed))).toBe(W(disbursed));
  });

  test('carried over 120 / 3626 / 1040 and all 169 / 4961 / 1200', () => {
    const carried = projects.filter((p) => p.cohortYear < 2018);
    expect(carried).toHaveLength(120);
    expect(sum(carried, (p) => cents(p.approved))).toBe(W(3626));
    expect(sum(carried, (p) => cents(p.disbursed))).toBe(W(1040));
    expect(sum(projects, (p) => cents(p.approved))).toBe(W(4961));
    expect(sum(projects, (p) => cents(p.disbursed))).toBe(W(1200));
  });

  test('new projects: 项目总投资 38925.1, 带动社会投入 37590.1 (leverage ≈ 28.16)', () => {
    const fresh = ofCohort(2018);
    expect(sum(fresh, (p) => cents(p.totalInvestment))).toBe(3892510);
    const social = sum(fresh, (p) => cents(p.totalInvestment) - cents(p.approved));
    expect(social).toBe(3759010);
    expect((social / W(1335)).toFixed(2)).toBe('28.16');
  });

  test('累计带动社会投入 over all projects 83553.61', () => {
    expect(sum(projects, (p) => cents(p.totalInvestment) - cents(p.approved))).toBe(8355361);
  });

  test('带动社会投入 column = 项目总投资 − 财政支持资金 on every row', () => {
    for (const p of projects) expect(cents(p.socialInvestment)).toBe(cents(p.totalInvestment) - cents(p.approved));
  });

  test('培训人次 1100, 新申请专利数 396 (近400件), 20 distinct certified firms', () => {
    expect(sum(projects, (p) => p.trainees)).toBe(1100);
    expect(sum(projects, (p) => p.newPatents)).toBe(396);
    expect(new Set(projects.filter((p) => p.certified).map((p) => p.unit)).size).toBe(20);
  });

  test('SAMPLE_FIGURES holds the README table', () => {
    expect(SAMPLE_FIGURES.cohorts.map((c) => [c.year, c.projects, cents(c.approved), cents(c.disbursed)])).toEqual(
      README_TABLE.map(([y, n, a, d]) => [y, n, W(a), W(d)]),
    );
    expect([cents(SAMPLE_FIGURES.carried.approved), cents(SAMPLE_FIGURES.all.approved), cents(SAMPLE_FIGURES.all.disbursed)]).toEqual([
      W(3626), W(4961), W(1200),
    ]);
    expect(SAMPLE_FIGURES.newTotalInvestment).toBe('38925.1');
    expect(SAMPLE_FIGURES.cumulativeSocialInvestment).toBe('83553.61');
  });
});

describe('identity fields', () => {
  test('项目编号 unique, XJZL{cohort}-NNN', () => {
    expect(new Set(projects.map((p) => p.id)).size).toBe(169);
    for (const p of projects) {
      const m = /^XJZL(\d{4})-(\d{3})$/.exec(p.id);
      expect(m).not.toBeNull();
      expect(Number(m![1])).toBe(p.cohortYear);
    }
  });

  test('立项年度 within 评价年度 − 最长结转年限 … 评价年度', () => {
    for (const p of projects) expect(p.cohortYear >= 2014 && p.cohortYear <= 2018).toBe(true);
  });

  test('every 地州市 is an official name; most projects in 乌鲁木齐市, 昌吉回族自治州, 克拉玛依市', () => {
    const counts = new Map<string, number>();
    for (const p of projects) {
      expect(OFFICIAL_REGIONS).toContain(p.region);
      counts.set(p.region, (counts.get(p.region) ?? 0) + 1);
    }
    expect(counts.size).toBe(14);
    const top3 = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r]) => r);
    expect(top3.sort()).toEqual(['乌鲁木齐市', '克拉玛依市', '昌吉回族自治州'].sort());
  });

  test('company names look like Chinese firms and one name has one credit code', () => {
    const codeOf = new Map<string, string>();
    for (const p of projects) {
      expect(p.unit).toMatch(/^[\u4e00-\u9fff]{6,}(有限公司|有限责任公司|股份有限公司)$/);
      if (codeOf.has(p.unit)) expect(codeOf.get(p.unit)).toBe(p.creditCode);
      codeOf.set(p.unit, p.creditCode);
    }
    expect(new Set(codeOf.values()).size).toBe(codeOf.size);
    expect(codeOf.size).toBeGreaterThan(140);
    // a firm's certificate is a property of the firm
    const cert = new Map<string, boolean>();
    for (const p of projects) {
      if (cert.has(p.unit)) expect(cert.get(p.unit)).toBe(p.certified);
      cert.set(p.unit, p.certified);
    }
  });

  test('industries from the realistic list; project names unique', () => {
    const allowed = ['石油化工', '新材料', '装备制造', '农副产品加工', '生物医药', '新能源', '电子信息', '纺织服装', '节能环保'];
    for (const p of projects) expect(allowed).toContain(p.industry);
    expect(new Set(projects.map((p) => p.name)).size).toBe(169);
  });
});

describe('codes with check characters (recomputed)', () => {
  const patentCheck = (d12: string) => {
    const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    const r = [...d12].reduce((s, c, i) => s + Number(c) * w[i], 0) % 11;
    return r === 10 ? 'X' : String(r);
  };

  test('the patent check recomputation agrees with the spec vectors', () => {
    expect(patentCheck('200710308494')).toBe('X');
    expect(patentCheck('202220828888')).toBe('8');
    expect(patentCheck('201710736136')).toBe('2');
  });

  test('patent numbers: valid, unique, applied before the cohort, type matches, in force', () => {
    expect(new Set(projects.map((p) => p.patentNo.slice(0, 12))).size).toBe(169);
    for (const p of projects) {
      const m = /^(\d{4})([12])(\d{7})\.([\dX])$/.exec(p.patentNo);
      expect(m).not.toBeNull();
      expect(m![4]).toBe(patentCheck(p.patentNo.slice(0, 12)));
      const year = Number(m![1]);
      expect(year).toBeLessThanOrEqual(p.cohortYear);
      expect(year).toBeGreaterThanOrEqual(2004);
      expect(p.patentType).toBe(m![2] === '1' ? '发明' : '实用新型');
      expect(p.legalStatus).toBe('有效');
    }
  });

  const ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const creditCheck = (code: string) => {
    const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const s = [...code.slice(0, 17)].reduce((acc, c, i) => acc + ALPHA.indexOf(c) * w[i], 0);
    return ALPHA[(31 - (s % 31)) % 31];
  };
  const orgCheck = (code9: string) => {
    const w = [3, 7, 9, 10, 5, 8, 4, 2];
    const s = [...code9.slice(0, 8)].reduce((acc, c, i) => acc + parseInt(c, 36) * w[i], 0);
    const c = 11 - (s % 11);
    return c === 10 ? 'X' : c === 11 ? '0' : String(c);
  };

  test('the credit-code recomputation agrees with the spec vectors', () => {
    expect(creditCheck('91110108MA005BCA25')).toBe('5');
    expect(creditCheck('91440300708461136T')).toBe('T');
    expect(creditCheck('91110000MA01ABCD2X')).toBe('Q');
    expect(orgCheck('MA005BCA2')).toBe('2');
    expect(orgCheck('708461136')).toBe('6');
  });

  test('统一社会信用代码: GB 32100 check and the inner GB 11714 organization-code check both hold; Xinjiang division', () => {
    for (const p of projects) {
      const c = p.creditCode;
      expect(c).toMatch(/^91(65\d{4})[0-9A-HJ-NPQRTUWXY]{10}$/);
      expect(c[17]).toBe(creditCheck(c));
      expect(c[16]).toBe(orgCheck(c.slice(8, 17)));
    }
  });
});

describe('amounts, contracts and statuses are valid under the rules', () => {
  test('amounts have ≤ 2 decimals in 万元; 累计拨付 + 本年拨付 ≤ 财政支持资金 ≤ 项目总投资 (L011, L022)', () => {
    for (const p of projects) {
      const [total, approved, prior, disbursed] = [p.totalInvestment, p.approved, p.priorDisbursed, p.disbursed].map(cents);
      expect(prior + disbursed).toBeLessThanOrEqual(approved);
      expect(approved).toBeGreaterThan(0);
      expect(total).toBeGreaterThan(approved);
    }
  });

  test('new projects have no earlier payments; some carried-over projects get nothing this year', () => {
    for (const p of ofCohort(2018)) expect(p.priorDisbursed).toBe('0');
    expect(projects.filter((p) => p.cohortYear < 2018 && p.disbursed === '0').length).toBeGreaterThan(0);
  });

  test('no amount ≥ 1000 × the median of the non-zero values of its column, none ≥ 100000 (L013)', () => {
    for (const key of ['totalInvestment', 'approved', 'priorDisbursed', 'disbursed', 'socialInvestment'] as const) {
      const v = projects.map((p) => cents(p[key])).filter((x) => x !== 0).sort((a, b) => a - b);
      const median = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      expect(v[v.length - 1]).toBeLessThan(1000 * median);
      expect(v[v.length - 1]).toBeLessThan(W(100000));
    }
  });

  const ord = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;

  test('contracts start in the cohort year and run 2–3 years; ended contracts are accepted (L016)', () => {
    for (const p of projects) {
      expect(p.contractStart.year).toBe(p.cohortYear);
      expect(ord(p.contractEnd)).toBeGreaterThan(ord(p.contractStart));
      const years = p.contractEnd.year - p.contractStart.year;
      expect(years === 2 || years === 3).toBe(true);
      const ended = ord(p.contractEnd) < 20181231;
      expect(p.status).toBe(ended ? '已验收' : '实施中');
    }
    expect(new Set(projects.map((p) => p.status))).toEqual(new Set(['实施中', '已验收']));
  });

  test('dates are real calendar dates', () => {
    for (const p of projects) {
      for (const d of [p.contractStart, p.contractEnd]) {
        const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
        expect([t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()]).toEqual([d.year, d.month, d.day]);
      }
    }
  });

  test('counts are non-negative integers', () => {
    for (const p of projects) {
      expect(Number.isInteger(p.newPatents) && p.newPatents >= 0).toBe(true);
      expect(Number.isInteger(p.trainees) && p.trainees >= 0).toBe(true);
    }
  });
});

describe('determinism', () => {
  test('two calls give deep-equal data, and callers cannot corrupt it', () => {
    const a = sampleProjects();
    (a[0] as { name: string }).name = 'changed';
    (a[1].contractStart as { year: number }).year = 1999;
    a.pop();
    const b = sampleProjects();
    expect(b).toHaveLength(169);
    expect(b[0].name).not.toBe('changed');
    expect(b[1].contractStart.year).not.toBe(1999);
    expect(sampleProjects()).toEqual(b);
  });
});
