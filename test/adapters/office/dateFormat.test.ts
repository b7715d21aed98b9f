/**
 * Which number formats the host adapters take for dates (they read the whole column's formats then). A Chinese WPS
 * (and Excel's VBA-style NumberFormat) names General `G/通用格式`: its G read as the 年号 code g made every number
 * column a date column in the WPS reader.
 */
import { isDateFormat, isGeneralFormat } from '../../../src/adapters/office/util';

describe('isDateFormat', () => {
  it.each(['G/通用格式', '[DBNum1][$-804]G/通用格式', 'General', '0.00_ ', '#,##0.00;[红色]-#,##0.00', '@', '0.00E+00'])('%p is no date', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });
  it.each(['yyyy"年"m"月"d"日"', '[DBNum1][$-804]yyyy"年"m"月"d"日"', 'yyyy/m/d;@', '[$-F800]dddd, mmmm dd, yyyy', 'ge.m.d', 'yyyy/m/d h:mm', 'm/d/yy "h":mm', 'mmm-yy', 'YYYY-MM-DD', 'e"年"', 'bbbb'])('%p is a date', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });
  // a time of day alone: an m right after an h or right before an s is minutes (Excel's reading)
  it.each(['h:mm', 'h:mm:ss', 'h:mm AM/PM', '[h]:mm:ss', '[mm]:ss', 'mm:ss', 'mmss.0', 'h"时"mm"分"', '上午/下午 h"时"mm"分"ss"秒"', 'hh', 'ss', '0\\d'])('%p is no date', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });
  it('G/通用格式 is General', () => {
    expect(isGeneralFormat('G/通用格式')).toBe(true);
    expect(isGeneralFormat('0.00')).toBe(false);
  });
});
