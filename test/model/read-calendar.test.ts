/**
 * readDate / readYear decide whether a date is real by arithmetic (days per month, Gregorian leap
 * years); this holds them to what the JS Date calendar says for every day 1899 … 2201, and to
 * Excel's phantom 1900-02-29 for date cells.
 */
import { dateToSerial, dateValue } from '../../src/model/grid';
import { readDate, readYear } from '../../src/model/read/values';

const byDate = (y: number, m: number, d: number): boolean =>
  y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

describe('calendar check of dates', () => {
  it('agrees with Date for date cells and written dates, 1899 … 2201', () => {
    const wrong: string[] = [];
    for (let y = 1899; y <= 2201; y++)
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const want = byDate(y, m, d);
          const phantom = y === 1900 && m === 2 && d === 29;
          // the days of 1905 that are a year typed alone under a date format (serials 1900 … 2100) are no date either
          const typedYear = (want || phantom) && dateToSerial(dateValue(y, m, d)) >= 1900 && dateToSerial(dateValue(y, m, d)) <= 2100;
          if ((readDate(dateValue(y, m, d)).kind === 'ok') !== ((want || phantom) && !typedYear)) wrong.push(`cell ${y}-${m}-${d}`);
          // in the 1904 date system the serials 1900 … 2100 are days of 1909
          const serial1904 = dateToSerial(dateValue(y, m, d)) - 1462;
          const typedYear1904 = (want || phantom) && serial1904 >= 1900 && serial1904 <= 2100;
          if ((readDate(dateValue(y, m, d), true).kind === 'ok') !== ((want || phantom) && !typedYear1904)) wrong.push(`1904 cell ${y}-${m}-${d}`);
          if ((readYear(dateValue(y, m, d)).kind === 'ok') !== (want || phantom)) wrong.push(`year of ${y}-${m}-${d}`);
          if ((readDate(`${y}-${m}-${d}`).kind === 'ok') !== want) wrong.push(`text ${y}-${m}-${d}`);
        }
    expect(wrong).toEqual([]);
  });

  it('rejects non-integer parts of a host date cell', () => {
    expect(readDate(dateValue(2018, 6.5, 1)).kind).toBe('bad');
    expect(readDate(dateValue(2018, 6, NaN)).kind).toBe('bad');
  });
});
