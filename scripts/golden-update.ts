/** `npm run golden:update`: rewrites test/golden/*.txt from the layouts as they are now (review the diff). */
import * as fs from 'node:fs';
import { goldenPath, GOLDEN_DIR, goldenText } from '../test/support/golden';
import { goldenCases } from '../test/support/goldenLayouts';

async function main(): Promise<void> {
  fs.mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const c of goldenCases()) {
    const file = goldenPath(c);
    const text = await goldenText(c);
    const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    fs.writeFileSync(file, text);
    console.log(`${old === text ? 'unchanged' : old === null ? 'written  ' : 'UPDATED  '} ${file}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
