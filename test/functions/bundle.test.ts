// SLOW (about 20–40 s): builds the functions entry with the repository's webpack config (production,
// FunctionMetadataPlugin included, functions entry only, into a temporary folder)
// and runs the bundle in a plain JS context (node vm): under a recording runtime, and under the custom-functions
// runtime of test/fakes/customFunctions.ts, which reads the BUILT functions.json and calls the functions as Excel
// would (errors refused unless the metadata allows them, matrices, omitted optionals, parameter addresses).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { ExcelError, loadCustomFunctions, type Cell } from '../fakes/customFunctions';
import { FUNCTION_IDS } from '../../src/model/functions';
import { functionsMetadata } from '../../src/model/functions/metadata';
import { FakeError, excel, fakeRuntime, type Fn } from './harness';
import { column, sourceRows } from './support';
import { excelArguments, expectDocumentedValues, FINDINGS_CASE } from '../support/jxFunctionValues';

const root = path.resolve(__dirname, '..', '..');

/** Builds with webpack's Node API in a child process (webpack inside jest's module system is slow). */
function build(out: string): void {
  const script = `
    const path = require('node:path');
    const webpack = require('webpack');
    const KEEP = ['FunctionMetadataPlugin'];
    (async () => {
      const base = await require(path.join(process.cwd(), 'webpack.config.js'))({}, { mode: 'production' });
      const config = {
        ...base,
        entry: { functions: base.entry.functions },
        output: { ...base.output, path: ${JSON.stringify(out)}, clean: true },
        devtool: false,
        plugins: base.plugins.filter((p) => KEEP.includes(p.constructor.name)),
      };
      webpack(config, (err, stats) => {
        if (err || stats.hasErrors()) {
          console.error(err || stats.toString('errors-only'));
          process.exit(1);
        }
      });
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
}

let out: string;
let bundle: string;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'jx-functions-'));
  build(out);
  bundle = fs.readFileSync(path.join(out, 'functions.js'), 'utf8');
}, 320_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

function run(globals: Record<string, unknown>): Record<string, unknown> {
  const context = vm.createContext({ console, ...globals });
  vm.runInContext(bundle, context, { filename: 'functions.js' });
  return context;
}

describe('the built functions bundle', () => {
  it('emits the metadata generated from the registry, in both languages', () => {
    for (const [f, locale] of [['functions.json', 'zh-CN'], ['functions-en.json', 'en-US']] as const)
      expect(JSON.parse(fs.readFileSync(path.join(out, f), 'utf8'))).toEqual(functionsMetadata(locale));
  });

  it('associates every id of the metadata once, each with a function', () => {
    const rt = fakeRuntime();
    run({ CustomFunctions: rt.CustomFunctions, Office: rt.Office });
    const ids = rt.associations.map(([id]) => id);
    const declared = (JSON.parse(fs.readFileSync(path.join(out, 'functions.json'), 'utf8')) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect([...ids].sort()).toEqual([...declared].sort());
    expect([...ids].sort()).toEqual([...FUNCTION_IDS].sort());
    for (const [, fn] of rt.associations) expect(typeof fn).toBe('function');
  });

  it('loads where there is no custom functions runtime without throwing', () => {
    expect(() => run({})).not.toThrow();
  });

  it('returns the documented values of functions.md', () => {
    const rt = fakeRuntime();
    run({ CustomFunctions: rt.CustomFunctions, Office: rt.Office });
    const fn = Object.fromEntries(rt.associations) as Record<string, Fn>;
    expectDocumentedValues(fn, excelArguments);
    const rows = sourceRows();
    expect(fn.FUNDLEVERAGE([[38925.1]], [[1335]], true)).toBe(37590.1 / 1335);
    expect(fn.COHORTDISBURSED(column(rows.map((r) => r.year)), column(rows.map((r) => r.disbursed)), 2018)).toBe(160);
    expect(fn.FINDINGS(FINDINGS_CASE.ledger, { parameterAddresses: [FINDINGS_CASE.address] })).toEqual(
      expect.arrayContaining([FINDINGS_CASE.expected]),
    );
  });

  it('throws CustomFunctions.Error values, with messages in the display language', () => {
    const rt = fakeRuntime('en-US');
    run({ CustomFunctions: rt.CustomFunctions, Office: rt.Office });
    const fn = Object.fromEntries(rt.associations) as Record<string, Fn>;
    const e = excel(fn.COHORTDISBURSED, [[2017], [2018]], [[1]], 2017) as FakeError;
    expect(e).toBeInstanceOf(FakeError);
    expect(e).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('differ in size') });
    expect(excel(fn.EXECRATE, 1, 0)).toEqual(new FakeError('#DIV/0!'));
    rt.Office.context.displayLanguage = 'zh-CN';
    expect(excel(fn.COHORTDISBURSED, [[2017], [2018]], [[1]], 2017)).toMatchObject({ message: expect.stringContaining('区域大小不一致') });
  });
});

describe('the built functions under a custom-functions runtime (built functions.json + functions.js)', () => {
  const HEAD: Cell[] = ['项目编号', '项目名称', '承担单位', '本年拨付'];

  it('the built metadata lets errors through to `any` parameters (allowErrorForDataTypeAny), in both languages', () => {
    for (const f of ['functions.json', 'functions-en.json'])
      expect(JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')).allowErrorForDataTypeAny).toBe(true);
  });

  it('FINDINGS sees a ledger holding #N/A and lists the cell (Excel would not call it without the flag)', () => {
    const rt = loadCustomFunctions(out);
    const ledger: Cell[][] = [HEAD, ['XJZL2018-001', '项目', '单位', new ExcelError('#N/A')]];
    const r = rt.evaluate('FINDINGS', [{ range: ledger, address: '项目台账!A1:D2' }]);
    expect(Array.isArray(r)).toBe(true);
    expect((r as unknown[][]).some((row) => row[2] === '项目台账!D2')).toBe(true);
  });

  it('errors arriving as data-type values ({type: "Error"}) are errors too', () => {
    for (const errorsAs of ['CustomFunctions.Error', 'data type'] as const) {
      const rt = loadCustomFunctions(out, { errorsAs });
      expect(rt.evaluate('USCCVALID', [new ExcelError('#N/A')])).toEqual(new ExcelError('#N/A'));
      expect(rt.evaluate('COHORTCOUNT', [{ range: [[2017], [new ExcelError('#DIV/0!')]] }, 2017])).toEqual(new ExcelError('#DIV/0!'));
      const ledger: Cell[][] = [HEAD, ['XJZL2018-001', '项目', '单位', new ExcelError('#REF!')]];
      const r = rt.evaluate('FINDINGS', [{ range: ledger, address: '项目台账!A1:D2' }]) as unknown[][];
      expect(r.some((row) => row[2] === '项目台账!D2')).toBe(true);
    }
  });

  it('a typed parameter (boolean, string) given an error: Excel does not call the function, the error shows', () => {
    const rt = loadCustomFunctions(out);
    expect(rt.evaluate('FUNDLEVERAGE', [{ range: [[100]] }, { range: [[10]] }, new ExcelError('#N/A')])).toEqual(new ExcelError('#N/A'));
    expect(rt.evaluate('RMBUPPER', [1200, new ExcelError('#REF!')])).toEqual(new ExcelError('#REF!'));
  });

  it('omitted optionals arrive as null, ranges as matrices, a single value to a matrix as [[v]], a range to a scalar lifts', () => {
    const rt = loadCustomFunctions(out);
    expect(rt.evaluate('BUDGETSCORE', [1200, 1200])).toBe(10);
    expect(rt.evaluate('RMBUPPER', [1200, '万元'])).toBe('人民币壹仟贰佰万元整');
    expect(rt.evaluate('FUNDLEVERAGE', [37590.1, 1335])).toBeCloseTo(28.1574, 4);
    expect(rt.evaluate('COHORTCOUNT', [{ range: [[2017], [2018], [null], [2017]] }, 2017])).toBe(2);
    expect(rt.evaluate('PATENTVALID', [{ range: [['ZL200710308494.X'], ['201710736136.3']] }])).toEqual([[true], [false]]);
  });

  it('FINDINGS gets its parameter address; its messages follow the display language; bad input is a #VALUE! with a message', () => {
    const rt = loadCustomFunctions(out, { metadata: 'functions-en.json' });
    rt.displayLanguage = 'en-US';
    const r = rt.evaluate('FINDINGS', [{ range: [['项目编号', '项目名称', '承担单位', '本年拨付']], address: '项目台账!C5:F5' }]);
    expect(r).toEqual(expect.arrayContaining([['S002', 'Error', '项目台账!C5', expect.stringContaining('Required column "地州市" is missing')]]));
    const e = rt.evaluate('COHORTDISBURSED', [{ range: [[2017], [2018]] }, { range: [[1]] }, 2017]) as ExcelError;
    expect(e).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('differ in size') });
  });
});

