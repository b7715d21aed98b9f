// CLI text output is safe for a terminal (issue 14): a cell holding `_x001B_[2J` (ESC) or `_x000D_` (CR), or a bidi
// override, never reaches the terminal raw; --json escapes what JSON.stringify leaves raw and still parses the same.
import type { Finding } from '../../src/model/findings';
import { jsonSafe } from '../../src/model/text/visible';
import { findingLine } from '../../src/cli/report';

const hostile = 'a\u001b[2Jb\u202ec\rd\u2066e';
const f: Finding = { rule: 'L006', severity: 'error', sheet: '台账\u001b', row: 2, col: 4, params: { region: hostile } };

describe('CLI text output', () => {
  it('shows control and bidi characters of the user\'s text visibly, on one line', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const line = findingLine(f, locale);
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(line).toContain('␛[2Jb<U+202E>c␍d<U+2066>e');
    }
  });

  it('--json: escapes C1, bidi and line separators; parses back to the same text', () => {
    const json = jsonSafe(JSON.stringify({ message: `x\u009b${hostile}\u2028` }));
    expect(json).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json)).toEqual({ message: `x\u009b${hostile}\u2028` });
  });
});
