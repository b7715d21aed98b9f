// Writes docs/rules.md from the rule registry (npm run docs:rules); test/model/rules/catalogue.test.ts checks it is current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleCatalogue } from '../src/model/rules/catalogue';

const file = join(__dirname, '..', 'docs', 'rules.md');
writeFileSync(file, ruleCatalogue());
console.log(`wrote ${file}`);
