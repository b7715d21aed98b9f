import ExcelJS from 'exceljs';
(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('A');
  ws.getCell('A2').value = { formula: '1+1', result: 0 } as any;
  const b = await wb.xlsx.writeBuffer();
  require('fs').writeFileSync('tmp/s2.xlsx', Buffer.from(b as ArrayBuffer));
  const wb2 = new ExcelJS.Workbook(); await wb2.xlsx.load(b as any);
  console.log(JSON.stringify(wb2.worksheets[0].getCell('A2').value), wb2.worksheets[0].getCell('A2').type);
})();
