/** The `jx` command line. */
import { parseArgs } from 'node:util';
import type { Locale } from '../model/messages';
import { visibleText } from '../model/text/visible';
import { runCheckAcross, runMerge } from './across';
import { runCheck, type Console } from './check';
import type { ReadLimits } from '../adapters/xlsx/budget';
import { OutputRefused } from './io';
import { LIMIT_OPTIONS, limitsFromFlags } from './limits';
import { runReport } from './reportDocx';
import { runMonitor } from './monitor';
import { startReadWorkerIfAsked } from './readPool';
import { runSample } from './sample';
import { LAYOUT_CHOICES, runSelfEval } from './selfeval';
import { version } from '../../package.json';

const USAGE = `用法 / usage:
  jx check FILE... [--json] [--lang zh|en] [--report 问题清单.xlsx|文件夹] [--annotate 标注副本.xlsx] [--force] [LIMITS]
  jx check --across FILE... [--profile 配置.xlsx] [--json] [--lang zh|en] [--report 问题清单.xlsx|文件夹] [--force] [LIMITS]
  jx merge FILE... [-o 汇总.xlsx] [--profile 配置.xlsx] [--draft] [--force] [--json] [--lang zh|en] [LIMITS]
  jx selfeval FILE [-o OUT] [--layout ${LAYOUT_CHOICES.join('|')}] [--draft] [--json] [--force] [LIMITS]
  jx report FILE [-o OUT.docx] [--layout ${LAYOUT_CHOICES.join('|')}] [--draft] [--force] [--json] [LIMITS]
  jx monitor FILE [-o OUT] [--month M] [--draft] [--json] [--force] [LIMITS]
  jx sample [FILE | -o FILE] [--monitor] [--force]
  jx --version（版本号 / the version）
LIMITS（读取预算 / reading budgets, docs/limits.md）:
  --max-size MB      解压后的总大小 / uncompressed package size
  --max-memory MB    读取所用内存 / memory of the grid read
  --max-time SECONDS 读取时间 / reading time`;

/**
 * A reader that stops early (`jx check --json FILE | head`) closes the pipe: the rest of what jx
 * writes there is dropped, quietly, and the command ends as it would have (same exit code, files
 * it writes still written whole), instead of an unhandled EPIPE with Node's stack trace.
 */
const closed = new WeakSet<NodeJS.WriteStream>();
/**
 * Streams jx listens on: its own record, not `listenerCount('error')` — a listener someone else added (esbuild's, when
 * bin/jx.js rebuilt the bundle in the same process) and removed later left the EPIPE unhandled, with Node's stack trace.
 */
const watched = new WeakSet<NodeJS.WriteStream>();

function writeTo(stream: NodeJS.WriteStream, text: string): void {
  if (closed.has(stream)) return;
  if (!watched.has(stream)) {
    watched.add(stream);
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      closed.add(stream);
    });
  }
  stream.write(text);
}

const stdio: Console = {
  out: (l) => writeTo(process.stdout, l + '\n'),
  err: (l) => writeTo(process.stderr, l + '\n'),
};

/** The options of every command (parseArgs); bin/readAhead.js names the ones that take a value (VALUE_OPTIONS). */
export const OPTIONS = {
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  layout: { type: 'string' },
  force: { type: 'boolean', default: false },
  report: { type: 'string' },
  annotate: { type: 'string' },
  draft: { type: 'boolean', default: false },
  month: { type: 'string' },
  monitor: { type: 'boolean', default: false },
  across: { type: 'boolean', default: false },
  profile: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
  ...LIMIT_OPTIONS,
} as const;

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** `--lang`: zh (zh-CN, cn) or en (en-US …); undefined for anything else. */
function langOf(lang: string): Locale | undefined {
  if (/^en/i.test(lang)) return 'en-US';
  if (/^(zh|cn|chinese)/i.test(lang)) return 'zh-CN';
  return undefined;
}

/** The locale the arguments ask for, read without parseArgs (for saying what is wrong with them). */
function askedLocale(args: ReadonlyArray<string>): Locale {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? args[i + 1] : undefined;
    if (v !== undefined) return langOf(v) ?? 'zh-CN';
  }
  return 'zh-CN';
}

/** parseArgs' own (English) complaint, in the user's language, naming the option. */
function argsProblem(e: unknown, loc: Locale): string {
  const err = e as NodeJS.ErrnoException;
  const opt = /'(-[^']*)'/.exec(err.message ?? '')?.[1] ?? '';
  const positional = /argument '([^']*)'/.exec(err.message ?? '')?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return loc === 'zh-CN' ? `不认识的选项 ${opt}。` : `Unknown option ${opt}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return loc === 'zh-CN'
        ? `选项 ${opt} 缺少取值或取值不对（以 - 开头的取值请写成 ${opt}=值）。`
        : `Option ${opt} is missing its value or has a wrong one (write a value that starts with - as ${opt}=VALUE).`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return loc === 'zh-CN' ? `多余的参数“${positional}”。` : `Unexpected argument "${positional}".`;
    default:
      return loc === 'zh-CN' ? '参数有误。' : 'The arguments are wrong.';
  }
}

