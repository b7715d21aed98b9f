/** `jx sample [-o FILE] [--force]`: writes the bundled sample workbook of the source year. */
import { sampleWorkbookGrid } from '../model/sample';
import type { Locale } from '../model/messages';
import type { Console } from './check';
import { writeNewFile } from './io';

export async function runSample(opts: { output?: string; force: boolean; locale: Locale }, io: Console): Promise<number> {
  const out = opts.output ?? '2018年度专利实施资金-示例.xlsx';
  const grid = sampleWorkbookGrid();
  // ExcelJS is loaded only by the commands that write a workbook: `jx check` starts without it.
  const { writeXlsx } = await import('../adapters/xlsx/write');
  const bytes = await writeXlsx(grid.sheets.map((s) => ({ grid: s })));
  if ((await writeNewFile(out, bytes, opts.force)) === 'exists') {
    io.err(opts.locale === 'zh-CN' ? `文件“${out}”已存在，未覆盖。如需覆盖请加 --force。` : `"${out}" exists and was not overwritten. Use --force to overwrite it.`);
    return 2;
  }
  io.out(opts.locale === 'zh-CN' ? `已写出示例工作簿“${out}”（配置、项目台账 169 个项目、绩效指标、报告素材）。` : `Wrote the sample workbook "${out}" (配置, 项目台账 with 169 projects, 绩效指标, 报告素材).`);
  return 0;
}
