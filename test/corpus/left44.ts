/**
 * Shapes the readers misread (left44): a ledger whose paid column sits beside the year's forecast (2021年已拨付 |
 * 2021年拨付（预计）), the forecast's heading the nearer to 本年拨付.
 *
 * Each file comes with what a finance officer reads in it (its truth), computed from the rows written, never typed
 * in. `node -r tsx/cjs test/corpus/left44.ts DIR` writes the files to look at.
 */
import ExcelJS from 'exceljs';
import { buf, LEDGER, rows, truthOf, wan, type CorpusFile, writeWhenRun } from './unseen';

/**
 * 科技 2021: 2021年已拨付（万元）, what was paid, then 2021年拨付（预计）（万元）, what the year is expected to pay (the whole
 * approved amount): a forecast is never the paid figure.
 */
async function forecastBesidePaid(): Promise<CorpusFile> {
  const rs = rows('kj', 10, ['乌鲁木齐市', '阿克苏地区'], [2021, 2020], 44_001);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2021年度自治区重点研发专项资金项目台账']);
  ws.addRow([...LEDGER.slice(0, -1), '2021年已拨付（万元）', '2021年拨付（预计）（万元）']);
  for (const x of rs) ws.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed), wan(x.approved)]);
  return { name: '科技-本年拨付与预计拨付.xlsx', bytes: await buf(wb), shape: '2021年已拨付 beside 2021年拨付（预计）: the forecast is not the paid figure', truth: truthOf(rs) };
}

export async function leftCorpus44(): Promise<CorpusFile[]> {
  return [await forecastBesidePaid()];
}

writeWhenRun(module, 'left-corpus44', leftCorpus44);
