// What `npm start` and `npm stop` take the recorded pid for (scripts/pid-file.js): a live process is ours only when it
// runs the dev server, so a pid the system has given to another program since is neither reported as "already
// running" by start nor signalled by stop.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runNode, tmpDir } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ourServerRunning } = require('../../scripts/pid-file.js') as { ourServerRunning: (pid: number) => boolean };

/** A node process that sleeps, its command line holding `marker`. */
function sleeper(marker: string): ChildProcess {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)', marker], { stdio: 'ignore' });
}

const onLinux = process.platform === 'linux' ? test : test.skip;

describe('the recorded dev server pid', () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((c) => c.kill()));

  onLinux('is ours only while a live process runs webpack under it', async () => {
    const server = sleeper('webpack');
    const other = sleeper('something-else');
    children.push(server, other);
    await new Promise((r) => setTimeout(r, 300));
    expect(ourServerRunning(server.pid!)).toBe(true);
    expect(ourServerRunning(other.pid!)).toBe(false);
    expect(ourServerRunning(0)).toBe(false);
    expect(ourServerRunning(Number.NaN)).toBe(false);
    server.kill();
    await new Promise((r) => server.once('exit', r));
    expect(ourServerRunning(server.pid!)).toBe(false);
  });

  onLinux('npm stop leaves a reused pid alone and forgets it', async () => {
    const other = sleeper('something-else');
    children.push(other);
    await new Promise((r) => setTimeout(r, 300));
    const dir = tmpDir('jx-pid-');
    const pidFile = path.join(dir, 'jx.pid');
    fs.writeFileSync(pidFile, JSON.stringify({ mode: 'serve', pid: other.pid, baseUrl: 'http://localhost:1/' }));
    const r = runNode(['scripts/stop.js'], { JX_PID_FILE: pidFile });
    expect(r.stdout).toContain(`The dev server (pid ${other.pid}) is not running any more.`);
    expect(() => process.kill(other.pid!, 0)).not.toThrow(); // still running
    expect(fs.existsSync(pidFile)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
