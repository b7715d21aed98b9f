#!/usr/bin/env node
// `jx`: runs the prebuilt CLI bundle build/jx.cjs (scripts/build-cli.js; `prepare` builds it after
// `npm ci`, so `npx jx` starts fast right away). When the bundle is missing or older than src/ (a
// developer edited the sources) it is rebuilt first (esbuild, well under a second); when it cannot
// be built, the TypeScript sources run through tsx as before.
'use strict';

let main;
try {
  const { buildCli, isStale, OUT } = require('../scripts/build-cli.js');
  if (isStale()) buildCli();
  main = require(OUT);
} catch (e) {
  if (process.env.JX_DEBUG === '1') process.stderr.write(`jx: running from the sources (${e && e.message})\n`);
  require('tsx/cjs/api').register();
  main = require('../src/cli/main.ts');
}
main.run();
