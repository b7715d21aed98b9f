// The ledger rules' shortcuts for a cold 100,000-row run answer as the code they stand in for:
// L006 keeps matchRegion's answer per distinct 地州市 text (up to a bound), L010 validAsWritten's
// per distinct 统一社会信用代码 (up to a bound), L004/L015 find their duplicates through eachRepeat (block by block),
// L008 takes L007's validPatentKind of the same 专利号 (patentKindOf remembers the last one).
import fc from 'fast-check';
import { parsePatentNumber, patentCheckChar, validPatentKind } from '../../../src/model/algorithms/patent';
import { patentKindOf, ROW_RULES, runRowRules, type RowRule } from '../../../src/model/rules/ledgerRow';
import { reporter } from '../../../src/model/rules/define';
import { ledgerContext } from '../../../src/model/ledgerCheck';
import type { Finding } from '../../../src/model/findings';
import type { CellValue } from '../../../src/model/grid';
import { checkWorkbook } from '../../../src/model/check';
import { matchRegion } from '../../../src/model/read/regions';
import { checkUscc, orgCodeCheckChar, USCC_ALPHABET, usccCheckChar } from '../../../src/model/algorithms/uscc';
import { eachRepeat } from '../../../src/model/rules/firstSeen';
import { book, DATA_ROW0, HEADERS, validRow } from '../support/ledger';
import { noneBigInWan } from '../../../src/model/rules/ledgerCross';
import * as columns from '../../../src/model/read/columns';

describe('L006 over many rows', () => {
  it('reports each row as matchRegion answers for its text, past the texts a ledger keeps', () => {
    // 1,100 distinct texts (more than are kept), each written twice, then the known forms again:
    // the rows after the bound are matched afresh, every repeat as its first.
    const written = [
      ...Array.from({ length: 1100 }, (_, i) => (i % 3 === 0 ? `昌吉州${i}号` : i % 3 === 1 ? `某地${i}` : `乌鲁木齐市单位${i}`)),
      '昌吉州', '乌鲁木齐市', '北京市', ' 乌鲁木齐市 ',
    ];
    const texts = [...written, ...written];
    const rows = texts.map((t, i) => ({ ...validRow(i), 项目编号: `XJZL2017-${i}`, 地州市: t }));
    const got = checkWorkbook(book({ rows })).findings.filter((f) => f.rule === 'L006' && f.row - DATA_ROW0 < texts.length);
    const allowed = new Set(checkWorkbook(book({ rows: [validRow(0)] })).profile.regions);
    const expected = texts.flatMap((t, i) => {
      const m = matchRegion(t.trim(), allowed);
      return m.kind === 'ok' ? [] : [`${i}:${m.kind === 'short' ? `short:${m.official}` : 'main'}`];
    });
    // capPerRule lists at most 1,000 per rule: compare the ones listed, and how many there are
    const listed = got.map((f) => `${f.row - DATA_ROW0}:${f.variant === 'short' ? `short:${(f.params as { official: string }).official}` : 'main'}`);
    expect(listed.length).toBeGreaterThan(900);
    expect(listed).toEqual(expected.slice(0, listed.length));
    const counted = checkWorkbook(book({ rows })).findings.filter((f) => f.rule === 'S007' && (f.params as { rule: string }).rule === 'L006')
      .reduce((n, f) => n + (f.params as { count: number }).count, 0);
    expect(listed.length + counted).toBe(expected.length);
  });
});

