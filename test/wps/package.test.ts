/** The WPS package files (scripts/wps-package.js) and the add-in's ribbon: what WPS and its publish validator accept. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../../scripts/wps-package') as {
  onlineJsplugins(base: string): string;
  offlineJsplugins(version: string): string;
  manifestXml(version: string): string;
  publishHtml(base: string, version: string): string;
  normalizeBase(url: string): string;
};

describe('WPS package files', () => {
  test('jsplugins.xml online: the hosted add-in folder, type et', () => {
    expect(pkg.onlineJsplugins('http://intranet.example/jx/wps')).toBe(
      '<jsplugins>\n  <jspluginonline name="jx" type="et" url="http://intranet.example/jx/wps/jx/"/>\n</jsplugins>\n',
    );
  });

  test('jsplugins.xml offline folder mode: the folder jx_<version> in jsaddons, no .7z', () => {
    const x = pkg.offlineJsplugins('0.1.0');
    expect(x).toContain('<jsplugin name="jx" type="et" url="jx_0.1.0" version="0.1.0"/>');
    expect(x).not.toContain('.7z');
  });

  test('a base URL that is not http(s) is refused', () => {
    expect(() => pkg.normalizeBase('file:///c:/jx/')).toThrow(/http/);
  });

  test('manifest.xml declares functions.json under the JX namespace', () => {
    expect(pkg.manifestXml('0.1.0')).toMatch(/<Functions>\s*<Uri>functions\.json<\/Uri>\s*<Namespace>JX<\/Namespace>/);
  });

  test('publish.html: the relay on 127.0.0.1:58890 with the hosted URL, no script from elsewhere', () => {
    const html = pkg.publishHtml('https://intranet.example/jx/wps/', '0.1.0');
    expect(html).toContain('http://127.0.0.1:58890/deployaddons/runParams');
    expect(html).toContain('"url":"https://intranet.example/jx/wps/jx/"');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
  });

  test('ribbon.xml starts with <customUI> (no XML declaration), and its callbacks are the ones main.ts defines', () => {
    const ribbon = readFileSync(path.join(__dirname, '..', '..', 'src', 'wps', 'ribbon.xml'), 'utf8');
    expect(ribbon.startsWith('<customUI')).toBe(true);
    const main = readFileSync(path.join(__dirname, '..', '..', 'src', 'wps', 'main.ts'), 'utf8');
    for (const cb of new Set([...ribbon.matchAll(/(?:onLoad|onAction|getImage)="(\w+)"/g)].map((m) => m[1]))) {
      expect(main).toContain(`g.${cb} = function ${cb}(`);
      expect(main).not.toMatch(new RegExp(`${cb} = async`));
    }
  });
});
