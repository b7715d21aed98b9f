// The add-in manifest: valid against the Office XML schemas (offline), readable errors when it is not, the content
// Excel relies on (shared runtime, zh-CN with en-US overrides, ribbon button, icons), and the URL rewrite the build
// applies for a deployment base URL.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { manifestUrlTools, pngSize, repoRoot, runNode, tmpDir, validate } from './helpers';

const { normalizeBaseUrl, rewriteManifestUrls, manifestUrls, DEV_BASE_URL } = manifestUrlTools;
const manifestPath = path.join(repoRoot, 'manifest.xml');
const manifest = fs.readFileSync(manifestPath, 'utf8');

let work: string;
beforeAll(() => {
  work = tmpDir('jx-manifest-');
});
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

function writeTmp(name: string, text: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  return file;
}

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not found`);
  return text.slice(0, i).split('\n').length;
}

describe('schema validation (npm run validate)', () => {
  it('accepts the real manifest', () => {
    const r = validate(manifestPath);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/manifest\.xml: valid/);
  });

  it('rejects an element out of order with the file, the line and what was expected', () => {
    // <Version> moved after <ProviderName>: the schema fixes Id, Version, ProviderName, ...
    const bad = manifest
      .replace(/\n\s*<Version>0\.1\.0\.0<\/Version>/, '')
      .replace(/(<ProviderName>[^<]*<\/ProviderName>)/, '$1\n  <Version>0.1.0.0</Version>');
    expect(bad).not.toBe(manifest);
    const file = writeTmp('out-of-order.xml', bad);
    const r = validate(file);
    expect(r.status).toBe(1);
    const line = lineOf(bad, '<ProviderName>');
    expect(r.stderr).toContain(`${file}:${line}:`);
    expect(r.stderr).toMatch(
      /Element 'ProviderName': This element is not expected\. Expected is one of \( AlternateId, Version \)/
    );
    expect(r.stderr).toMatch(/order/);
    expect(r.stderr).toMatch(/1 problem/);
  });

  it('rejects a Version the schema pattern refuses', () => {
    const file = writeTmp('bad-version.xml', manifest.replace('<Version>0.1.0.0</Version>', '<Version>v1</Version>'));
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/'v1'/);
  });

  it('rejects a resid that names no resource (which the schema cannot see)', () => {
    const file = writeTmp(
      'bad-resid.xml',
      manifest.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>')
    );
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/resid "Group\.Lable" names no resource/);
  });

  it('rejects a <TaskpaneId> in an action of the host whose runtime is long-lived (the shared-runtime rule)', () => {
    const bad = manifest.replace(
      '<Action xsi:type="ShowTaskpane">',
      '<Action xsi:type="ShowTaskpane">\n                    <TaskpaneId>JX.Taskpane</TaskpaneId>'
    );
    expect(bad).not.toBe(manifest);
    const file = writeTmp('taskpane-id.xml', bad);
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:${lineOf(bad, '<TaskpaneId>')}:`);
    expect(r.stderr).toMatch(/must not have a <TaskpaneId>/);
  });

  it('reports XML that is not well-formed instead of crashing', () => {
    const file = writeTmp('broken.xml', manifest.replace('</Hosts>', '</Host>'));
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not well-formed XML/);
  });

  it('says where the schemas are expected when JX_SCHEMA_DIR points nowhere', () => {
    const r = runNode(['scripts/validate-manifest.js', manifestPath], { JX_SCHEMA_DIR: path.join(work, 'none') });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/schema not found \(set JX_SCHEMA_DIR/);
  });
});