describe('L006 under a column of counties', () => {
  // 伊宁市 is a county of 伊犁哈萨克自治州, 乌市 the short name of 乌鲁木齐市; under 县市区 (a stand-in of 地州市) a county is what
  // the column holds (no L006.county), and a short name of digits no L006.short.
  const regionBook = (header: string, n: number) => {
    const rows = Array.from({ length: n }, (_, i) => ({ ...validRow(i), 项目编号: `XJZL2017-${i}`, 地州市: i % 2 ? '伊宁市' : '乌市' }));
    const grid = book({ rows });
    const values = grid.sheets[1].values.map((r, i) => (i === 0 ? r.map((v) => (v === '地州市' ? header : v)) : r));
    return { sheets: [grid.sheets[0], { ...grid.sheets[1], values }] };
  };
  const l006 = (header: string, n: number) =>
    checkWorkbook(regionBook(header, n)).findings.filter((f) => f.rule === 'L006').map((f) => `${f.row - DATA_ROW0}:${f.variant}`);

  it('tells each ledger by its own header, whichever was checked before', () => {
    const underRegion = ['0:short', '1:county', '2:short', '3:county'];
    const underCounty = ['0:short', '2:short'];
    expect(l006('地州市', 4)).toEqual(underRegion);
    expect(l006('县市区', 4)).toEqual(underCounty);
    expect(l006('地州市', 4)).toEqual(underRegion);
    expect(l006('县（市、区）', 4)).toEqual(underCounty);
  });

  it('matches the 地州市 header once for the ledger, not again at each row of a short name or a county', () => {
    const match = jest.spyOn(columns, 'matchHeader');
    try {
      // (the header search reads the first rows' texts: past them, the count of matches is the same for any ledger)
      const few = (l006('县市区', 100), match.mock.calls.length);
      match.mockClear();
      const many = (l006('县市区', 1000), match.mock.calls.length);
      expect(many).toBeLessThanOrEqual(few);
    } finally {
      match.mockRestore();
    }
  });
});

describe('L010 over many rows', () => {
  it('reports each row as checkUscc answers for its code, past the codes a ledger keeps', () => {
    // 4,200 distinct codes (more than are kept), valid ones and every kind of wrong one, each
    // written twice, the second time after the bound: a repeat is answered as its first was.
    const withChecks = (first16: string, org = orgCodeCheckChar(first16.slice(8, 16))): string => first16 + org + usccCheckChar(first16 + org);
    const body = (i: number): string => `9165${String(i).padStart(6, '0')}MA0${USCC_ALPHABET[i % 31]}${USCC_ALPHABET[(i * 7) % 31]}${USCC_ALPHABET[(i * 11) % 31]}`;
    const valid = (i: number): string => withChecks(body(i));
    const wrong = (i: number): string => {
      const c = valid(i);
      if (i % 4 === 0) return c.slice(0, 17) + (c[17] === '0' ? '1' : '0'); // check
      if (i % 4 === 1) return withChecks(body(i), c[16] === '0' ? '1' : '0'); // organization check
      return i % 4 === 2 ? c.slice(0, 17) : c.slice(0, 5) + 'I' + c.slice(6); // length, charset
    };
    const codes = Array.from({ length: 4200 }, (_, i) => (i % 9 === 0 ? wrong(i / 9) : valid(i)));
    const written = [...codes, ...codes];
    const rows = written.map((c, i) => ({ ...validRow(i), 项目编号: `XJZL2017-${i}`, 统一社会信用代码: c }));
    const findings = checkWorkbook(book({ rows })).findings;
    const got = findings.filter((f) => f.rule === 'L010').map((f) => `${f.row - DATA_ROW0}:${f.variant}`);
    const expected = written.flatMap((c, i) => {
      const r = checkUscc(c);
      return r.ok ? [] : [`${i}:${r.reason === 'orgCheck' ? 'org' : r.reason}`];
    });
    expect(expected.length).toBeGreaterThan(900); // both copies of each wrong code, under capPerRule's 1,000
    expect(expected.length).toBeLessThan(1000);
    expect(new Set(expected.map((e) => e.split(':')[1]))).toEqual(new Set(['check', 'org', 'length', 'charset']));
    expect(got).toEqual(expected);
  });
});

