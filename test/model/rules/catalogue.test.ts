/** docs/rules.md is the registry's catalogue as it is now: a new or changed rule shows in the document a reviewer reads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleCatalogue } from '../../../src/model/rules/catalogue';
import { RULE_IDS, ruleById } from '../../../src/model/rules';

describe('the rule catalogue (docs/rules.md)', () => {
  const text = ruleCatalogue();

  it('is current: run `npm run docs:rules` after changing a rule', () => {
    expect(readFileSync(join(__dirname, '../../../docs/rules.md'), 'utf8')).toBe(text);
  });

  it('has a row for every message of every rule, with its severity and both texts', () => {
    for (const id of RULE_IDS) {
      const rule = ruleById(id)!;
      for (const variant of Object.keys(rule.messages)) {
        const name = variant === 'main' ? id : `${id}.${variant}`;
        const row = text.split('\n').find((l) => l.startsWith(`| ${name} |`));
        expect(row).toBeDefined();
        expect(row!.split(' | ')).toHaveLength(5);
      }
    }
  });

  it('shows parameters as {name}, never an empty gap', () => {
    expect(text).toContain('{');
    expect(text).not.toMatch(/undefined/);
  });
});
