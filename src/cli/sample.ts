/**
 * `jx sample [FILE | -o FILE] [--monitor] [--force]`: writes the bundled sample workbook of the source
 * year; `--monitor`, its mid-year variant (the ledger as of July, the monitoring columns).
 */
import { MIDYEAR_MONTH, sampleMidYearGrid, sampleWorkbookGrid } from '../model/sample';
import type { Locale } from '../model/messages';
import { sampleFileName } from '../model/text/fileNames';
import type { Console } from './check';
import { writeNewFile, xlsxBytes } from './io';

export async function runSample(opts: { output?: string; force: boolean; locale: Locale; monitor?: boolean }, io: Console): Promise<number> {
  const out = opts.output ?? sampleFileName(opts.locale, opts.monitor ? MIDYEAR_MONTH : undefined);
  const grid = opts.monitor ? sampleMidYearGrid() : sampleWorkbookGrid();
  const bytes = await xlsxBytes(grid.sheets.map((s) => ({ grid: s })));
  if ((await writeNewFile(out, bytes, opts.force)) === 'exists') {
    io.err(opts.locale === 'zh-CN' ? `文件“${out}”已存在，未覆盖。如需覆盖请加 --force。` : `"${out}" exists and was not overwritten. Use --force to overwrite it.`);
    return 2;
  }
  if (opts.monitor)
    io.out(opts.locale === 'zh-CN'
      ? `已写出年中监控示例工作簿“${out}”（配置：监控截止月份 ${MIDYEAR_MONTH}；项目台账：截至 ${MIDYEAR_MONTH} 月的拨付；绩效指标：监控期完成值等）。可运行 jx monitor 生成绩效监控表。`
      : `Wrote the mid-year sample workbook "${out}" (cut-off month ${MIDYEAR_MONTH}; payments to the end of month ${MIDYEAR_MONTH}; the monitoring columns). Run jx monitor on it to build the monitoring table.`);
  else
    io.out(opts.locale === 'zh-CN' ? `已写出示例工作簿“${out}”（配置、项目台账 169 个项目、绩效指标、报告素材）。` : `Wrote the sample workbook "${out}" (配置, 项目台账 with 169 projects, 绩效指标, 报告素材).`);
  return 0;
}
