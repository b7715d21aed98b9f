/** Entry of standalone.html: check a workbook and build the 自评表 without Excel, all in the browser. */
import { bootPage } from './boot';
import { workerSession } from './workerSession';

const container = document.getElementById('root');
if (container) {
  // The workbook worker (webpack entry `worker`, dist/worker.js, next to this page). Where workers are
  // missing the work runs in the page itself.
  const session = typeof Worker === 'function' ? workerSession(() => new Worker('worker.js')) : undefined;
  bootPage(container, {
    language: navigator.language,
    prefersDark: typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches,
    session,
  });
  // Started once the page has shown itself: the worker's start (its script, the reader) is then not part of reading the first file.
  if (session) {
    const idle = (window as { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(() => session.warm(), { timeout: 1000 });
    else setTimeout(() => session.warm(), 200);
  }
}
