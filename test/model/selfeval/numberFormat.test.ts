/** Number formats built from the user's units stay within Excel's 255 characters (issue 14). */
import { MAX_NUMBER_FORMAT, numberFormat } from '../../../src/model/selfeval/values';

describe('numberFormat', () => {
  it('shows the number between the comparison and the unit', () => {
    expect(numberFormat(37000, '≥', '万元')).toBe('"≥"0"万元"');
    expect(numberFormat(0.5, '', '%')).toBe('0.0"%"');
    expect(numberFormat(12)).toBe('0');
  });

  it('drops quotes and shows control characters of a unit (a format cannot hold them)', () => {
    expect(numberFormat(1, '', '"家"\u001b')).toBe('0"家␛"');
  });

  it('shortens a unit too long for Excel, with …, and keeps the number and the comparison', () => {
    const f = numberFormat(37590.123, '≥', '件'.repeat(1000));
    expect(f.length).toBeLessThanOrEqual(MAX_NUMBER_FORMAT);
    expect(f.startsWith('"≥"0.000"件件')).toBe(true);
    expect(f.endsWith('…"')).toBe(true);
    const g = numberFormat(1, 'x'.repeat(400), 'y'.repeat(400));
    expect(g.length).toBeLessThanOrEqual(MAX_NUMBER_FORMAT);
    expect(g).toMatch(/^"x+…"0"y+…"$/);
    // a unit of astral characters is never cut inside a surrogate pair
    const h = numberFormat(1, '', '𠀀'.repeat(300));
    expect(h.length).toBeLessThanOrEqual(MAX_NUMBER_FORMAT);
    expect(h).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