describe('manifest content', () => {
  it('runs the task pane and the custom functions in one long-lived shared runtime', () => {
    expect(manifest).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.1"\/>/);
    // the functions' page and the ribbon's function file are the task pane page
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane\.Url"\/>\s*<\/Page>/);
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane\.Url"\/>/);
    expect(manifest).toMatch(/<bt:Url id="Taskpane\.Url" DefaultValue="https:\/\/localhost:3000\/taskpane\.html"\/>/);
    expect(manifest).toMatch(/<bt:String id="Functions\.Namespace" DefaultValue="JX"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it('is Chinese first with English overrides for the name, the description and the function metadata', () => {
    expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="绩效自评助手">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
    expect(manifest).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
    expect(manifest).toMatch(
      /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="[^"]*\/functions\.json">\s*<bt:Override Locale="en-US" Value="[^"]*\/functions-en\.json"\/>/
    );
    // every user-visible resource string has its English override
    const strings = [...manifest.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]*">([\s\S]*?)<\/bt:String>/g)];
    expect(strings.map((m) => m[1]).sort()).toEqual(['Group.Label', 'TaskpaneButton.Label', 'TaskpaneButton.Tooltip']);
    for (const m of strings) expect(m[2]).toMatch(/<bt:Override Locale="en-US" Value="[^"]+"\/>/);
  });

  it('puts a button that opens the task pane on the Home tab', () => {
    expect(manifest).toMatch(
      /<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane\.Url"\/>/
    );
  });

  it('references icons that exist in assets/ as PNGs of the declared size', () => {
    const images = [...manifest.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="([^"]+)"\/>/g)];
    const files = [
      ...images.map((m) => ({ size: Number(m[1]), url: m[3] })),
      { size: 32, url: /<IconUrl DefaultValue="([^"]+)"/.exec(manifest)![1] },
      { size: 64, url: /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)![1] },
    ];
    expect(files.map((f) => f.size).sort((a, b) => a - b)).toEqual([16, 32, 32, 64, 80]);
    for (const f of files) {
      const file = path.join(repoRoot, f.url.slice(DEV_BASE_URL.length));
      expect(pngSize(file)).toEqual({ width: f.size, height: f.size });
    }
  });
});

describe('base URL rewrite (dist/manifest.xml)', () => {
  const base = 'https://intranet.example/jx/';

  it('points every URL-bearing element at the base URL and leaves no localhost', () => {
    const out = rewriteManifestUrls(manifest, base);
    const before = manifestUrls(manifest);
    const after = manifestUrls(out);
    expect(before.length).toBeGreaterThanOrEqual(10);
    expect(after.map((u) => u.element)).toEqual(before.map((u) => u.element));
    expect(new Set(after.map((u) => u.element))).toEqual(
      new Set(['IconUrl', 'HighResolutionIconUrl', 'SourceLocation', 'bt:Image', 'bt:Url', 'bt:Override'])
    );
    for (const u of after) expect(u.url.startsWith(base)).toBe(true);
    expect(out).not.toMatch(/localhost/);
    // paths after the base stay as they were
    expect(after.map((u) => u.url.slice(base.length))).toEqual(before.map((u) => u.url.slice(DEV_BASE_URL.length)));
  });

  it('writes a manifest that still validates', () => {
    const file = writeTmp('rewritten.xml', rewriteManifestUrls(manifest, base));
    const r = validate(file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('accepts a base without the trailing slash and escapes it for XML', () => {
    expect(normalizeBaseUrl('https://intranet.example/jx')).toBe(base);
    const out = rewriteManifestUrls(manifest, 'https://intranet.example/a&b/');
    expect(out).toContain('DefaultValue="https://intranet.example/a&amp;b/taskpane.html"');
  });

  it('refuses bases Office cannot load', () => {
    expect(() => normalizeBaseUrl('http://intranet.example/jx/')).toThrow(/HTTPS/);
    expect(() => normalizeBaseUrl('intranet.example/jx/')).toThrow(/absolute/);
    expect(() => normalizeBaseUrl('https://intranet.example/jx/?v=1')).toThrow(/query/);
    expect(normalizeBaseUrl('http://localhost:3001')).toBe('http://localhost:3001/');
  });
});
