// The README's table of Excel versions says what the pane decides (src/taskpane/support.ts) on each Excel build the
// fake stands in for (test/fakes/excel/hosts.ts: requirement sets from Microsoft's tables), with the CDN office.js.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFakeExcel, type HostId } from '../fakes/excel';
import { officeSupport } from '../../src/taskpane/support';

const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');

/** The rows of the table under "Which Excel runs it": [Excel, runs, merged cells, marks]. */
function table(): string[][] {
  const section = readme.slice(readme.indexOf('## Which Excel runs it')).split('\n');
  // The section's first table: from its first `|` line to the first line that is not one.
  const start = section.findIndex((l) => l.startsWith('|'));
  const end = section.findIndex((l, i) => i > start && !l.startsWith('|'));
  const lines = section.slice(start, end === -1 ? undefined : end);
  return lines.slice(2).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
}

/** Which fake build each row stands for. */
const ROWS: Record<string, HostId> = {
  'Excel on the web': 'web',
  'Microsoft 365 for Windows 2501 or later': 'win-2501',
  'Microsoft 365 for Windows 2102 – 2412': 'win-2102',
  'Microsoft 365 for Windows 2002 – 2101': 'win-2002',
  'Excel 2024 / 2021 volume-licensed (2108 or later)': 'office-2021',
  'Excel for Mac 16.93 or later': 'mac-16.93',
  'Excel for Mac 16.50 – 16.92': 'mac-16.50',
  'Excel for Mac 16.35 – 16.49': 'mac-16.35',
  'Excel 2016 / 2019 volume-licensed, Excel on iPad': 'office-2019',
};

describe('README: Which Excel runs it', () => {
  it('has a row for each kind of Excel build', () => {
    expect(table().map((r) => r[0])).toEqual(Object.keys(ROWS));
  });

  it.each(Object.entries(ROWS))('%s: what the row says is what the pane decides', (label, id) => {
    const row = table().find((r) => r[0] === label)!;
    const fake = createFakeExcel({ host: id });
    const req = fake.office.context.requirements;
    // What manifest.xml requires (Office does not load the add-in without it).
    const runs = req.isSetSupported('SharedRuntime', '1.1') && req.isSetSupported('CustomFunctionsRuntime', '1.1');
    expect(row[1]).toBe(runs ? 'yes' : 'no');
    if (!runs) return;
    const support = officeSupport(req, fake.officeJs.Excel);
    expect(row[2]).toBe(support.mergedAreas ? 'yes' : 'no');
    expect(row[3]).toBe(support.mark ? 'yes' : 'no');
  });

  it('the requirements the manifest declares are the ones the table reads', () => {
    const manifest = fs.readFileSync(path.resolve(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.1"\/>/);
  });
});
