// Preloaded with `node -r` into each process bench/e2e.ts times: at exit, its peak resident set
// size and the CPU time of all its threads (the machine is shared: CPU time is the steadier figure).
// Only the main thread prints: a worker thread (jx merge reads in them, and they load this too through execArgv)
// exits first, and its figures were the process's at that moment (bench/e2e.ts reads the first it finds).
'use strict';
if (require('node:worker_threads').isMainThread) process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeSync(2, `\nJX_MAX_RSS_KB=${u.maxRSS} JX_CPU_MS=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
});
