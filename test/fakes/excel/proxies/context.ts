/**
 * The request context: the queue of actions and `sync()`, which runs them against the workbook in order, counts the
 * sync, measures its request (queued calls/sets) and response (loaded values) as UTF-8 JSON bytes and fails like
 * Excel on the web above the payload limit (5 MB). A failing action fails the whole sync: actions before it stay
 * applied (Excel batches are not transactional), the rest is dropped and no loaded value is delivered.
 */
import { FakeOfficeError, asOfficeError, requestTooLarge, responseTooLarge, ErrorCodes } from '../errors';
import { type Action, type Host, type LoadResult, utf8Length } from './host';
import { ClientObject } from './clientObject';
import { Workbook } from './workbook';

const jsonReplacer = (_k: string, v: unknown): unknown => (v instanceof ClientObject ? `#${v._type}` : v);

export class FakeRequestContext {
  readonly workbook: Workbook;
  readonly id: number;
  /** Syncs made through this context. */
  syncCount = 0;
  _queue: Action[] = [];
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly _host: Host) {
    this.id = _host.nextContextId++;
    this.workbook = new Workbook(this, () => _host.wb);
  }

  _enqueue(a: Action): void {
    this._queue.push(a);
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const host = this._host;
    const actions = this._queue;
    this._queue = [];
    this.syncCount++;
    host.stats.syncs++;
    host.stats.syncsByContext.set(this.id, (host.stats.syncsByContext.get(this.id) ?? 0) + 1);
    const requestBytes = utf8Length(
      JSON.stringify(
        actions.map((a) => a.desc),
        jsonReplacer
      )
    );
    const record = (responseBytes: number, error?: string): void => {
      host.stats.payloads.push({ context: this.id, requestBytes, responseBytes, actions: actions.length, error });
      host.stats.maxPayloadBytes = Math.max(host.stats.maxPayloadBytes, requestBytes, responseBytes);
    };
    await Promise.resolve();
    if (requestBytes > host.payloadLimit) {
      record(0, ErrorCodes.requestPayloadSizeLimitExceeded);
      throw requestTooLarge(requestBytes);
    }
    const loads: LoadResult[] = [];
    let responseBytes = 0;
    for (const a of actions) {
      const where = `${a.desc.type}.${a.desc.name}`;
      try {
        const rule = host.failures.find((f) => f.remaining > 0 && f.match(a.desc));
        if (rule) {
          rule.remaining--;
          throw new FakeOfficeError(rule.code, rule.message);
        }
        const res = a.run();
        if (res) {
          loads.push(res);
          responseBytes += res.bytes;
        }
      } catch (e) {
        const err = asOfficeError(e, where);
        record(responseBytes, err.code);
        throw err;
      }
    }
    if (responseBytes > host.payloadLimit) {
      record(responseBytes, ErrorCodes.responsePayloadSizeLimitExceeded);
      throw responseTooLarge(responseBytes);
    }
    record(responseBytes);
    for (const l of loads) l.commit();
    return passThroughValue;
  }
}
