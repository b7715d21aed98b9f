#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx registers an on-the-fly transpiler), so `npx jx`
// works right after `npm ci` without a build step.
require('tsx/cjs/api').register();
require('../src/cli/main.ts').run();
