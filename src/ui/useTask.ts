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
      const onProgress = (p: number | undefined): void => {
        if (current.current === ctrl)
          setState({ label, progress: p === undefined ? undefined : Math.max(0, Math.min(1, p)) });
      };
      try {
        const result = await fn({ signal: ctrl.signal, onProgress });
        return ctrl.signal.aborted ? undefined : result;
      } catch (e) {
        if (!ctrl.signal.aborted && !isAbortError(e)) handlersRef.current.onError(e);
        else if (current.current === ctrl) handlersRef.current.onCancelled();
        return undefined;
      } finally {
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
