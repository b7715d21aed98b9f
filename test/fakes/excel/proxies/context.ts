/**
 * The workbook side of one request: the proxies of one request are made on a context (its `workbook` is the root
 * object), queue their actions on it in request order, and `_execute()` carries them out against the workbook.
 * A failing action stops the batch: actions before it stay applied (Excel batches are not transactional), the rest is
 * dropped and no loaded value is delivered; the error carries the index of the queued action that failed.
 */
import { FakeOfficeError, asOfficeError } from '../errors';
import { type Action, type Host, type LoadResult } from './host';
import { Workbook } from './workbook';

export class FakeRequestContext {
  readonly workbook: Workbook;
  _queue: Action[] = [];

  constructor(readonly _host: Host) {
    this.workbook = new Workbook(this, () => _host.wb);
  }

  _enqueue(a: Action): void {
    this._queue.push(a);
  }

  /** Runs the queued actions in order; on success every load is delivered to its proxy. */
  _execute(): void {
    const actions = this._queue;
    this._queue = [];
    const loads: LoadResult[] = [];
    actions.forEach((a, queueIndex) => {
      try {
        const rule = this._host.failures.find((f) => f.remaining > 0 && f.match(a.desc));
        if (rule) {
          rule.remaining--;
          throw new FakeOfficeError(rule.code, rule.message);
        }
        const res = a.run();
        if (res) loads.push(res);
      } catch (e) {
        const err = asOfficeError(e, `${a.desc.type}.${a.desc.name}`);
        throw Object.assign(err, { queueIndex });
      }
    });
    for (const l of loads) l.commit();
  }
}