describe('eachRepeat', () => {
  /** What eachRepeat must report: each item whose key was met before, with the first item of that key. */
  const byMap = (keys: ReadonlyArray<string | undefined>): Array<[number, number]> => {
    const seen = new Map<string, number>();
    const out: Array<[number, number]> = [];
    keys.forEach((k, i) => {
      if (k === undefined) return;
      const f = seen.get(k);
      if (f === undefined) seen.set(k, i);
      else out.push([i, f]);
    });
    return out;
  };
  const byRepeats = (keys: ReadonlyArray<string | undefined>): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    eachRepeat(keys.map((k) => ({ k })), (x) => x.k, (i, f) => out.push([i, f]));
    return out;
  };

  it('reports every item whose key was met before, and only those, skipping items without a key', () => {
    const key = fc.option(fc.constantFrom('', 'a', 'b', 'XJZL2018-000001', '2015101234567'), { nil: undefined });
    fc.assert(fc.property(fc.array(key, { maxLength: 200 }), (keys) => expect(byRepeats(keys)).toEqual(byMap(keys))), { numRuns: 300 });
  });

  it('finds repeats within and across the blocks it takes the items in, up to the last item', () => {
    // Lengths around whole blocks of 256; repeats of keys from any earlier block, blanks between.
    for (const n of [255, 256, 257, 511, 512, 513, 3000]) {
      fc.assert(fc.property(fc.array(fc.nat(), { minLength: n, maxLength: n }), (draws) => {
        const keys = draws.map((d, i) => (d % 11 === 0 ? undefined : d % 7 === 0 ? `XJZL-${d % (i + 1)}` : `XJZL-${i}`));
        keys[n - 1] = keys[0] ?? 'XJZL-0';
        expect(byRepeats(keys)).toEqual(byMap(keys));
      }), { numRuns: 20 });
    }
  });
});

describe('patentKindOf (validPatentKind remembered for the last number asked)', () => {
  /** Numbers of every kind, right and wrong, written plainly and not: a ledger's 专利号 column. */
  const numbers = ['201710736136', '202220828888', '202130008888', '98100001', '201880001234'].flatMap((body) => {
    const check = patentCheckChar(body);
    const wrong = check === '1' ? '2' : '1';
    return [`${body}.${check}`, `ZL${body}.${check}`, body + wrong, `ＺＬ${body}．${check}`, `${body}.${check}、${body}.${wrong}`];
  });

  it('answers as validPatentKind for any sequence of numbers, repeated or not', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...numbers, '', 'ZL', '2017107361362'), { maxLength: 60 }), (asked) => {
      for (const raw of asked) expect(patentKindOf(raw)).toBe(validPatentKind(raw));
    }), { numRuns: 500 });
  });

  it('answers a number equal to the last one but another string as that one', () => {
    const a = ['2017107361', '36.2'].join('');
    expect(patentKindOf(a)).toBe('发明');
    expect(patentKindOf(`${a.slice(0, 5)}${a.slice(5)}`)).toBe('发明');
    expect(patentKindOf('202220828888.1')).toBeUndefined();
  });

  it('L007 and L008 over many rows report each row as its own number asks', () => {
    // Rows in turn: a valid 发明 typed 发明, the same number typed 实用新型 (L008), a wrong check
    // digit (L007), a 实用新型 typed 实用新型, the next row's number written again: each row's number
    // differs from the row before but for the repeats.
    const kinds = ['发明', '实用新型', '外观设计'];
    const rows = Array.from({ length: 600 }, (_, i) => {
      const body = `2017${[1, 2, 3][i % 3]}${String(10_000_000 + i * 7).slice(1)}`;
      const check = patentCheckChar(body);
      const raw = i % 5 === 2 ? `${body}.${check === '1' ? '2' : '1'}` : `${body}.${check}`;
      const typed = i % 4 === 1 ? kinds[(i + 1) % 3] : kinds[i % 3];
      return { ...validRow(i), 项目编号: `XJZL2017-${i}`, 专利号: raw, 专利类型: typed };
    });
    const findings = checkWorkbook(book({ rows })).findings;
    const got = findings.filter((f) => f.rule === 'L007' || f.rule === 'L008').map((f) => `${f.row - DATA_ROW0}:${f.rule}`);
    const expected = rows.flatMap((r, i) => {
      const p = parsePatentNumber(r.专利号);
      if (!p.ok) return [`${i}:L007`];
      return p.type !== r.专利类型 ? [`${i}:L008`] : [];
    });
    expect(new Set(expected.map((e) => e.split(':')[1]))).toEqual(new Set(['L007', 'L008']));
    expect(got).toEqual(expected);
  });
});

