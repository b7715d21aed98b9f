// Build of the add-in (task pane + custom functions in one shared runtime) and of the standalone page.
//
//   npm run build                                         production build into dist/
//   ADDIN_BASE_URL=https://intranet.example/jx/ npm run build   dist/manifest.xml points there
//   JX_OFFICEJS=local npm run build                       office.js served from dist/office-js/ (intranet; no notes: no 标注)
//   JX_OFFICEJS=china npm run build                       office.js from the 21Vianet (China) Office 365 CDN
//   npm run dev-server                                    webpack-dev-server (used by npm start / office-addin-debugging)
//
//   npm run build:wps                                     the WPS 表格 add-in into dist/wps/ (webpack --env wps; see
//                                                        wpsConfig below and scripts/wps-package.js)
//   JX_HARNESS=1 npx webpack --mode development         DEV ONLY: the task pane harness over a fake Excel
//                                                        (src/harness) into test-artifacts/harness/, nothing else
//   JX_HARNESS=1 JX_DEV_PROTOCOL=http npm run dev-server  the same, served: http://localhost:3000/harness.html
//
// Environment: ADDIN_BASE_URL (default https://localhost:3000/), JX_OFFICEJS=cdn|china|local, JX_DIST_DIR (output folder,
// default dist/), JX_PORT (dev server port, default 3000), JX_DEV_PROTOCOL=http|https (dev server; default https with
// the office-addin-dev-certs certificates, as the Office templates do).
'use strict';

const path = require('node:path');
const fs = require('node:fs');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_BASE_URL, normalizeBaseUrl, rewriteManifestUrls } = require('./scripts/manifest-url');
const { functionsMetadataFiles } = require('./scripts/functions-metadata');
const { FunctionsBarrelPlugin } = require('./scripts/functions-barrel');
const { dropFunctionDescriptions } = require('./scripts/function-descriptions');

/**
 * Where the pages load office.js from. `cdn`: Microsoft's CDN (the default, and what Microsoft supports). `china`:
 * the CDN of Office 365 operated by 21Vianet, which add-ins for that cloud should use ("Use
 * https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js instead of the standard CDN
 * reference", Office Add-ins docs, 21Vianet note). `local`: the npm copy served from dist/office-js/ for closed
 * intranets; it is older than the CDN's and has no notes (ExcelApi 1.18), so 标注 is off there (taskpane/support.ts).
 */
const OFFICE_JS_URLS = {
  cdn: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  china: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
  local: 'office-js/office.js',
};
const root = __dirname;
const FUNCTIONS_TS = './src/functions/functions.ts';

/**
 * The function metadata the build emits, functions.json and functions-en.json (the manifest's en-US override points
 * to it), generated from the function registry (scripts/functions-metadata.js → src/model/functions/metadata.ts).
 */
class FunctionMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'FunctionMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          let files;
          try {
            files = functionsMetadataFiles();
          } catch (err) {
            compilation.errors.push(new webpack.WebpackError(`function metadata: ${err.message}`));
            return;
          }
          for (const [name, text] of Object.entries(files)) compilation.emitAsset(name, new webpack.sources.RawSource(text));
        }
      );
    });
  }
}

async function devServerHttps() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

/**
 * Lowers every emitted script to ES2017 with esbuild (node_modules included, which ts-loader does not touch): WPS
 * embeds a Chromium of unknown age (spec/wps.md §4). Runs before terser.
 */
class Es2017Plugin {
  apply(compiler) {
    const esbuild = require('esbuild');
    compiler.hooks.thisCompilation.tap('Es2017Plugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'Es2017Plugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!name.endsWith('.js')) continue;
            const code = String(assets[name].source());
            try {
              const out = esbuild.transformSync(code, { target: 'es2017', loader: 'js', legalComments: 'none' });
              compilation.updateAsset(name, new webpack.sources.RawSource(out.code));
            } catch (err) {
              compilation.errors.push(new webpack.WebpackError(`${name} cannot be lowered to ES2017: ${err.message}`));
            }
          }
        }
      );
    });
  }
}

/**
 * What both builds (the Excel add-in and page, and WPS) resolve and compile alike: TypeScript through ts-loader
 * (types are checked by `npm run typecheck`, not here) at the build's ECMAScript `target`, without the JX functions'
 * descriptions, which only functions.json carries (scripts/function-descriptions.js). Fresh objects on each call:
 * the harness build adds a rule to its own.
 */
