// Where the task pane loads office.js from, per JX_OFFICEJS (the webpack configuration only: no build).
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

async function officeJsUrlFor(value: string | undefined): Promise<unknown> {
  const saved = process.env.JX_OFFICEJS;
  if (value === undefined) delete process.env.JX_OFFICEJS;
  else process.env.JX_OFFICEJS = value;
  try {
    jest.resetModules();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const make = require(path.join(root, 'webpack.config.js')) as (env: object, argv: object) => Promise<{
      plugins: Array<{ constructor: { name: string }; userOptions?: { filename?: string; templateParameters?: { officeJsUrl?: string } } }>;
    }>;
    const config = await make({}, { mode: 'production' });
    const pane = config.plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin' && p.userOptions?.filename === 'taskpane.html');
    return pane?.userOptions?.templateParameters?.officeJsUrl;
  } finally {
    if (saved === undefined) delete process.env.JX_OFFICEJS;
    else process.env.JX_OFFICEJS = saved;
  }
}

describe('JX_OFFICEJS: where office.js comes from', () => {
  it('cdn (default): Microsoft CDN', async () => {
    expect(await officeJsUrlFor(undefined)).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(await officeJsUrlFor('cdn')).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('china: the 21Vianet (Office 365 operated by 21Vianet) CDN', async () => {
    expect(await officeJsUrlFor('china')).toBe('https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js');
  });

  it('local: the copy in dist/office-js/; anything else is refused', async () => {
    expect(await officeJsUrlFor('local')).toBe('office-js/office.js');
    await expect(officeJsUrlFor('cn')).rejects.toThrow(/"cdn" \(default\), "china" or "local"/);
  });
});
