/**
 * One stray value far away — XFD1048576 of the ledger, as a mistyped Ctrl+End or a pasted column leaves it — makes
 * the sheet's used range the whole sheet, 17 billion cells. The file readers find the few cells there are (the CLI
 * reads far.xlsx in seconds); the hosts read the used range block by block, and in Excel and WPS that read never
 * ended (hours of syncs, the pane's memory exhausted). Both now refuse such a workbook at once, naming the sheet, its
 * used range and how to find what lies far away; a used range within the limit is read as before (hostile34).
 */
import { HOST_READ_MAX_CELLS, usedRangeTooLarge } from '../../src/adapters/office/util';
import { isJxError } from '../../src/model/errors';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../src/model/sample';
import { createOfficeHost } from '../../src/taskpane/officeHost';
import type { HostActions } from '../../src/ui/host';
import { createWpsHost } from '../../src/wps/wpsHost';
import { createFakeEt, fakeEtFromGrid } from '../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid } from '../fakes/excel';
import type { WorkbookState } from '../fakes/excel/state';

const opts = () => ({ signal: new AbortController().signal });

const HOSTS: ReadonlyArray<readonly [string, () => { host: HostActions; workbook: WorkbookState }]> = [
  [
    'Excel',
    () => {
      const fake = fakeWorkbookFromGrid(sampleWorkbookGrid(), createFakeExcel());
      return { host: createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b) }), workbook: fake.workbook };
    },
  ],
  [
    'WPS',
    () => {
      const et = fakeEtFromGrid(sampleWorkbookGrid(), createFakeEt());
      return { host: createWpsHost({ app: et.Application, locale: 'zh-CN' }), workbook: et.workbook };
    },
  ],
];

describe('a stray value in XFD1048576 of the ledger', () => {
  it.each(HOSTS)('%s: 检查 is refused at once, naming the sheet, its used range and Ctrl+End, in both languages', async (_host, make) => {
    const { host, workbook } = make();
    workbook.findSheet(SAMPLE_SHEETS.ledger)!.setRawValue(1_048_575, 16_383, '远处的内容');
    const e: unknown = await host.check(opts()).then(
      () => 'read',
      (x: unknown) => x,
    );
    expect(isJxError(e)).toBe(true);
    if (!isJxError(e)) return;
    expect(e.text['zh-CN']).toBe(
      '工作表“项目台账”的已用区域 A1:XFD1048576 过大（17,179,869,184 个单元格，各表合计超过 33,554,432 个即无法读取），' +
        '通常是远处有零散的内容或格式。请在该表按 Ctrl+End 查看最后一个单元格，删除多余的行和列并保存后再检查。',
    );
    expect(e.text['en-US']).toMatch(/^The used range of sheet '项目台账', A1:XFD1048576, is too large to read \(17,179,869,184 cells; .*Ctrl\+End/);
    expect(e.text['en-US'].replace('项目台账', '')).toMatch(/^[\x20-\x7e]+$/);
  });

  it.each(HOSTS)('%s: the same stray value within the limit (XFD200: 200 rows of 16,384 columns) is read and checked, as the file readers check it', async (_host, make) => {
    const { host, workbook } = make();
    workbook.findSheet(SAMPLE_SHEETS.ledger)!.setRawValue(199, 16_383, '远处的内容');
    const view = await host.check(opts());
    // the stray row reads as a project with its required fields empty (L002 on row 200), as jx check says of far.xlsx
    const errors = view.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.rule === 'L002' && f.sheet === SAMPLE_SHEETS.ledger && f.row === 199)).toBe(true);
  });
});

describe('the limit counts the used ranges of all sheets together', () => {
  const area = (name: string, rows: number, cols: number) => ({ name, row0: 0, col0: 0, rows, cols });
  it('every row of Excel in a 32-column ledger is read; one cell more, over two sheets, is refused naming the larger', () => {
    expect(HOST_READ_MAX_CELLS).toBe(32 * 1_048_576);
    expect(usedRangeTooLarge([area('项目台账', 1_048_576, 32)])).toBeNull();
    const e = usedRangeTooLarge([area('配置', 1, 1), area('项目台账', 1_048_576, 32)]);
    expect(e?.text['zh-CN']).toMatch(/^工作表“项目台账”的已用区域 A1:AF1048576 过大（33,554,432 个单元格/);
  });
  it('the address is the used range where it lies (origin B3)', () => {
    expect(usedRangeTooLarge([{ name: 'S', row0: 2, col0: 1, rows: 1_048_574, cols: 16_383 }])?.text['en-US']).toContain(`'S', B3:XFD1048576,`);
  });
});
