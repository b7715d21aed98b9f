import ExcelJS from 'exceljs';
import { readXlsx, writeXlsx } from '../src/adapters/xlsx';
(async () => {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet('A');
  ws.getCell('A1').value = new Date(Date.UTC(2018, 5, 30));
  ws.getCell('A2').value = { formula: '1+1', result: 0 };
  ws.getCell('A3').value = { text: 'link', hyperlink: 'http://x' };
  ws.mergeCells('B1:C2'); ws.getCell('B1').value = 'm';
  ws.getCell('D1').value = 43281; ws.getCell('D1').numFmt = 'yyyy"年"m"月"d"日"';
  const b = await wb.xlsx.writeBuffer();
  const r = await readXlsx(new Uint8Array(b as ArrayBuffer));
  console.log(JSON.stringify(r));
  const w = await writeXlsx([{ grid: { name: 'S', values: [[{kind:'date',year:1900,month:1,day:1}, 1]] } }]);
  console.log(JSON.stringify(await readXlsx(w)));
})();
