/**
 * One long operation at a time, cancellable: an AbortController per run, progress for the bar,
 * errors handed to the caller's notice. A cancelled run's late result is ignored.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError, type TaskOptions } from './host';

export interface TaskState {
  readonly label: string;
  /** 0..1, or undefined = indeterminate. */
  readonly progress: number | undefined;
}

export interface Task {
  readonly state: TaskState | null;
  /** Runs `fn`; resolves to its result, or undefined when it failed or was cancelled. */
  run<T>(label: string, fn: (options: TaskOptions) => Promise<T>): Promise<T | undefined>;
  cancel(): void;
}

/**
 * The bar shows progress at most this often. A report of each percent re-rendered the whole page a hundred times
 * while a large workbook was read: ~0.2 s of the UI thread, taken from the workers' cores (the 100,000-project
 * ledger's findings came ~0.2-0.5 s later on 2 cores). Ten times a second still moves the bar smoothly.
 */
export const PROGRESS_INTERVAL_MS = 100;

export function useTask(handlers: { onError(e: unknown): void; onCancelled(): void }): Task {
  const [state, setState] = useState<TaskState | null>(null);
  const current = useRef<AbortController | null>(null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback(
    async <T>(label: string, fn: (options: TaskOptions) => Promise<T>): Promise<T | undefined> => {
      current.current?.abort();
      const ctrl = new AbortController();
      current.current = ctrl;
      setState({ label, progress: undefined });
      // the latest progress, shown once PROGRESS_INTERVAL_MS has passed since the bar last changed
      let shown = performance.now();
      let latest: TaskState | null = null;
      let timer: ReturnType<typeof setTimeout> | null = null;
      const show = (): void => {
        timer = null;
        if (current.current !== ctrl || !latest) return;
        shown = performance.now();
        setState(latest);
        latest = null;
      };
      const onProgress = (p: number | undefined): void => {
        if (current.current !== ctrl) return;
        latest = { label, progress: p === undefined ? undefined : Math.max(0, Math.min(1, p)) };
        if (timer !== null) return;
        const wait = shown + PROGRESS_INTERVAL_MS - performance.now();
        if (wait <= 0) show();
        else timer = setTimeout(show, wait);
      };
      try {
        const result = await fn({ signal: ctrl.signal, onProgress });
        return ctrl.signal.aborted ? undefined : result;
      } catch (e) {
        if (!ctrl.signal.aborted && !isAbortError(e)) handlersRef.current.onError(e);
        else if (current.current === ctrl) handlersRef.current.onCancelled();
        return undefined;
      } finally {
        if (timer !== null) clearTimeout(timer);
        if (current.current === ctrl) {
          current.current = null;
          setState(null);
        }
      }
    },
    []
  );

  const cancel = useCallback(() => {
    const ctrl = current.current;
    if (!ctrl) return;
    current.current = null;
    ctrl.abort();
    setState(null);
    handlersRef.current.onCancelled();
  }, []);

  return { state, run, cancel };
}
