/** Entry of standalone.html: check a workbook and build the 自评表 without Excel, all in the browser. */
import { bootPage } from './boot';
import { workerSession } from './workerSession';

const container = document.getElementById('root');
if (container) {
  bootPage(container, {
    language: navigator.language,
    prefersDark: typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches,
    // The workbook worker (webpack entry `worker`, dist/worker.js, next to this page). Where workers are
    // missing the work runs in the page itself.
    session: typeof Worker === 'function' ? workerSession(() => new Worker('worker.js')) : undefined,
  });
}
