/**
 * The entry of the shared-strings worker (build/strings-worker.cjs, built with the CLI by
 * scripts/build-cli.js; adapters/xlsx/stringsNode.ts starts it): reads the one part it is sent
 * (adapters/xlsx/lateStrings.ts) with native zlib, posts its strings back in batches, then its
 * end, and exits.
 */
import { parentPort } from 'node:worker_threads';
import { nodeInflater } from '../adapters/xlsx/inflateNode';
import { scanStrings, type StringsJob } from '../adapters/xlsx/lateStrings';
import type { StringsReply } from '../adapters/xlsx/stringsNode';

const port = parentPort;
if (port)
  port.once('message', (job: StringsJob) => {
    void scanStrings(job, nodeInflater, (b) => port.postMessage({ t: 'batch', ...b } satisfies StringsReply)).then((end) => {
      port.postMessage({ t: 'end', end } satisfies StringsReply);
      port.close();
    });
  });
