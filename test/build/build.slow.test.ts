// SLOW (about a minute on a quiet machine; up to 10 minutes allowed, for a machine shared with other builds): runs real webpack production builds into temporary folders.
// 1. The intranet build (ADDIN_BASE_URL + JX_OFFICEJS=local): what IT deploys.
// 2. A probe entry that loads ExcelJS lazily, built with the same configuration: ExcelJS bundles for the browser,
//    as a separate on-demand chunk.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { manifestUrlTools, repoRoot, runNode, tmpDir, validate } from './helpers';
// The build loads the generator through tsx (scripts/functions-metadata.js); under jest, which transpiles TypeScript
// itself and refuses tsx's module ids, the test imports the same module directly.
import { functionsMetadataJson } from '../../src/model/functions/metadata';

const BASE = 'https://intranet.example/jx/';
const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [repoRoot] });

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name);
}

describe('intranet production build (ADDIN_BASE_URL, JX_OFFICEJS=local)', () => {
  let dist: string;
  beforeAll(() => {
    dist = tmpDir('jx-dist-');
    const r = runNode(
      [webpackCli, '--mode', 'production'],
      { ADDIN_BASE_URL: BASE, JX_OFFICEJS: 'local', JX_DIST_DIR: dist },
      600_000
    );
    if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
  }, 600_000);
  afterAll(() => {
    fs.rmSync(dist, { recursive: true, force: true });
  });
  const read = (f: string) => fs.readFileSync(path.join(dist, f), 'utf8');

  it('writes a manifest whose every URL is under the base URL, with no localhost, and that validates', () => {
    const xml = read('manifest.xml');
    const urls = manifestUrlTools.manifestUrls(xml);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) expect(u.url).toMatch(/^https:\/\/intranet\.example\/jx\/[\w./-]+$/);
    expect(xml).not.toMatch(/localhost/);
    const r = validate(path.join(dist, 'manifest.xml'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // every file the manifest names is in the build
    for (const u of urls) expect(fs.existsSync(path.join(dist, u.url.slice(BASE.length)))).toBe(true);
  });

  it('serves office.js from the copied office-js folder, loaded before the functions and the task pane', () => {
    const html = read('taskpane.html');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1].split('?')[0]);
    expect(scripts).toEqual(['office-js/office.js', 'functions.js', 'taskpane.js']);
    expect(html).not.toMatch(/appsforoffice\.microsoft\.com/);
    const officeJsDist = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
    // the whole folder: office.js loads host- and locale-specific files next to itself
    expect(files(path.join(dist, 'office-js')).length).toBe(files(officeJsDist).length);
    expect(read('office-js/office.js')).toBe(fs.readFileSync(path.join(officeJsDist, 'office.js'), 'utf8'));
  });

  it('gives the standalone page a CSP that forbids other origins, and no office.js', () => {
    const html = read('standalone.html');
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
    expect(csp).not.toBeNull();
    const directives = Object.fromEntries(
      csp![1].split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      })
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'connect-src': "'self'",
      'img-src': "'self' data: blob:",
      'style-src': "'self' 'unsafe-inline'",
      'script-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
    });
    expect(html).not.toMatch(/office(\.debug)?\.js/);
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1].split('?')[0]);
    expect(scripts).toEqual(['standalone.js']);
  });

  it('emits the function metadata, in both locales', () => {
    expect(fs.existsSync(path.join(dist, 'functions.json'))).toBe(true);
    // both generated from the function registry (scripts/functions-metadata.js); Excel calls a function whose input
    // holds an error only when the metadata allows it (issue 15, defect 2)
    for (const [f, locale] of [['functions.json', 'zh-CN'], ['functions-en.json', 'en-US']] as const) {
      expect(read(f)).toBe(functionsMetadataJson(locale));
      expect(JSON.parse(read(f))).toMatchObject({ allowErrorForDataTypeAny: true, functions: expect.any(Array) });
      expect(JSON.parse(read(f)).functions[0].description).toMatch(locale === 'zh-CN' ? /[\u4e00-\u9fff]/ : /^[A-Z][a-z]/);
    }
    // which carries the descriptions: functions.js does not (scripts/function-descriptions.js), its entries are there
    const bundle = read('functions.js');
    for (const f of JSON.parse(read('functions.json')).functions as Array<{ id: string; description: string }>) {
      expect(bundle).toContain(`"${f.id}"`);
      expect(bundle).not.toContain(f.description);
    }
  });

  it('writes source maps as separate files, and no development code', () => {
    const bundles = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(bundles).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js', 'standalone.js']));
    // functions.js always holds code (the webpack runtime); webpack leaves out the map of an empty placeholder
    expect(read('functions.js')).toMatch(/\/\/# sourceMappingURL=functions\.js\.map\s*$/);
    for (const js of bundles) {
      const text = read(js);
      expect(text).not.toMatch(/sourceMappingURL=data:|webpack-dev-server|react-dom\.development/);
      const ref = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text);
      if (ref) expect(fs.existsSync(path.join(dist, ref[1]))).toBe(true);
    }
  });

  it('holds the model in functions.js in one scope: the pane reaches it through src/functions/shared.ts alone', () => {
    // webpack's table of the modules it could not concatenate: `{id(e,t,n){…},id(e,t,n){…}}`. Before the barrel,
    // the 34 model modules the task pane also imports were each wrapped there (scripts/functions-barrel.js).
    const wrapped = read('functions.js').match(/[{,]\d+\((?:\w(?:,\w){0,2})?\)\{/g) ?? [];
    expect(wrapped.length).toBeLessThanOrEqual(1);
  });

  it('keeps the bundles within their gzipped budgets', () => {
    const r = runNode(['scripts/bundle-size.js'], { JX_DIST_DIR: dist });
    expect(r.stdout).toMatch(/^ok {3}functions\.js/m);
    expect(r.stdout).toMatch(/^ok {3}task pane scripts/m);
    expect(r.status).toBe(0);
  });
});