function sourceModules({ target, sourceMap }) {
  return {
    resolve: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(root, 'tsconfig.json'),
              compilerOptions: { module: 'esnext', target, sourceMap, noEmit: false },
              getCustomTransformers: () => ({ before: [dropFunctionDescriptions(require('typescript'))] }),
            },
          },
        },
      ],
    },
  };
}

/** The WPS build: the add-in folder dist/wps/jx/ and the package files beside it (scripts/wps-package.js). */
async function wpsConfig(mode) {
  const pkg = require('./package.json');
  const wpsPackage = require('./scripts/wps-package');
  const base = wpsPackage.normalizeBase(process.env.JX_WPS_BASE_URL || 'http://127.0.0.1:3889/');
  const wpsDir = path.resolve(root, process.env.JX_DIST_DIR || 'dist', 'wps');
  const outDir = path.join(wpsDir, wpsPackage.ADDIN.name);
  // WPS's functions.json from the same metadata as Excel's (the function registry, scripts/functions-metadata.js).
  const { wpsFunctionsMetadata } = require('tsx/cjs/api').require('./src/wps/functions.ts', __filename);
  const functions = wpsFunctionsMetadata(JSON.parse(functionsMetadataFiles()['functions.json']));
  // The add-in folder is the output; the package files beside it (jsplugins.xml, publish.html) are written after
  // the build (WpsPackagePlugin), outside it, so that every path inside the folder is relative to the folder itself
  // (it is renamed jx_<version> in offline mode).
  const emit = {
    'functions.json': JSON.stringify(functions, null, 2) + '\n',
    'manifest.xml': wpsPackage.manifestXml(pkg.version),
  };
  const beside = {
    'jsplugins.xml': wpsPackage.onlineJsplugins(base),
    'offline/jsplugins.xml': wpsPackage.offlineJsplugins(pkg.version),
    'publish.html': wpsPackage.publishHtml(base, pkg.version),
  };
  return {
    mode,
    context: root,
    target: ['web', 'es2017'],
    entry: {
      main: './src/wps/main.ts',
      pane: './src/wps/pane.tsx',
    },
    output: {
      path: outDir,
      filename: '[name].js',
      chunkFilename: mode === 'development' ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    devtool: false,
    ...sourceModules({ target: 'es2017', sourceMap: false }),
    optimization: {
      splitChunks: {
        chunks: 'async',
        // Each page is its own runtime, and a module whose used exports differ between them would be kept twice;
        // analysed together, the model the two pages share goes into the shared file once.
        usedExports: false,
        cacheGroups: {
          // What the hidden main page (the functions) and the pane both load — the model, most of main.js — is one
          // file, fetched once from the add-in folder and cached: the package's scripts stay under 300 KB gzipped
          // together, not only per page.
          shared: { name: 'shared', chunks: 'initial', minChunks: 2, priority: 10, enforce: true, reuseExistingChunk: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ JX_WPS_FUNCTIONS: JSON.stringify(functions) }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/wps/index.html', chunks: ['main'], hash: mode !== 'development' }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/wps/taskpane.html', chunks: ['pane'], hash: mode !== 'development' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
        ],
      }),
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap('WpsPackagePlugin', (compilation) => {
            compilation.hooks.processAssets.tap({ name: 'WpsPackagePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
              for (const [file, text] of Object.entries(emit)) compilation.emitAsset(file, new webpack.sources.RawSource(text));
            });
          });
          compiler.hooks.afterEmit.tap('WpsPackagePlugin', () => {
            for (const [file, text] of Object.entries(beside)) {
              fs.mkdirSync(path.dirname(path.join(wpsDir, file)), { recursive: true });
              fs.writeFileSync(path.join(wpsDir, file), text);
            }
          });
        },
      },
      new Es2017Plugin(),
    ],
    stats: { preset: 'errors-warnings', assets: true, assetsSpace: 30 },
  };
}

