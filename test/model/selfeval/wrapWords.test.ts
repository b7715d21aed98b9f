/**
 * The height a wrapped cell is given counts its lines as a host wraps it (lineCount): Excel, WPS and LibreOffice break
 * Chinese text at any character but never inside a number or a Latin word (37590.1, 95%, ISO9001), which goes whole onto
 * the next line. Counted as split, a row was made a line short and its last line did not print.
 */
import { cellTextWidth, lineCount } from '../../../src/model/selfeval/sheet';

/** A column whose one line holds `text` exactly (5/7 of a unit are Excel's padding and gridline). */
const widthFor = (text: string): number => cellTextWidth(text) + 5 / 7 + 1e-9;

describe('lineCount keeps a number or a Latin word whole', () => {
  const w = widthFor('一二三四12');
  it('a number that does not fit the end of a line goes over whole (3 lines, was 2: 一二三四12 / 345六七八)', () => {
    expect(lineCount('一二三四12345六七八', w)).toBe(3);
    expect(lineCount('一二三四37590.1万元', widthFor('一二三四3759'))).toBe(2);
    expect(lineCount('一二三四五ISO9001认证六七', widthFor('一二三四五IS'))).toBe(3);
  });
  it('its decimal point, thousands comma and percent go with it; a closing mark still takes the character before it', () => {
    // 一二三四 / 1,200五六 / 七 (split, 一二三四1, / 200五六七 was 2 lines)
    expect(lineCount('一二三四1,200五六七', w)).toBe(3);
    expect(lineCount('一二三四五六95%七八九十', widthFor('一二三四五六9'))).toBe(2);
    expect(lineCount('一二三四五，六七', widthFor('一二三四五'))).toBe(2);
  });
  it('a word longer than a line is broken where the line ends, as the hosts do', () => {
    expect(lineCount('12345678901234567890', widthFor('1234567890'))).toBe(2);
    expect(lineCount('一二三四五六七八', w)).toBe(2);
  });
});