describe('L013 without the median (noneBigInWan)', () => {
  const BIG = 100_000 * 1_000_000; // 100,000 万元 in 分
  /** What L013 finds in a 万元 column of these non-zero magnitudes, by the median of a sort. */
  const flags = (m: number[]): boolean => {
    const s = [...m].sort((a, b) => a - b);
    const n = s.length;
    const med = n % 2 ? s[n >> 1] : (s[(n >> 1) - 1] + s[n >> 1]) / 2;
    const big = med > 0 ? Math.min(BIG, 1000 * med) : BIG;
    return med >= BIG || m.some((v) => v >= big);
  };
  const ask = (m: number[]): boolean => noneBigInWan(Float64Array.from(m), m.length, BIG);

  it('says none only of columns in which L013 flags nothing', () => {
    // Magnitudes spread over eight orders of 分, with a few near 1/1000 of the largest and near 100,000 万元.
    const magnitude = fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 1, max: BIG * 2 }), fc.constantFrom(1, 1000, 999, 1001, 1e6, 1e9, BIG - 1, BIG));
    fc.assert(fc.property(fc.array(magnitude, { minLength: 1, maxLength: 40 }), (m) => {
      if (ask(m)) expect(flags(m)).toBe(false);
    }), { numRuns: 5000 });
  });

  it('says none of the usual column, and of columns at the edge of the middle', () => {
    const usual = Array.from({ length: 1001 }, (_, i) => 500_000 + ((i * 7919) % 3_000_000)); // 0.5–3.5 万元 each
    expect(ask(usual)).toBe(true);
    // The magnitudes below the middle may be tiny: odd count 5, two tiny; even count 6, two tiny.
    expect(ask([1, 1, 5000, 6000, 7000])).toBe(true);
    expect(ask([1, 1, 5000, 6000, 7000, 7000])).toBe(true);
    // One more tiny one reaches the middle: the median is looked at.
    expect(ask([1, 1, 1, 6000, 7000])).toBe(false);
    expect(ask([1, 1, 1, 6000, 7000, 7000])).toBe(false);
    expect(ask([BIG, BIG, BIG])).toBe(false);
  });

  it('L013 reports a column of the ledger as the median says', () => {
    // 60 projects at 30 万元 and one entered in 元 (300,000 万元 read): the one is flagged; without it, none.
    const rows = Array.from({ length: 61 }, (_, i) => ({ ...validRow(i), 项目编号: `XJZL2017-${i}`, 财政支持资金: i === 40 ? 300_000 : 30, 本年拨付: 15 }));
    const l013 = (rs: typeof rows): string[] => checkWorkbook(book({ rows: rs })).findings.filter((f) => f.rule === 'L013').map((f) => `${f.row - DATA_ROW0}:${f.col}`);
    expect(l013(rows)).toEqual([`40:${HEADERS.indexOf('财政支持资金')}`]);
    expect(l013(rows.map((r) => ({ ...r, 财政支持资金: 30 })))).toEqual([]);
  });
});