module.exports = async (env = {}, argv = {}) => {
  if (env.wps || process.env.JX_WPS === '1') return wpsConfig(argv.mode === 'development' ? 'development' : 'production');
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(process.env.JX_PORT || 3000);
  const protocol = process.env.JX_DEV_PROTOCOL === 'http' ? 'http' : 'https';
  const defaultBase = serving ? `${protocol}://localhost:${port}/` : DEV_BASE_URL;
  const baseUrl = normalizeBaseUrl(process.env.ADDIN_BASE_URL || defaultBase);
  const officeJs = process.env.JX_OFFICEJS || 'cdn';
  if (!Object.prototype.hasOwnProperty.call(OFFICE_JS_URLS, officeJs)) {
    throw new Error(`JX_OFFICEJS must be "cdn" (default), "china" or "local", not "${process.env.JX_OFFICEJS}"`);
  }
  const localOfficeJs = officeJs === 'local';
  const officeJsUrl = OFFICE_JS_URLS[officeJs];
  // The harness is its own build (own entry, own folder): dist/ never holds it nor the fake Excel it imports.
  const harness = process.env.JX_HARNESS === '1' || Boolean(env.harness);
  const outDir = path.resolve(root, process.env.JX_DIST_DIR || (harness ? 'test-artifacts/harness' : 'dist'));

  const copyPatterns = [
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: { transformer: (content) => rewriteManifestUrls(content.toString('utf8'), baseUrl), cache: false },
    },
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
  ];
  if (localOfficeJs) {
    // The WHOLE dist folder: office.js loads its host- and locale-specific files relative to itself.
    copyPatterns.push({
      from: path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
      to: 'office-js',
      info: { minimized: true }, // Microsoft's files as shipped: no terser pass
    });
  }

  /** @type {import('webpack').Configuration} */
  const config = {
    mode,
    context: root,
    target: ['web', 'es2020'],
    entry: {
      // functions first: it carries the webpack runtime and the code it shares with the task pane (dependOn),
      // so the page that hosts both runs each module once.
      functions: FUNCTIONS_TS,
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
      standalone: './src/standalone/index.tsx',
      // the standalone page's workbook worker (reads, checks and builds off the UI thread); a stable name,
      // as the page starts it with `new Worker('worker.js')`; its lazy chunks load by importScripts
      worker: { import: './src/standalone/worker.ts', filename: 'worker.js', chunkLoading: 'import-scripts' },
      // the worker's inflate worker (the large parts of a workbook inflate there while the worker scans); started
      // by the worker as `new Worker('inflate.js')`
      inflate: { import: './src/standalone/inflateWorker.ts', filename: 'inflate.js' },
    },
    output: {
      path: outDir,
      filename: '[name].js', // stable: the manifest names functions.js
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    // Separate .map files; never eval (the standalone page's CSP forbids it).
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    ...sourceModules({ target: 'es2020', sourceMap: true }),
    optimization: {
      splitChunks: { chunks: 'async' },
      // The task pane uses the modules functions.js holds through their exports (dependOn), so functions.js spells
      // each export the pane uses, at every use: shortest names for the most used exports (`size`), not 2-character
      // hashes (`deterministic`, the production default), took functions.js from 60,083 to 59,370 B gzipped.
      // Names are per build; the chunks are named by content hash either way.
      mangleExports: 'size',
    },
    performance: { hints: false }, // budgets on gzipped sizes: npm run size
    plugins: [
      new FunctionMetadataPlugin(),
      // the pane (and the pages) reach the model modules functions.js holds through one module,
      // src/functions/shared.ts, so that webpack concatenates them into functions.js's scope
      new FunctionsBarrelPlugin({ barrel: path.join(root, 'src/functions/shared.ts'), chunk: 'functions', check: !dev }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        templateParameters: { officeJsUrl },
        hash: !dev,
      }),
      new HtmlWebpackPlugin({
        filename: 'standalone.html',
        template: './src/standalone/standalone.html',
        chunks: ['standalone'],
        hash: !dev,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    stats: { preset: 'errors-warnings', assets: true, assetsSpace: 20, excludeAssets: [/^office-js\//] },
  };

  if (harness) {
    config.entry = { harness: './src/harness/index.tsx' };
    // the fake Excel's client is Microsoft's office.js, run from its text (test/fakes/excel/browser.ts)
    config.module.rules.push({ resourceQuery: /jx-source/, type: 'asset/source' });
    config.plugins = [
      new HtmlWebpackPlugin({ filename: 'harness.html', template: './src/harness/harness.html', chunks: ['harness'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/icon-32.png', to: 'assets/[name][ext]' }] }),
    ];
  }

  if (serving) {
    config.devServer = {
      port,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: protocol === 'https' ? { type: 'https', options: await devServerHttps() } : { type: 'http' },
      static: false,
      devMiddleware: { writeToDisk: true }, // dist/ holds what is served
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    };
  }
  return config;
};
