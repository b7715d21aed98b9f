/**
 * One error shape for failures that are not findings (model/errors.ts): a code and zh/en text.
 * The Excel renderer's failures reach an English pane in English (they were Chinese only, and
 * wrapped a second time); the detail of an unexpected error is written once, the same way.
 */
import { errorDetail, isJxError, JxError } from '../../src/model/errors';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { createOfficeHost } from '../../src/taskpane/officeHost';
import { asHostError } from '../../src/ui/errors';
import { HostError, type TaskOptions } from '../../src/ui/host';
import { fakeWorkbookFromGrid, snapshotWorkbook } from '../fakes/excel';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const opts = (): TaskOptions => ({ signal: new AbortController().signal });

describe('JxError', () => {
  it('carries a code, both texts, its cause, and Chinese as its message', () => {
    const cause = new Error('x');
    const e = new JxError('noFile', { 'zh-CN': '请先打开文件。', 'en-US': 'Open a file first.' }, { cause });
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(HostError); // the pane's HostError is this one shape
    expect([e.code, e.text['en-US'], e.message, e.cause]).toEqual(['noFile', 'Open a file first.', '请先打开文件。', cause]);
    expect(isJxError(e)).toBe(true);
    // one made by another bundle's copy of the class is recognised by its shape
    expect(isJxError({ name: 'JxError', code: 'c', text: { 'zh-CN': '甲', 'en-US': 'a' } })).toBe(true);
    expect(isJxError(new Error('x'))).toBe(false);
  });

  it('errorDetail: the message, with the code when the message does not name it', () => {
    expect(errorDetail(Object.assign(new Error('Access denied'), { code: 'AccessDenied' }))).toBe('AccessDenied: Access denied');
    expect(errorDetail(Object.assign(new Error('ItemNotFound: no sheet'), { code: 'ItemNotFound' }))).toBe('ItemNotFound: no sheet');
    expect(errorDetail({ code: 'GeneralException', message: '' })).toBe('GeneralException: [object Object]');
    expect(errorDetail('text')).toBe('text');
  });

  it('asHostError keeps a JxError as it is and wraps anything else under its code', () => {
    const own = new JxError('renderFailed', { 'zh-CN': '甲', 'en-US': 'a' });
    expect(asHostError(own, 'generateFailed', { 'zh-CN': '生成自评表失败', 'en-US': 'Generating the table failed' })).toBe(own);
    const wrapped = asHostError(Object.assign(new Error('boom'), { code: 'GeneralException' }), 'markFailed', { 'zh-CN': '标注失败', 'en-US': 'Marking failed' });
    expect(wrapped).toMatchObject({ code: 'markFailed', text: { 'zh-CN': '标注失败：GeneralException: boom', 'en-US': 'Marking failed: GeneralException: boom' } });
  });
});

describe('a render failure in the Excel pane', () => {
  it('is shown in the pane’s language, once, and the partial sheet is gone', async () => {
    const fake = fakeWorkbookFromGrid(sampleWorkbookGrid());
    const before = snapshotWorkbook(fake);
    fake.failOn((d) => d.type === 'Range' && d.name === 'merge');
    const host = createOfficeHost({ locale: 'en-US', run: (b) => fake.run(b) });
    const e = (await host.generate({ ...opts(), layout: '2020' }).catch((x: unknown) => x)) as JxError;
    expect(isJxError(e)).toBe(true);
    expect(e.code).toBe('renderFailed');
    expect(e.text['en-US']).toMatch(/^Building the sheet "2018年度绩效自评表" failed: .*The unfinished sheet was deleted; no other sheet was changed\.$/);
    expect(e.text['en-US'].replace('2018年度绩效自评表', '')).not.toMatch(CJK);
    expect(e.text['zh-CN']).toMatch(/^生成工作表“2018年度绩效自评表”失败：.*未完成的工作表已删除，其他工作表未改动。$/);
    expect(snapshotWorkbook(fake)).toEqual(before);
  });
});
