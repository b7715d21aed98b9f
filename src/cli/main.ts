/** The `jx` command line. */
import { parseArgs } from 'node:util';
import type { Locale } from '../model/messages';
import { runCheck, type Console } from './check';
import { runReport } from './reportDocx';
import { runSample } from './sample';
import { runSelfEval } from './selfeval';

const USAGE = `用法 / usage:
  jx check FILE... [--json] [--lang zh|en]
  jx selfeval FILE [-o OUT] [--layout 2018|2020] [--json] [--force]
  jx report FILE [-o OUT.docx] [--layout 2018|2020] [--draft] [--force] [--json]
  jx sample [-o FILE] [--force]`;

function locale(lang: string | undefined): Locale {
  return lang && /^en/i.test(lang) ? 'en-US' : 'zh-CN';
}

const stdio: Console = {
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
};

export async function main(argv: string[], io: Console = stdio): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      output: { type: 'string', short: 'o' },
      layout: { type: 'string' },
      force: { type: 'boolean', default: false },
      draft: { type: 'boolean', default: false },
    },
  });
  } catch (e) {
    io.err(`jx: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const loc = locale(values.lang);
  switch (command) {
    case 'check':
      if (!positionals.length) break;
      return runCheck(positionals, { json: values.json!, locale: loc }, io);
    case 'selfeval': {
      if (positionals.length !== 1) break;
      return runSelfEval(positionals[0], { output: values.output, layout: values.layout, json: values.json!, force: values.force!, locale: loc }, io);
    }
    case 'report': {
      if (positionals.length !== 1) break;
      return runReport(positionals[0], { output: values.output, layout: values.layout, draft: values.draft!, json: values.json!, force: values.force!, locale: loc }, io);
    }
    case 'sample': {
      return runSample({ output: values.output, force: values.force!, locale: loc }, io);
    }
  }
  io.err(USAGE);
  return 2;
}

/** Entry point of bin/jx.js. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`jx: ${(e as Error).stack ?? String(e)}\n`);
      process.exit(3);
    },
  );
}
