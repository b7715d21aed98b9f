/**
 * The golden files (test/golden/*.txt): both 自评表 layouts and the templates on the sample, as the
 * file writer writes them (cells, formulas, number formats, merges, borders, widths, heights, lists,
 * page setup). A change to a form shows here as a diff; when it is meant, `npm run golden:update`
 * and commit the files with the change.
 */
import * as fs from 'node:fs';
import { goldenPath, goldenText } from '../support/golden';
import { goldenCases } from '../support/goldenLayouts';

describe('golden files', () => {
  test.each(goldenCases().map((c) => [c.name, c] as const))('test/golden/%s.txt', async (name, c) => {
    const file = goldenPath(c);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run golden:update`);
    const want = fs.readFileSync(file, 'utf8');
    const got = await goldenText(c);
    if (got !== want) {
      // Line by line, so the failure names the first lines that differ (then `npm run golden:update` if meant).
      expect({ name, lines: got.split('\n') }).toEqual({ name, lines: want.split('\n') });
    }
    expect(got).toContain('=== sheet');
  });
});
