/**
 * The page's worker is started before the first file (warm): the first read goes to that worker,
 * not to a second one started on the spot; a warm worker that was ended (a cancelled read) is
 * replaced by the next request, and warming a running worker starts nothing.
 */
import type { WorkerRequest, WorkerResponse } from '../../src/standalone/protocol';
import { workerSession } from '../../src/standalone/workerSession';
import { isChunkLoadError } from '../../src/ui/errors';

/** A worker that answers every request `done` at once, and records what it was asked. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly asked: string[] = [];
  terminated = false;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(m: WorkerRequest): void {
    this.asked.push(m.op);
    queueMicrotask(() => this.onmessage?.({ data: { id: m.id, kind: 'done' } } as MessageEvent<WorkerResponse>));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const never = new AbortController().signal;

beforeEach(() => {
  FakeWorker.started = [];
});

test('warm starts the worker once; the first file is read by it', async () => {
  const session = workerSession(() => new FakeWorker() as unknown as Worker);
  expect(FakeWorker.started).toHaveLength(0); // nothing until asked
  session.warm();
  session.warm();
  expect(FakeWorker.started).toHaveLength(1);
  expect(FakeWorker.started[0].asked).toEqual([]); // started, not asked anything
  await session.open(new Uint8Array([1, 2, 3]), 'a.xlsx', { signal: never });
  await session.check({ signal: never });
  expect(FakeWorker.started).toHaveLength(1);
  expect(FakeWorker.started[0].asked).toEqual(['open', 'check']);
});

test('a read cancelled on a warm worker ends it; the next request starts a fresh one', async () => {
  const session = workerSession(() => new FakeWorker() as unknown as Worker);
  session.warm();
  const cancel = new AbortController();
  cancel.abort();
  await expect(session.open(new Uint8Array([1]), 'a.xlsx', { signal: cancel.signal })).rejects.toThrow();
  const stop = new AbortController();
  const reading = session.open(new Uint8Array([1]), 'b.xlsx', { signal: stop.signal });
  stop.abort();
  await expect(reading).rejects.toThrow();
  expect(FakeWorker.started[0].terminated).toBe(true);
  session.warm();
  expect(FakeWorker.started).toHaveLength(2);
  await session.open(new Uint8Array([1]), 'c.xlsx', { signal: never });
  expect(FakeWorker.started[1].asked).toEqual(['open']);
});

test('a chunk the worker could not load comes back as that (the page then says to reload), other failures as before', async () => {
  /** A worker whose every request fails as the worker posts it (standalone/worker.ts). */
  class FailingWorker extends FakeWorker {
    constructor(private readonly failure: Partial<WorkerResponse>) {
      super();
    }
    override postMessage(m: WorkerRequest): void {
      queueMicrotask(() => this.onmessage?.({ data: { id: m.id, kind: 'failed', ...this.failure } } as MessageEvent<WorkerResponse>));
    }
  }
  const detail = "Failed to execute 'importScripts' on 'WorkerGlobalScope': The script at 'http://127.0.0.1/451.18a01284.js' failed to load.";
  const lost = workerSession(() => new FailingWorker({ code: 'ChunkLoadError', detail }) as unknown as Worker);
  const e = await lost.open(new Uint8Array([1]), 'a.xlsx', { signal: never }).catch((x: unknown) => x);
  expect(isChunkLoadError(e)).toBe(true);
  const other = workerSession(() => new FailingWorker({ detail: 'boom' }) as unknown as Worker);
  const f = await other.open(new Uint8Array([1]), 'a.xlsx', { signal: never }).catch((x: unknown) => x);
  expect(isChunkLoadError(f)).toBe(false);
  expect(f).toMatchObject({ code: 'workerFailed', text: { 'zh-CN': '处理工作簿时出错：boom' } });
});

test('a File goes to the worker as it is (the worker reads it, not the UI thread); bytes move with their buffer', async () => {
  const sent: unknown[] = [];
  class Recording extends FakeWorker {
    override postMessage(m: WorkerRequest, transfer?: Transferable[]): void {
      sent.push({ m, transfer });
      super.postMessage(m);
    }
  }
  const session = workerSession(() => new Recording() as unknown as Worker);
  const file = new File(['x'], 'a.xlsx');
  await session.open(file, 'a.xlsx', { signal: never });
  const bytes = new Uint8Array([1, 2]);
  await session.open(bytes, 'b.xlsx', { signal: never });
  expect(sent).toEqual([
    { m: expect.objectContaining({ op: 'open', bytes: file, name: 'a.xlsx' }), transfer: [] },
    { m: expect.objectContaining({ op: 'open', bytes, name: 'b.xlsx' }), transfer: [bytes.buffer] },
  ]);
});