describe('runRowRules (a call site per rule)', () => {
  const pick = <T>(rnd: () => number, xs: ReadonlyArray<T>): T => xs[Math.floor(rnd() * xs.length)];
  /** A ledger of `n` rows on which every row rule finds something somewhere, drawn from `seed`. */
  const ledgerOf = (seed: number, n: number) => {
    let s = seed >>> 0;
    const rnd = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const rows = Array.from({ length: n }, (_, i) => {
      const r = { ...validRow(i) };
      if (rnd() < 0.3) r.地州市 = pick(rnd, ['昌吉州', '北京市', '伊犁州', null]);
      if (rnd() < 0.3) r.立项年度 = pick(rnd, [2010, 2019, 2016, null]);
      if (rnd() < 0.3) r.专利号 = pick(rnd, ['201710736136.3', 'ZL2017107361', '2.01711E+12', '201710736136.2、202210217055.2', null]);
      if (rnd() < 0.3) r.专利类型 = pick(rnd, ['外观设计', '发明专利', '实用新型', null]);
      if (rnd() < 0.2) r.法律状态 = pick(rnd, ['失效', '审中', '授权']);
      if (rnd() < 0.2) r.统一社会信用代码 = pick(rnd, ['914403001922038217', '91440300708461136', 9.14403001922038e17, null]);
      if (rnd() < 0.3) r.本年拨付 = pick(rnd, [25, -3, 0, null]);
      if (rnd() < 0.3) r.财政支持资金 = pick(rnd, [400, 60, -1, null]);
      if (rnd() < 0.2) r.带动社会投入 = pick(rnd, [100, null]);
      if (rnd() < 0.2) r.合同结束日期 = pick(rnd, ['2017-01-01', '2018-06-30', null]);
      if (rnd() < 0.3) r.项目状态 = pick(rnd, ['终止', '中止', '已验收', '在研', null]);
      if (rnd() < 0.2) r.产业领域 = pick(rnd, ['生物医药', null]);
      if (rnd() < 0.1) r.培训人次 = -2;
      return r;
    });
    const profile: [string, CellValue][] = [['单项资助上限', 50], ['最低带动比', 8], ['支持产业', '新材料、电子信息']];
    const check = checkWorkbook(book({ rows, profile }));
    return { ledger: check.ledger!, profile: check.profile, fiscalYear: check.fiscalYear };
  };
  /** The findings of `rules` over the ledger as the plain loop makes them: each row, each rule in turn. */
  const plainly = (l: ReturnType<typeof ledgerOf>, rules: ReadonlyArray<RowRule>): Finding[] => {
    const out: Finding[] = [];
    const ctx = ledgerContext(l.ledger, l.profile, l.fiscalYear);
    const reports = rules.map((r) => reporter(r, (f: Finding) => void out.push(f)));
    for (const p of l.ledger.projects) rules.forEach((r, i) => r.row(p, ctx, reports[i]));
    return out;
  };
  const ruleList = ROW_RULES as unknown as ReadonlyArray<RowRule>;

  it('reports what each rule reports row by row, in the same order, for every rule of the ledger', () => {
    for (const seed of [1, 2, 3]) {
      const l = ledgerOf(seed, 300);
      const got: Finding[] = [];
      runRowRules(l.ledger.projects, ledgerContext(l.ledger, l.profile, l.fiscalYear), (f) => void got.push(f));
      const expected = plainly(l, ruleList);
      expect(new Set(expected.map((f) => f.rule))).toEqual(new Set(ruleList.map((r) => r.id)));
      expect(got).toEqual(expected);
    }
  });

  it('runs any list of rules as the plain loop does, fewer than its call sites or more', () => {
    const l = ledgerOf(7, 80);
    // every length from none to 24 (past the 16 call sites), the rules drawn with repeats
    const lists = fc.integer({ min: 0, max: 24 }).chain((n) => fc.array(fc.integer({ min: 0, max: ruleList.length - 1 }), { minLength: n, maxLength: n }));
    fc.assert(fc.property(lists, (picked) => {
      const rules = picked.map((i) => ruleList[i]);
      const got: Finding[] = [];
      runRowRules(l.ledger.projects, ledgerContext(l.ledger, l.profile, l.fiscalYear), (f) => void got.push(f), rules);
      expect(got).toEqual(plainly(l, rules));
    }), { numRuns: 50 });
  });
});