export async function main(argv: string[], io: Console = stdio): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    // asked for: the usage on stdout, exit 0 (no command or an unknown one gets it on stderr, exit 2)
    io.out(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-V' || command === '-v' || command === 'version') {
    // the package's version (package.json), on stdout, exit 0: what a bug report or a deployment check asks for
    io.out(`jx ${version}`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    io.err(`jx: ${visibleText(argsProblem(e, askedLocale(rest)))}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.version) {
    io.out(`jx ${version}`);
    return 0;
  }
  const loc = values.lang === undefined ? 'zh-CN' : langOf(values.lang);
  if (loc === undefined) {
    io.err(`jx: --lang 只能是 zh（中文）或 en（English），而不是“${visibleText(values.lang ?? '')}”。 / --lang must be zh or en.\n${USAGE}`);
    return 2;
  }
  const limits = limitsFromFlags(values);
  if ('bad' in limits) {
    io.err(loc === 'zh-CN' ? `${limits.bad} 须为正数，而不是“${limits.value}”。\n${USAGE}` : `${limits.bad} must be a positive number, not "${limits.value}".\n${USAGE}`);
    return 2;
  }
  try {
    return await runCommand(command, values, positionals, loc, limits, io);
  } catch (e) {
    // an output file that cannot be written is said in words, whichever command met it
    if (e instanceof OutputRefused) {
      io.err(e.text[loc]);
      return 2;
    }
    throw e;
  }
}

async function runCommand(command: string | undefined, values: ParsedValues, positionals: string[], loc: Locale, limits: ReadLimits, io: Console): Promise<number> {
  switch (command) {
    case 'check':
      if (!positionals.length) break;
      if (values.across) {
        if (values.annotate !== undefined) {
          io.err(loc === 'zh-CN' ? `--across 不能与 --annotate 同用：请用 --report 生成包含跨文件问题的问题清单，或不加 --across 为每个文件生成标注副本。\n${USAGE}` : `--across cannot be used with --annotate: use --report for a list of problems with those across files, or annotate each file without --across.\n${USAGE}`);
          return 2;
        }
        return runCheckAcross(positionals, { json: values.json!, locale: loc, limits, profile: values.profile, report: values.report, force: values.force! }, io);
      }
      return runCheck(
        positionals,
        { json: values.json!, locale: loc, report: values.report, annotate: values.annotate, force: values.force!, debug: debugOn(), limits },
        io,
      );
    case 'selfeval': {
      if (positionals.length !== 1) break;
      return runSelfEval(positionals[0], { output: values.output, layout: values.layout, draft: values.draft!, json: values.json!, force: values.force!, locale: loc, limits }, io);
    }
    case 'report': {
      if (positionals.length !== 1) break;
      return runReport(positionals[0], { output: values.output, layout: values.layout, draft: values.draft!, json: values.json!, force: values.force!, locale: loc, limits }, io);
    }
    case 'monitor': {
      if (positionals.length !== 1) break;
      return runMonitor(positionals[0], { output: values.output, month: values.month, draft: values.draft!, json: values.json!, force: values.force!, locale: loc, limits }, io);
    }
    case 'merge': {
      if (!positionals.length) break;
      return runMerge(positionals, { json: values.json!, locale: loc, limits, profile: values.profile, output: values.output, force: values.force!, draft: values.draft! }, io);
    }
    case 'sample': {
      // `jx sample out.xlsx` writes there, as `-o out.xlsx` does; two different outputs are refused (usageProblem).
      const outputs = sampleOutputs(positionals, values.output);
      if (outputs.length > 1) break;
      return runSample({ output: outputs[0], force: values.force!, locale: loc, monitor: values.monitor! }, io);
    }
  }
  const why = usageProblem(command, command === 'sample' ? sampleOutputs(positionals, values.output) : positionals, loc);
  io.err(why === undefined ? USAGE : `jx: ${visibleText(why)}\n${USAGE}`);
  return 2;
}

const COMMANDS = ['check', 'selfeval', 'report', 'monitor', 'merge', 'sample'] as const;

/** Where `jx sample` is to write: its argument and its -o, the same path given both ways once. */
function sampleOutputs(positionals: ReadonlyArray<string>, output: string | undefined): string[] {
  return [...new Set([...positionals, ...(output !== undefined ? [output] : [])])];
}

/** Edit distance of two short words (a typo'd command against the known ones). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * What is wrong with a command line that reached no command, in the user's language: a typo'd or unknown command
 * (with the nearest one), an option written before the command, a file missing or one too many. `jx` alone: none
 * (the usage is the answer).
 */
function usageProblem(command: string | undefined, positionals: ReadonlyArray<string>, loc: Locale): string | undefined {
  const zh = loc === 'zh-CN';
  if (command === undefined || command === '') return undefined;
  const list = COMMANDS.join(zh ? '、' : ', ');
  if (!(COMMANDS as ReadonlyArray<string>).includes(command)) {
    if (command.startsWith('-')) {
      return zh
        ? `请先写命令（${list}），再写选项“${command}”，例如 jx check 项目台账.xlsx ${command}。`
        : `Write the command (${list}) first and the option "${command}" after it, e.g. jx check ledger.xlsx ${command}.`;
    }
    const near = COMMANDS.find((c) => distance(command.toLowerCase(), c) <= 2);
    if (near) return zh ? `不认识的命令“${command}”，是否要用 jx ${near}？` : `Unknown command "${command}". Did you mean jx ${near}?`;
    return zh ? `不认识的命令“${command}”。可用的命令：${list}。` : `Unknown command "${command}". The commands are: ${list}.`;
  }
  const files = positionals.map((f) => (zh ? `“${f}”` : `"${f}"`)).join(zh ? '、' : ', ');
  switch (command) {
    case 'check':
    case 'merge':
      return zh ? `jx ${command} 需要至少一个文件，例如 jx ${command} 项目台账.xlsx。` : `jx ${command} needs at least one file, e.g. jx ${command} ledger.xlsx.`;
    case 'sample': // (its outputs: given as its argument or with -o)
      return zh
        ? `jx sample 只写一个文件，却给了 ${positionals.length} 个输出：${files}。请只写一个（jx sample 文件.xlsx 或 jx sample -o 文件.xlsx）。`
        : `jx sample writes one file, but ${positionals.length} outputs were given: ${files}. Give one (jx sample FILE.xlsx or jx sample -o FILE.xlsx).`;
    default:
      if (!positionals.length) return zh ? `jx ${command} 需要一个工作簿文件，例如 jx ${command} 项目台账.xlsx。` : `jx ${command} needs one workbook, e.g. jx ${command} ledger.xlsx.`;
      return zh
        ? `jx ${command} 一次只处理一个文件，却给了 ${positionals.length} 个：${files}。输出位置请用 -o 指定。`
        : `jx ${command} takes one file at a time, but ${positionals.length} were given: ${files}. Name the output with -o.`;
  }
}

// In a worker thread of readPool.ts, this bundle only reads the files it is sent.
startReadWorkerIfAsked();

/** JX_DEBUG=1: internal errors come with their stack trace. */
function debugOn(): boolean {
  const v = process.env.JX_DEBUG;
  return v !== undefined && v !== '' && v !== '0';
}

/**
 * Ends the process with `code` once everything written to stdout and stderr has gone out: each
 * stream's callback of an empty write comes after its earlier writes are flushed (a pipe takes 64 KB
 * at a time, so `jx check --json FILE | slow-reader` waits for the reader). process.exit then skips
 * what Node's own end does after the event loop empties: tearing down the V8 heap piece by piece,
 * which for the 100,000-project ledger's ~150 MB took ~60-70 ms more than the process's end (wall
 * time from the 'exit' event to the process gone, 4 runs each: 173-216 ms against 114-130). Until
 * the streams drain, the exit code is set (process.exitCode), so a process that ends by itself
 * meanwhile ends with it.
 */
function exitOnceDrained(code: number): void {
  process.exitCode = code;
  const streams = [process.stdout, process.stderr].filter((s) => !s.destroyed && s.writable);
  let left = streams.length;
  if (left === 0) return process.exit(code);
  for (const s of streams) s.write('', () => void (--left === 0 && process.exit(code)));
}

/**
 * Entry point of bin/jx.js. An internal error is one Chinese line; its stack only with JX_DEBUG=1.
 * The process ends once stdout and stderr have drained (exitOnceDrained), never at once: a forced
 * exit would cut a report piped to a slow reader at 64 KB.
 */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => exitOnceDrained(code),
    (e: unknown) => {
      const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      process.stderr.write(`jx: 内部错误（${visibleText(why.slice(0, 300))}）。设置环境变量 JX_DEBUG=1 可显示详细信息。\n`);
      if (debugOn() && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
      exitOnceDrained(3);
    },
  );
}
