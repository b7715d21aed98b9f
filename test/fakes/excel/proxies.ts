/**
 * Proxy objects of the fake Excel JavaScript API and its request context.
 *
 * Faithful where the adapter relies on it:
 * - every method call, property set and load is queued and only reaches the workbook in `context.sync()`,
 *   in queue order (a load sees the writes queued before it);
 * - reading a scalar property that was neither loaded (and synced) nor set on this proxy throws
 *   PropertyNotLoaded with Excel's message;
 * - `*OrNullObject` gives a proxy whose `isNullObject` is known after the next sync; properties of a null
 *   object read as null, methods and sets on it are ignored, objects derived from it are null too;
 * - a failing action fails the whole `sync()`: actions before it stay applied (Excel batches are not
 *   transactional), the rest of the batch is dropped and no loaded value is delivered;
 * - each sync measures its request (queued calls/sets) and response (loaded values) as UTF-8 JSON bytes and
 *   fails like Excel on the web above the payload limit (5 MB).
 */
import {
  MAX_COLS,
  MAX_ROWS,
  type Rect,
  cellCount,
  fullAddress,
  intersects,
  parseLocal,
  splitSheet,
} from './address';
import {
  FakeOfficeError,
  asOfficeError,
  invalidArgument,
  invalidOperation,
  itemNotFound,
  propertyNotLoaded,
  requestTooLarge,
  responseTooLarge,
  ErrorCodes,
} from './errors';
import {
  type BorderState,
  type CellStyle,
  type ChartState,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type NameState,
  type SheetState,
  type WorkbookState,
  key,
  normalizeColor,
  validSheetName,
} from './state';

// ---------------------------------------------------------------------------------------------
// host, stats, actions

export interface ActionDesc {
  readonly type: string;
  readonly op: 'bind' | 'set' | 'call' | 'load';
  readonly name: string;
  readonly args?: ReadonlyArray<unknown>;
}

export interface SyncRecord {
  /** Which `Excel.run` / context made the sync. */
  readonly context: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly error?: string;
}

export interface FakeStats {
  syncs: number;
  maxPayloadBytes: number;
  payloads: SyncRecord[];
  /** Sync count per context id. */
  syncsByContext: Map<number, number>;
}

export interface FailureRule {
  readonly match: (d: ActionDesc) => boolean;
  readonly code: string;
  readonly message: string;
  remaining: number;
}

export interface Host {
  readonly wb: WorkbookState;
  readonly stats: FakeStats;
  payloadLimit: number;
  readonly failures: FailureRule[];
  nextContextId: number;
}

interface LoadResult {
  bytes: number;
  commit: () => void;
}

interface Action {
  readonly desc: ActionDesc;
  readonly run: () => LoadResult | void;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

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
    const requestBytes = utf8Length(JSON.stringify(actions.map((a) => a.desc), jsonReplacer));
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

// ---------------------------------------------------------------------------------------------
// base proxy

interface PropDef<T> {
  get: (t: T, self: any) => unknown;
  set?: (t: T, v: any, self: any) => void;
}

type Resolver<T> = () => T | null;

export abstract class ClientObject<T = unknown> {
  _target: T | null | undefined = undefined;
  _nullKnown = false;
  readonly _data = new Map<string, unknown>();
  readonly _children = new Map<string, ClientObject<any>>();
  declare _props: Record<string, PropDef<T>>;
  declare _nav: ReadonlyArray<string>;
  abstract readonly _type: string;

  constructor(
    readonly context: FakeRequestContext,
    readonly _resolve: Resolver<T>,
  ) {}

  get isNullObject(): boolean {
    if (!this._nullKnown) throw propertyNotLoaded('isNullObject');
    return this._target === null;
  }

  /** The host object, resolved once (during a sync). Null for a null object. */
  _t(): T | null {
    if (this._target === undefined) {
      this._target = this._resolve();
      this._nullKnown = true;
    }
    const t = this._target as any;
    if (t && ((t.deleted === true) || (t.sheet && t.sheet.deleted === true)))
      throw invalidOperation(`${this._type} was deleted`);
    return this._target;
  }

  _child<C extends ClientObject<any>>(name: string, make: () => C): C {
    let c = this._children.get(name) as C | undefined;
    if (!c) {
      c = make();
      this._children.set(name, c);
    }
    return c;
  }

  /** Queues resolving this proxy (the object path Excel creates for a method returning an object). */
  _bind(name: string, args: ReadonlyArray<unknown> = []): this {
    this.context._enqueue({ desc: { type: this._type, op: 'bind', name, args }, run: () => void this._t() });
    return this;
  }

  _call(name: string, args: ReadonlyArray<unknown>, fn: (t: T) => void): void {
    this.context._enqueue({
      desc: { type: this._type, op: 'call', name, args },
      run: () => {
        const t = this._t();
        if (t !== null) fn(t);
      },
    });
  }

  _readProp(name: string): unknown {
    if (this._data.has(name)) return this._data.get(name);
    if (this._nullKnown && this._target === null) return null;
    throw propertyNotLoaded(name);
  }

  _writeProp(name: string, v: unknown): void {
    const def = this._props[name];
    if (!def.set) throw new TypeError(`Cannot set read-only property '${name}'`);
    this._data.set(name, v);
    const set = def.set;
    this.context._enqueue({
      desc: { type: this._type, op: 'set', name, args: [v] },
      run: () => {
        const t = this._t();
        if (t !== null) set(t, v, this);
      },
    });
  }

  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      if (this._props?.[k]) this._writeProp(k, v);
      else if (this._nav?.includes(k) && v && typeof v === 'object') (this as any)[k].set(v);
      else throw invalidArgument(`unknown property ${k}`);
    }
  }

  load(spec?: string | string[] | { select?: string; expand?: string }): this {
    const paths = normalizePaths(spec);
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    if (paths.length === 0) own.push(...Object.keys(this._props ?? {}));
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length === 0 && this._props?.[head]) own.push(head);
      else if (this._nav?.includes(head)) {
        const list = nested.get(head) ?? [];
        if (rest.length) list.push(rest.join('/'));
        nested.set(head, list);
      } else if (this._props?.[head]) own.push(head);
      else throw invalidArgument(`${this._type} has no property '${p}'`);
    }
    if (own.length || paths.length === 0) this._queueLoad(own);
    for (const [nav, sub] of nested) ((this as any)[nav] as ClientObject<any>).load(sub);
    return this;
  }

  _queueLoad(props: string[]): void {
    this.context._enqueue({
      desc: { type: this._type, op: 'load', name: props.join(',') },
      run: () => {
        const t = this._t();
        if (t === null) return { bytes: 4, commit: () => undefined };
        const out: Record<string, unknown> = {};
        for (const p of props) out[p] = this._props[p].get(t, this);
        const bytes = utf8Length(JSON.stringify(out));
        return { bytes, commit: () => Object.entries(out).forEach(([k, v]) => this._data.set(k, v)) };
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._data);
  }
}

function normalizePaths(spec?: string | string[] | { select?: string; expand?: string }): string[] {
  if (spec === undefined || spec === null) return [];
  let list: string[];
  if (typeof spec === 'string') list = spec.split(',');
  else if (Array.isArray(spec)) list = spec.flatMap((s) => s.split(','));
  else list = [...(spec.select ?? '').split(','), ...(spec.expand ?? '').split(',')];
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

function defineProps<T>(cls: { prototype: any }, defs: Record<string, PropDef<T>>, nav: string[] = []): void {
  cls.prototype._props = defs;
  cls.prototype._nav = nav;
  for (const name of Object.keys(defs)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject<T>) {
        return this._readProp(name);
      },
      set(this: ClientObject<T>, v: unknown) {
        this._writeProp(name, v);
      },
    });
  }
}

/** A collection proxy: `items` after `load('items/...')` (or `load('prop')`, which Excel applies to the items). */
abstract class Collection<T, I, P extends ClientObject<I>> extends ClientObject<T> {
  _items: P[] | undefined;
  abstract _list(t: T): I[];
  abstract _wrap(i: I): P;

  get items(): P[] {
    if (this._items === undefined) {
      if (this._nullKnown && this._target === null) return [];
      throw propertyNotLoaded('items');
    }
    return this._items;
  }

  override load(spec?: string | string[] | { select?: string; expand?: string }): this {
    const paths = normalizePaths(spec).map((p) => (p.startsWith('items/') ? p.slice(6) : p));
    const filtered = paths.filter((p) => p !== 'items');
    this.context._enqueue({
      desc: { type: this._type, op: 'load', name: filtered.join(',') || 'items' },
      run: () => {
        const t = this._t();
        if (t === null) return { bytes: 4, commit: () => undefined };
        const wrapped = this._list(t).map((i) => {
          const p = this._wrap(i);
          p._target = i;
          p._nullKnown = true;
          return p;
        });
        // Load each item's properties now (same point in the queue), collecting their sizes.
        let bytes = 2;
        const commits: Array<() => void> = [];
        for (const p of wrapped) {
          if (filtered.some((x) => x.includes('/'))) throw invalidArgument(`the fake loads only scalar item properties (${filtered.join(',')})`);
          const own = filtered.length ? filtered : Object.keys(p._props ?? {});
          const out: Record<string, unknown> = {};
          for (const prop of own) {
            const def = p._props?.[prop];
            if (!def) throw invalidArgument(`${p._type} has no property '${prop}'`);
            out[prop] = def.get(targetOf(p), p);
          }
          bytes += utf8Length(JSON.stringify(out)) + 1;
          commits.push(() => Object.entries(out).forEach(([k, v]) => p._data.set(k, v)));
        }
        return {
          bytes,
          commit: () => {
            this._items = wrapped;
            commits.forEach((c) => c());
          },
        };
      },
    });
    return this;
  }
}

function targetOf<I>(p: ClientObject<I>): I {
  return p._target as I;
}

// ---------------------------------------------------------------------------------------------
// workbook, worksheets

export class Workbook extends ClientObject<WorkbookState> {
  readonly _type = 'Workbook';
  get worksheets(): WorksheetCollection {
    return this._child('worksheets', () => new WorksheetCollection(this.context, () => this._t()));
  }
  get names(): NamedItemCollection {
    return this._child('names', () => new NamedItemCollection(this.context, () => this._t()));
  }
  get notes(): NoteCollection {
    return this._child('notes', () => new NoteCollection(this.context, () => {
      const wb = this._t();
      return wb ? { wb, sheet: null } : null;
    }));
  }
  getSelectedRange(): Range {
    return new Range(this.context, () => {
      const wb = this._t();
      if (!wb?.selection) throw invalidOperation('no selection');
      return { sheet: wb.selection.sheet, rect: { ...wb.selection.rect } };
    })._bind('getSelectedRange');
  }
  getActiveCell(): Range {
    return new Range(this.context, () => {
      const wb = this._t();
      if (!wb?.selection) throw invalidOperation('no selection');
      const r = wb.selection.rect;
      return { sheet: wb.selection.sheet, rect: { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 } };
    })._bind('getActiveCell');
  }
}
defineProps<WorkbookState>(Workbook, {}, ['worksheets', 'names', 'notes']);

function visibleSheets(wb: WorkbookState): SheetState[] {
  return wb.sheets.filter((s) => s.visibility === 'Visible');
}

export class WorksheetCollection extends Collection<WorkbookState, SheetState, Worksheet> {
  readonly _type = 'WorksheetCollection';
  _list(t: WorkbookState): SheetState[] {
    return t.sheets;
  }
  _wrap(s: SheetState): Worksheet {
    return new Worksheet(this.context, () => s);
  }
  add(name?: string): Worksheet {
    let created: SheetState | undefined;
    this._call('add', [name], (wb) => {
      let n = name;
      if (n === undefined) {
        let k = wb.sheets.length + 1;
        while (wb.findSheet(`Sheet${k}`)) k++;
        n = `Sheet${k}`;
      }
      if (!validSheetName(n)) throw invalidArgument(`bad sheet name ${n}`);
      if (wb.findSheet(n))
        throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, 'A resource with the same name or identifier already exists.');
      created = wb.addSheet(n);
    });
    return new Worksheet(this.context, () => {
      if (!created) throw new FakeOfficeError(ErrorCodes.generalException, 'worksheet was not added');
      return created;
    });
  }
  private find(wb: WorkbookState, k: string): SheetState | undefined {
    return wb.findSheet(k) ?? wb.sheets.find((s) => s.id === k);
  }
  getItem(k: string): Worksheet {
    return new Worksheet(this.context, () => {
      const wb = this._t();
      const s = wb && this.find(wb, k);
      if (!s) throw itemNotFound(`worksheet ${k}`);
      return s;
    })._bind('getItem', [k]);
  }
  getItemOrNullObject(k: string): Worksheet {
    return new Worksheet(this.context, () => {
      const wb = this._t();
      return (wb && this.find(wb, k)) ?? null;
    })._bind('getItemOrNullObject', [k]);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => {
      const wb = this._t();
      if (!wb?.activeSheet) throw itemNotFound('active worksheet');
      return wb.activeSheet;
    })._bind('getActiveWorksheet');
  }
  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => {
      const wb = this._t();
      const s = wb && (visibleOnly ? visibleSheets(wb) : wb.sheets)[0];
      if (!s) throw itemNotFound('first worksheet');
      return s;
    })._bind('getFirst', [visibleOnly]);
  }
  getCount(): { value: number } {
    const result: { value?: number } = {};
    this.context._enqueue({
      desc: { type: this._type, op: 'load', name: 'getCount' },
      run: () => {
        const n = this._t()?.sheets.length ?? 0;
        return { bytes: String(n).length, commit: () => void (result.value = n) };
      },
    });
    return {
      get value(): number {
        if (result.value === undefined) throw propertyNotLoaded('value');
        return result.value;
      },
    };
  }
}
defineProps<WorkbookState>(WorksheetCollection, {});

export class Worksheet extends ClientObject<SheetState> {
  readonly _type = 'Worksheet';
  private wb(): WorkbookState {
    return this.context._host.wb;
  }
  get charts(): ChartCollection {
    return this._child('charts', () => new ChartCollection(this.context, () => this._t()));
  }
  get pageLayout(): PageLayout {
    return this._child('pageLayout', () => new PageLayout(this.context, () => this._t()));
  }
  get freezePanes(): FreezePanes {
    return this._child('freezePanes', () => new FreezePanes(this.context, () => this._t()));
  }
  get notes(): NoteCollection {
    return this._child('notes', () => new NoteCollection(this.context, () => {
      const s = this._t();
      return s ? { wb: this.wb(), sheet: s } : null;
    }));
  }
  activate(): void {
    this._call('activate', [], (s) => {
      if (s.visibility !== 'Visible') throw invalidOperation('cannot activate a hidden sheet');
      const wb = this.wb();
      wb.activeSheet = s;
      wb.selection = { sheet: s, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
  delete(): void {
    this._call('delete', [], (s) => {
      const wb = this.wb();
      const visible = visibleSheets(wb);
      if (s.visibility === 'Visible' && visible.length === 1) throw invalidOperation('a workbook must keep one visible sheet');
      wb.sheets = wb.sheets.filter((x) => x !== s);
      s.deleted = true;
      if (wb.activeSheet === s) {
        const next = visibleSheets(wb)[0] ?? null;
        wb.activeSheet = next;
        wb.selection = next ? { sheet: next, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } } : null;
      }
    });
  }
  getRange(address?: string): Range {
    return new Range(this.context, () => {
      const s = this._t();
      if (!s) return null;
      if (address === undefined || address === '') return { sheet: s, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
      const { sheet, local } = splitSheet(address);
      if (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()) throw invalidArgument(`address ${address} is on another sheet`);
      try {
        return { sheet: s, rect: parseLocal(local) };
      } catch {
        throw invalidArgument(`bad address ${address}`);
      }
    })._bind('getRange', [address]);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, () => {
      const s = this._t();
      if (!s) return null;
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) throw invalidArgument('getRangeByIndexes');
      const rect = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
      if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) throw invalidArgument('getRangeByIndexes out of the sheet');
      return { sheet: s, rect };
    })._bind('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount]);
  }
  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const s = this._t();
      if (!s) return null;
      return { sheet: s, rect: s.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    })._bind('getUsedRange', [valuesOnly]);
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const s = this._t();
      const rect = s?.usedRect(valuesOnly);
      return s && rect ? { sheet: s, rect } : null;
    })._bind('getUsedRangeOrNullObject', [valuesOnly]);
  }
  private neighbour(dir: 1 | -1, visibleOnly: boolean): SheetState | null {
    const s = this._t();
    if (!s) return null;
    const list = visibleOnly ? visibleSheets(this.wb()) : this.wb().sheets;
    const idx = list.indexOf(s);
    return list[idx + dir] ?? null;
  }
  getNextOrNullObject(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => this.neighbour(1, visibleOnly))._bind('getNextOrNullObject', [visibleOnly]);
  }
  getNext(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => {
      const n = this.neighbour(1, visibleOnly);
      if (!n) throw itemNotFound('next worksheet');
      return n;
    })._bind('getNext', [visibleOnly]);
  }
}

defineProps<SheetState>(
  Worksheet,
  {
    name: {
      get: (s) => s.name,
      set: (s, v: string, self: Worksheet) => {
        const wb = (self as any).wb() as WorkbookState;
        if (!validSheetName(v)) throw invalidArgument(`bad sheet name ${v}`);
        const other = wb.findSheet(v);
        if (other && other !== s) throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, 'A resource with the same name or identifier already exists.');
        s.name = v;
      },
    },
    id: { get: (s) => s.id },
    position: {
      get: (s, self: Worksheet) => self.context._host.wb.sheets.indexOf(s),
      set: (s, v: number, self: Worksheet) => {
        const wb = self.context._host.wb;
        const rest = wb.sheets.filter((x) => x !== s);
        const at = Math.max(0, Math.min(rest.length, v));
        rest.splice(at, 0, s);
        wb.sheets = rest;
      },
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, v: string, self: Worksheet) => {
        if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw invalidArgument(`visibility ${v}`);
        const wb = self.context._host.wb;
        if (v !== 'Visible' && s.visibility === 'Visible') {
          if (visibleSheets(wb).length === 1) throw invalidOperation('a workbook must keep one visible sheet');
          s.visibility = v;
          if (wb.activeSheet === s) {
            const next = visibleSheets(wb)[0];
            wb.activeSheet = next;
            wb.selection = { sheet: next, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
          }
        } else s.visibility = v;
      },
    },
    tabColor: { get: () => '', set: () => undefined },
  },
  ['charts', 'pageLayout', 'freezePanes', 'notes'],
);

// ---------------------------------------------------------------------------------------------
// ranges

export interface RangeT {
  sheet: SheetState;
  rect: Rect;
}

const MAX_CELLS_PER_ARRAY = 5_000_000;

function forCells(t: RangeT, f: (r: number, c: number) => void): void {
  const { r0, c0, r1, c1 } = t.rect;
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) f(r, c);
}

function matrix<V>(t: RangeT, f: (r: number, c: number) => V): V[][] {
  if (cellCount(t.rect) > MAX_CELLS_PER_ARRAY) throw invalidArgument('range too large to read');
  const out: V[][] = [];
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    const row: V[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

/** Applies a scalar (to every cell) or a 2D array of the range's exact size. */
function applyInput(t: RangeT, v: unknown, f: (r: number, c: number, x: unknown) => void): void {
  const rows = t.rect.r1 - t.rect.r0 + 1;
  const cols = t.rect.c1 - t.rect.c0 + 1;
  if (Array.isArray(v)) {
    if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))
      throw invalidArgument(
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) f(t.rect.r0 + r, t.rect.c0 + c, v[r][c]);
  } else {
    if (rows * cols > MAX_CELLS_PER_ARRAY) throw invalidArgument('range too large to write');
    forCells(t, (r, c) => f(r, c, v));
  }
}

function cellValue(s: SheetState, r: number, c: number): unknown {
  const v = s.getValue(r, c);
  return v === undefined ? '' : v;
}

function uniform<V>(t: RangeT, f: (r: number, c: number) => V): V | null {
  let first: V | undefined;
  let set = false;
  let same = true;
  if (cellCount(t.rect) > MAX_CELLS_PER_ARRAY) return null;
  forCells(t, (r, c) => {
    if (!same) return;
    const v = f(r, c);
    if (!set) {
      first = v;
      set = true;
    } else if (v !== first) same = false;
  });
  return same ? (first as V) : null;
}

export class Range extends ClientObject<RangeT> {
  readonly _type = 'Range';
  private derived(name: string, args: unknown[], f: (t: RangeT) => RangeT): Range {
    return new Range(this.context, () => {
      const t = this._t();
      if (!t) return null;
      const out = f(t);
      const r = out.rect;
      if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS || r.r1 < r.r0 || r.c1 < r.c0)
        throw invalidArgument(`${name} outside the sheet`);
      return out;
    })._bind(name, args);
  }
  get format(): RangeFormat {
    return this._child('format', () => new RangeFormat(this.context, () => this._t()));
  }
  get dataValidation(): DataValidation {
    return this._child('dataValidation', () => new DataValidation(this.context, () => this._t()));
  }
  get worksheet(): Worksheet {
    return this._child('worksheet', () => new Worksheet(this.context, () => this._t()?.sheet ?? null));
  }
  getCell(row: number, column: number): Range {
    return this.derived('getCell', [row, column], (t) => ({
      sheet: t.sheet,
      rect: { r0: t.rect.r0 + row, c0: t.rect.c0 + column, r1: t.rect.r0 + row, c1: t.rect.c0 + column },
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], (t) => ({
      sheet: t.sheet,
      rect: { r0: t.rect.r0 + rowOffset, c0: t.rect.c0 + columnOffset, r1: t.rect.r1 + rowOffset, c1: t.rect.c1 + columnOffset },
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, r1: t.rect.r1 + deltaRows, c1: t.rect.c1 + deltaColumns },
    }));
  }
  getRow(row: number): Range {
    return this.derived('getRow', [row], (t) => ({ sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r0 + row, r1: t.rect.r0 + row } }));
  }
  getColumn(column: number): Range {
    return this.derived('getColumn', [column], (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, c0: t.rect.c0 + column, c1: t.rect.c0 + column },
    }));
  }
  getEntireColumn(): Range {
    return this.derived('getEntireColumn', [], (t) => ({ sheet: t.sheet, rect: { ...t.rect, r0: 0, r1: MAX_ROWS - 1 } }));
  }
  getEntireRow(): Range {
    return this.derived('getEntireRow', [], (t) => ({ sheet: t.sheet, rect: { ...t.rect, c0: 0, c1: MAX_COLS - 1 } }));
  }
  merge(across = false): void {
    this._call('merge', [across], (t) => {
      if (across) {
        for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.addMerge({ r0: r, r1: r, c0: t.rect.c0, c1: t.rect.c1 });
      } else t.sheet.addMerge(t.rect);
    });
  }
  unmerge(): void {
    this._call('unmerge', [], (t) => t.sheet.removeMerges(t.rect));
  }
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this.context, () => {
      const t = this._t();
      if (!t) return null;
      const rects = t.sheet.merges.filter((m) => intersects(m, t.rect)).map((m) => ({ ...m }));
      rects.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
      return rects.length ? { sheet: t.sheet, rects } : null;
    })._bind('getMergedAreasOrNullObject');
  }
  select(): void {
    this._call('select', [], (t) => {
      const wb = this.context._host.wb;
      if (wb.activeSheet !== t.sheet)
        throw new FakeOfficeError(ErrorCodes.invalidSelection, 'The current selection is invalid for this operation.');
      wb.selection = { sheet: t.sheet, rect: { ...t.rect } };
    });
  }
  clear(applyTo: string = 'All'): void {
    this._call('clear', [applyTo], (t) => {
      const contents = applyTo === 'All' || applyTo === 'Contents';
      const formats = applyTo === 'All' || applyTo === 'Formats';
      forCells(t, (r, c) => {
        if (contents) {
          t.sheet.setRawValue(r, c, undefined);
          t.sheet.setFormula(r, c, undefined);
        }
        if (formats) {
          t.sheet.setNumFmt(r, c, 'General');
          t.sheet.styles.delete(key(r, c));
        }
      });
    });
  }
}

defineProps<RangeT>(
  Range,
  {
    address: { get: (t) => fullAddress(t.sheet.name, t.rect) },
    addressLocal: { get: (t) => fullAddress(t.sheet.name, t.rect) },
    rowIndex: { get: (t) => t.rect.r0 },
    columnIndex: { get: (t) => t.rect.c0 },
    rowCount: { get: (t) => t.rect.r1 - t.rect.r0 + 1 },
    columnCount: { get: (t) => t.rect.c1 - t.rect.c0 + 1 },
    cellCount: { get: (t) => cellCount(t.rect) },
    values: {
      get: (t) => matrix(t, (r, c) => cellValue(t.sheet, r, c)),
      set: (t, v) => applyInput(t, v, (r, c, x) => t.sheet.input(r, c, x)),
    },
    formulas: {
      get: (t) => matrix(t, (r, c) => t.sheet.getFormula(r, c) ?? cellValue(t.sheet, r, c)),
      set: (t, v) => applyInput(t, v, (r, c, x) => t.sheet.input(r, c, x)),
    },
    numberFormat: {
      get: (t) => matrix(t, (r, c) => t.sheet.getNumFmt(r, c)),
      set: (t, v) =>
        applyInput(t, v, (r, c, x) => {
          if (x === null || x === undefined) return;
          if (typeof x !== 'string') throw invalidArgument('numberFormat must be text');
          t.sheet.setNumFmt(r, c, x);
        }),
    },
    text: {
      get: (t) =>
        matrix(t, (r, c) => {
          const v = t.sheet.getValue(r, c);
          return v === undefined ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
        }),
    },
  },
  ['format', 'dataValidation', 'worksheet'],
);

export interface AreasT {
  sheet: SheetState;
  rects: Rect[];
}

export class RangeAreas extends ClientObject<AreasT> {
  readonly _type = 'RangeAreas';
  get areas(): RangeCollection {
    return this._child('areas', () => new RangeCollection(this.context, () => this._t()));
  }
}
defineProps<AreasT>(
  RangeAreas,
  {
    address: { get: (t) => t.rects.map((r) => fullAddress(t.sheet.name, r)).join(',') },
    areaCount: { get: (t) => t.rects.length },
    cellCount: { get: (t) => t.rects.reduce((n, r) => n + cellCount(r), 0) },
  },
  ['areas'],
);

export class RangeCollection extends Collection<AreasT, RangeT, Range> {
  readonly _type = 'RangeCollection';
  _list(t: AreasT): RangeT[] {
    return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
  }
  _wrap(r: RangeT): Range {
    return new Range(this.context, () => r);
  }
}
defineProps<AreasT>(RangeCollection, {});

// ---------------------------------------------------------------------------------------------
// formats

function checkFormatSize(t: RangeT): void {
  if (cellCount(t.rect) > MAX_CELLS_PER_ARRAY) throw invalidArgument('the fake does not model formatting this many cells (except the whole-sheet font)');
}

function isWholeSheet(t: RangeT): boolean {
  return t.rect.r0 === 0 && t.rect.c0 === 0 && t.rect.r1 === MAX_ROWS - 1 && t.rect.c1 === MAX_COLS - 1;
}

function styleSetter(apply: (s: CellStyle, v: any) => void) {
  return (t: RangeT, v: any): void => {
    checkFormatSize(t);
    forCells(t, (r, c) => t.sheet.updateStyle(r, c, (s) => apply(s, v)));
  };
}

export class RangeFormat extends ClientObject<RangeT> {
  readonly _type = 'RangeFormat';
  get fill(): RangeFill {
    return this._child('fill', () => new RangeFill(this.context, () => this._t()));
  }
  get font(): RangeFont {
    return this._child('font', () => new RangeFont(this.context, () => this._t()));
  }
  get borders(): RangeBorderCollection {
    return this._child('borders', () => new RangeBorderCollection(this.context, () => this._t()));
  }
  autofitRows(): void {
    this._call('autofitRows', [], (t) => void (t.sheet.autofitRows += t.rect.r1 - t.rect.r0 + 1));
  }
  autofitColumns(): void {
    this._call('autofitColumns', [], () => undefined);
  }
}
const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
defineProps<RangeT>(
  RangeFormat,
  {
    horizontalAlignment: {
      get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.hAlign ?? 'General'),
      set: (t, v: string) => {
        if (!H_ALIGN.includes(v)) throw invalidArgument(`horizontalAlignment ${v}`);
        styleSetter((s) => void (s.hAlign = v === 'General' ? undefined : v))(t, v);
      },
    },
    verticalAlignment: {
      get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.vAlign ?? 'Bottom'),
      set: (t, v: string) => {
        if (!V_ALIGN.includes(v)) throw invalidArgument(`verticalAlignment ${v}`);
        styleSetter((s) => void (s.vAlign = v === 'Bottom' ? undefined : v))(t, v);
      },
    },
    wrapText: {
      get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.wrap ?? false),
      set: styleSetter((s, v: boolean) => void (s.wrap = v ? true : undefined)),
    },
    indentLevel: {
      get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.indent ?? 0),
      set: styleSetter((s, v: number) => void (s.indent = v ? v : undefined)),
    },
    rowHeight: {
      get: (t) => {
        let h: number | null | undefined;
        for (let r = t.rect.r0; r <= Math.min(t.rect.r1, t.rect.r0 + 100000); r++) {
          const x = t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
          if (h === undefined) h = x;
          else if (h !== x) return null;
        }
        return h;
      },
      set: (t, v: number) => {
        if (!(v >= 0 && v <= 409)) throw invalidArgument(`rowHeight ${v}`);
        for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, v);
      },
    },
    columnWidth: {
      get: (t) => {
        let w: number | null | undefined;
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          const x = t.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
          if (w === undefined) w = x;
          else if (w !== x) return null;
        }
        return w;
      },
      set: (t, v: number) => {
        if (!(v >= 0 && v <= 1800)) throw invalidArgument(`columnWidth ${v}`);
        for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.colWidths.set(c, v);
      },
    },
  },
  ['fill', 'font', 'borders'],
);

const FILL_PATTERNS = ['None', 'Solid', 'Gray50', 'Gray75', 'Gray25', 'Horizontal', 'Vertical', 'Down', 'Up', 'Checker', 'SemiGray75', 'LightHorizontal', 'LightVertical', 'LightDown', 'LightUp', 'Grid', 'CrissCross', 'Gray16', 'Gray8', 'LinearGradient', 'RectangularGradient'];

export class RangeFill extends ClientObject<RangeT> {
  readonly _type = 'RangeFill';
  clear(): void {
    this._call('clear', [], (t) => {
      checkFormatSize(t);
      forCells(t, (r, c) => t.sheet.updateStyle(r, c, (s) => void (s.fill = undefined)));
    });
  }
}
defineProps<RangeT>(RangeFill, {
  // Excel reports "no fill" as white; only `pattern` ("None") tells it apart from a white fill.
  color: {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.fill?.color ?? '#FFFFFF'),
    set: (t, v: string) => {
      const color = normalizeColor(v);
      styleSetter((s) => {
        const pattern = s.fill && s.fill.pattern !== 'None' ? s.fill.pattern : 'Solid';
        s.fill = { ...s.fill, color, pattern };
      })(t, v);
    },
  },
  pattern: {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.fill?.pattern ?? 'None'),
    set: (t, v: string) => {
      if (!FILL_PATTERNS.includes(v)) throw invalidArgument(`pattern ${v}`);
      styleSetter((s) => {
        if (v === 'None') s.fill = undefined;
        else s.fill = { color: s.fill?.color ?? '#FFFFFF', ...s.fill, pattern: v };
      })(t, v);
    },
  },
  patternColor: {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.fill?.patternColor ?? '#000000'),
    set: (t, v: string) => {
      const pc = normalizeColor(v);
      styleSetter((s) => {
        if (s.fill) s.fill = { ...s.fill, patternColor: pc };
      })(t, v);
    },
  },
});

export class RangeFont extends ClientObject<RangeT> {
  readonly _type = 'RangeFont';
}
function fontProp<K extends 'name' | 'size' | 'bold' | 'italic' | 'color'>(k: K, dflt: (s: SheetState) => unknown, check?: (v: any) => any): PropDef<RangeT> {
  return {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.font?.[k] ?? dflt(t.sheet)),
    set: (t, raw: any) => {
      const v = check ? check(raw) : raw;
      if (isWholeSheet(t) && (k === 'name' || k === 'size')) {
        (t.sheet.defaultFont as any)[k] = v;
        for (const s of t.sheet.styles.values()) if (s.font) s.font[k] = undefined;
        return;
      }
      styleSetter((s) => void (s.font = { ...s.font, [k]: v }))(t, v);
    },
  };
}
defineProps<RangeT>(RangeFont, {
  name: fontProp('name', (s) => s.defaultFont.name, (v) => {
    if (typeof v !== 'string' || !v) throw invalidArgument('font name');
    return v;
  }),
  size: fontProp('size', (s) => s.defaultFont.size, (v) => {
    if (typeof v !== 'number' || v < 1 || v > 409) throw invalidArgument('font size');
    return v;
  }),
  bold: fontProp('bold', () => false, (v) => !!v),
  italic: fontProp('italic', () => false, (v) => !!v),
  color: fontProp('color', () => '#000000', (v) => normalizeColor(v)),
});

type Side = 'top' | 'bottom' | 'left' | 'right';
interface BorderT extends RangeT {
  index: string;
}
const BORDER_INDEX = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

/** The cell sides a border index stands for, over a range. */
function borderCells(t: BorderT): Array<[number, number, Side]> {
  const out: Array<[number, number, Side]> = [];
  const { r0, c0, r1, c1 } = t.rect;
  switch (t.index) {
    case 'EdgeTop':
      for (let c = c0; c <= c1; c++) out.push([r0, c, 'top']);
      break;
    case 'EdgeBottom':
      for (let c = c0; c <= c1; c++) out.push([r1, c, 'bottom']);
      break;
    case 'EdgeLeft':
      for (let r = r0; r <= r1; r++) out.push([r, c0, 'left']);
      break;
    case 'EdgeRight':
      for (let r = r0; r <= r1; r++) out.push([r, c1, 'right']);
      break;
    case 'InsideHorizontal':
      for (let r = r0; r < r1; r++)
        for (let c = c0; c <= c1; c++) {
          out.push([r, c, 'bottom']);
          out.push([r + 1, c, 'top']);
        }
      break;
    case 'InsideVertical':
      for (let r = r0; r <= r1; r++)
        for (let c = c0; c < c1; c++) {
          out.push([r, c, 'right']);
          out.push([r, c + 1, 'left']);
        }
      break;
    default:
      break; // diagonals are not modelled
  }
  return out;
}

export class RangeBorderCollection extends ClientObject<RangeT> {
  readonly _type = 'RangeBorderCollection';
  getItem(index: string): RangeBorder {
    if (!BORDER_INDEX.includes(index)) throw invalidArgument(`border index ${index}`);
    return this._child(`item:${index}`, () => new RangeBorder(this.context, () => {
      const t = this._t();
      return t ? { ...t, index } : null;
    }));
  }
}
defineProps<RangeT>(RangeBorderCollection, {});

export class RangeBorder extends ClientObject<BorderT> {
  readonly _type = 'RangeBorder';
}
const NO_BORDER: BorderState = { style: 'None', weight: 'Thin', color: '#000000' };
function borderProp(k: keyof BorderState, check: (v: any) => string): PropDef<BorderT> {
  return {
    get: (t) => {
      const cells = borderCells(t);
      let first: string | undefined;
      for (const [r, c, side] of cells) {
        const v = (t.sheet.getStyle(r, c)?.borders?.[side] ?? NO_BORDER)[k];
        if (first === undefined) first = v;
        else if (first !== v) return null;
      }
      return first ?? NO_BORDER[k];
    },
    set: (t, raw) => {
      const v = check(raw);
      checkFormatSize(t);
      for (const [r, c, side] of borderCells(t))
        t.sheet.updateStyle(r, c, (s) => {
          const b = { ...(s.borders ?? {}) };
          if (k === 'style' && v === 'None') b[side] = undefined;
          else b[side] = { ...(b[side] ?? { style: 'Continuous', weight: 'Thin', color: '#000000' }), [k]: v };
          s.borders = b;
        });
    },
  };
}
defineProps<BorderT>(RangeBorder, {
  style: borderProp('style', (v) => {
    if (!['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'].includes(v)) throw invalidArgument(`border style ${v}`);
    return v;
  }),
  weight: borderProp('weight', (v) => {
    if (!['Hairline', 'Thin', 'Medium', 'Thick'].includes(v)) throw invalidArgument(`border weight ${v}`);
    return v;
  }),
  color: borderProp('color', (v) => normalizeColor(v)),
});

// ---------------------------------------------------------------------------------------------
// data validation

export class DataValidation extends ClientObject<RangeT> {
  readonly _type = 'DataValidation';
  clear(): void {
    this._call('clear', [], (t) => t.sheet.setValidation(t.rect, null));
  }
}
function validationAt(t: RangeT): Record<string, unknown> | null {
  const hits = t.sheet.validations.filter((v) => intersects(v.rect, t.rect));
  if (hits.length !== 1) return null;
  const h = hits[0];
  if (!(h.rect.r0 <= t.rect.r0 && h.rect.c0 <= t.rect.c0 && h.rect.r1 >= t.rect.r1 && h.rect.c1 >= t.rect.c1)) return null;
  return h.rule;
}
defineProps<RangeT>(DataValidation, {
  rule: {
    get: (t) => validationAt(t) ?? {},
    set: (t, v: Record<string, unknown>) => {
      const keys = Object.keys(v ?? {});
      if (keys.length !== 1) throw invalidArgument('a data-validation rule has exactly one kind');
      const list = v.list as { inCellDropDown?: boolean; source?: unknown } | undefined;
      if (list) {
        if (typeof list.source !== 'string' || list.source.length === 0) throw invalidArgument('list source');
        if (list.source.length > 255) throw invalidArgument('list source longer than 255 characters');
        t.sheet.setValidation(t.rect, { list: { inCellDropDown: list.inCellDropDown !== false, source: list.source } });
      } else t.sheet.setValidation(t.rect, v);
    },
  },
  type: {
    get: (t) => {
      const rule = validationAt(t);
      if (!rule) return t.sheet.validations.some((v) => intersects(v.rect, t.rect)) ? 'MixedCriteria' : 'None';
      return Object.keys(rule)[0] === 'list' ? 'List' : Object.keys(rule)[0];
    },
  },
  valid: { get: () => true },
});

// ---------------------------------------------------------------------------------------------
// page layout, freeze panes, charts

export class PageLayout extends ClientObject<SheetState> {
  readonly _type = 'PageLayout';
  private rectOf(s: SheetState, area: unknown): Rect {
    if (area instanceof Range) {
      const t = area._t();
      if (!t || t.sheet !== s) throw invalidArgument('print range on another sheet');
      return t.rect;
    }
    if (typeof area !== 'string') throw invalidArgument('print area');
    const { sheet, local } = splitSheet(area);
    if (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()) throw invalidArgument('print area on another sheet');
    try {
      return parseLocal(local);
    } catch {
      throw invalidArgument(`print area ${area}`);
    }
  }
  setPrintArea(area: Range | string): void {
    this._call('setPrintArea', [area], (s) => void (s.printArea = this.rectOf(s, area)));
  }
  setPrintTitleRows(rows: Range | string): void {
    this._call('setPrintTitleRows', [rows], (s) => {
      const r = this.rectOf(s, rows);
      if (r.c0 !== 0 || r.c1 !== MAX_COLS - 1) throw invalidArgument('print title rows must be entire rows');
      s.printTitleRows = { r0: r.r0, r1: r.r1 };
    });
  }
}
const PAPER = ['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5'];
function pageProp<K extends keyof SheetState['page']>(k: K, check: (v: any) => boolean): PropDef<SheetState> {
  return {
    get: (s) => (typeof s.page[k] === 'object' ? { ...(s.page[k] as object) } : s.page[k]),
    set: (s, v) => {
      if (!check(v)) throw invalidArgument(`pageLayout.${k} = ${JSON.stringify(v)}`);
      s.page[k] = (typeof v === 'object' ? { ...v } : v) as SheetState['page'][K];
    },
  };
}
const margin = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v < 1000;
defineProps<SheetState>(PageLayout, {
  orientation: pageProp('orientation', (v) => v === 'Portrait' || v === 'Landscape'),
  paperSize: pageProp('paperSize', (v) => PAPER.includes(v)),
  centerHorizontally: pageProp('centerHorizontally', (v) => typeof v === 'boolean'),
  centerVertically: pageProp('centerVertically', (v) => typeof v === 'boolean'),
  leftMargin: pageProp('leftMargin', margin),
  rightMargin: pageProp('rightMargin', margin),
  topMargin: pageProp('topMargin', margin),
  bottomMargin: pageProp('bottomMargin', margin),
  headerMargin: pageProp('headerMargin', margin),
  footerMargin: pageProp('footerMargin', margin),
  printGridlines: pageProp('printGridlines', (v) => typeof v === 'boolean'),
  zoom: pageProp('zoom', (v) => {
    if (!v || typeof v !== 'object') return false;
    const ok = (x: unknown): boolean => x === undefined || (Number.isInteger(x) && (x as number) >= 0);
    return ok(v.horizontalFitToPages) && ok(v.verticalFitToPages) && (v.scale === undefined || (v.scale >= 10 && v.scale <= 400));
  }),
});

export class FreezePanes extends ClientObject<SheetState> {
  readonly _type = 'WorksheetFreezePanes';
  freezeRows(count = 1): void {
    this._call('freezeRows', [count], (s) => {
      if (!Number.isInteger(count) || count < 0) throw invalidArgument('freezeRows');
      s.frozenRows = count;
    });
  }
  unfreeze(): void {
    this._call('unfreeze', [], (s) => void (s.frozenRows = 0));
  }
}
defineProps<SheetState>(FreezePanes, {});

export class ChartCollection extends Collection<SheetState, ChartState, Chart> {
  readonly _type = 'ChartCollection';
  _list(s: SheetState): ChartState[] {
    return s.charts;
  }
  _wrap(c: ChartState): Chart {
    return new Chart(this.context, () => c);
  }
  add(type: string, sourceData: Range, seriesBy = 'Auto'): Chart {
    let created: ChartState | undefined;
    this._call('add', [type, sourceData, seriesBy], (s) => {
      const src = sourceData._t();
      if (!src) throw invalidArgument('chart source');
      created = { name: `Chart ${s.charts.length + 1}`, type, source: fullAddress(src.sheet.name, src.rect), seriesBy, title: '', position: null };
      s.charts.push(created);
    });
    return new Chart(this.context, () => {
      if (!created) throw new FakeOfficeError(ErrorCodes.generalException, 'chart was not added');
      return created;
    });
  }
}
defineProps<SheetState>(ChartCollection, {});

export class Chart extends ClientObject<ChartState> {
  readonly _type = 'Chart';
  get title(): ChartTitle {
    return this._child('title', () => new ChartTitle(this.context, () => this._t()));
  }
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._call('setPosition', [startCell, endCell], (c) => {
      const addr = (x: Range | string | undefined): string | null => {
        if (x === undefined) return null;
        if (typeof x === 'string') return x;
        const t = x._t();
        return t ? fullAddress(t.sheet.name, t.rect) : null;
      };
      c.position = { start: addr(startCell) ?? '', end: addr(endCell) };
    });
  }
}
defineProps<ChartState>(Chart, { name: { get: (c) => c.name, set: (c, v: string) => void (c.name = v) } }, ['title']);

export class ChartTitle extends ClientObject<ChartState> {
  readonly _type = 'ChartTitle';
}
defineProps<ChartState>(ChartTitle, { text: { get: (c) => c.title, set: (c, v: string) => void (c.title = String(v)) } });

// ---------------------------------------------------------------------------------------------
// notes

interface NotesT {
  wb: WorkbookState;
  sheet: SheetState | null;
}
interface NoteT {
  sheet: SheetState;
  k: number;
}

function noteCell(t: NotesT, ref: unknown): { sheet: SheetState; r: number; c: number } {
  let sheet: SheetState | undefined;
  let rect: Rect;
  if (ref instanceof Range) {
    const rt = ref._t();
    if (!rt) throw invalidArgument('note cell');
    sheet = rt.sheet;
    rect = rt.rect;
  } else if (typeof ref === 'string') {
    const sp = splitSheet(ref);
    sheet = sp.sheet === null ? (t.sheet ?? undefined) : t.wb.findSheet(sp.sheet);
    if (!sheet) throw invalidArgument(`note address ${ref}`);
    try {
      rect = parseLocal(sp.local);
    } catch {
      throw invalidArgument(`note address ${ref}`);
    }
  } else throw invalidArgument('note cell');
  if (t.sheet && sheet !== t.sheet) throw invalidArgument('note cell is on another sheet');
  if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) throw invalidArgument('a note goes on one cell');
  return { sheet, r: rect.r0, c: rect.c0 };
}

export class NoteCollection extends Collection<NotesT, NoteT, Note> {
  readonly _type = 'NoteCollection';
  _list(t: NotesT): NoteT[] {
    const sheets = t.sheet ? [t.sheet] : t.wb.sheets;
    return sheets.flatMap((sheet) => [...sheet.notes.keys()].sort((a, b) => a - b).map((k) => ({ sheet, k })));
  }
  _wrap(n: NoteT): Note {
    return new Note(this.context, () => n);
  }
  add(cellAddress: Range | string, content: unknown): Note {
    let created: NoteT | undefined;
    this._call('add', [cellAddress, content], (t) => {
      const { sheet, r, c } = noteCell(t, cellAddress);
      const k = key(r, c);
      if (sheet.notes.has(k))
        throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, 'A resource with the same name or identifier already exists.');
      sheet.notes.set(k, { content: String(content), author: 'Fake User' });
      created = { sheet, k };
    });
    return new Note(this.context, () => {
      if (!created) throw new FakeOfficeError(ErrorCodes.generalException, 'note was not added');
      return created;
    });
  }
  private find(k: string): NoteT | null {
    const t = this._t();
    if (!t) return null;
    const { sheet, r, c } = noteCell(t, k);
    return sheet.notes.has(key(r, c)) ? { sheet, k: key(r, c) } : null;
  }
  getItem(k: string): Note {
    return new Note(this.context, () => {
      const n = this.find(k);
      if (!n) throw itemNotFound(`note ${k}`);
      return n;
    })._bind('getItem', [k]);
  }
  getItemOrNullObject(k: string): Note {
    return new Note(this.context, () => this.find(k))._bind('getItemOrNullObject', [k]);
  }
}
defineProps<NotesT>(NoteCollection, {});

export class Note extends ClientObject<NoteT> {
  readonly _type = 'Note';
  override _t(): NoteT | null {
    const t = super._t();
    if (t && !t.sheet.notes.has(t.k)) throw invalidOperation('the note was deleted');
    return t;
  }
  delete(): void {
    this._call('delete', [], (n) => void n.sheet.notes.delete(n.k));
  }
  getLocation(): Range {
    return new Range(this.context, () => {
      const n = this._t();
      if (!n) return null;
      const r = Math.floor(n.k / MAX_COLS);
      const c = n.k % MAX_COLS;
      return { sheet: n.sheet, rect: { r0: r, c0: c, r1: r, c1: c } };
    })._bind('getLocation');
  }
}
defineProps<NoteT>(Note, {
  content: {
    get: (n) => n.sheet.notes.get(n.k)!.content,
    set: (n, v: unknown) => void (n.sheet.notes.get(n.k)!.content = String(v)),
  },
  authorName: { get: (n) => n.sheet.notes.get(n.k)!.author },
});

// ---------------------------------------------------------------------------------------------
// names

export class NamedItemCollection extends Collection<WorkbookState, NameState, NamedItem> {
  readonly _type = 'NamedItemCollection';
  _list(wb: WorkbookState): NameState[] {
    return wb.names;
  }
  _wrap(n: NameState): NamedItem {
    return new NamedItem(this.context, () => n);
  }
  add(name: string, reference: Range | string, comment = ''): NamedItem {
    let created: NameState | undefined;
    this._call('add', [name, reference, comment], (wb) => {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw invalidArgument(`name ${name}`);
      if (wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, 'A resource with the same name or identifier already exists.');
      let formula: string;
      if (reference instanceof Range) {
        const t = reference._t();
        if (!t) throw invalidArgument('name reference');
        formula = `=${fullAddress(t.sheet.name, t.rect)}`;
      } else formula = reference.startsWith('=') ? reference : `=${reference}`;
      created = { name, formula, comment, visible: true };
      wb.names.push(created);
    });
    return new NamedItem(this.context, () => {
      if (!created) throw new FakeOfficeError(ErrorCodes.generalException, 'name was not added');
      return created;
    });
  }
  private find(k: string): NameState | null {
    return this._t()?.names.find((n) => n.name.toLowerCase() === k.toLowerCase()) ?? null;
  }
  getItem(k: string): NamedItem {
    return new NamedItem(this.context, () => {
      const n = this.find(k);
      if (!n) throw itemNotFound(`name ${k}`);
      return n;
    })._bind('getItem', [k]);
  }
  getItemOrNullObject(k: string): NamedItem {
    return new NamedItem(this.context, () => this.find(k))._bind('getItemOrNullObject', [k]);
  }
}
defineProps<WorkbookState>(NamedItemCollection, {});

export class NamedItem extends ClientObject<NameState> {
  readonly _type = 'NamedItem';
  delete(): void {
    this._call('delete', [], (n) => {
      const wb = this.context._host.wb;
      const idx = wb.names.indexOf(n);
      if (idx >= 0) wb.names.splice(idx, 1);
    });
  }
}
defineProps<NameState>(NamedItem, {
  name: { get: (n) => n.name },
  formula: { get: (n) => n.formula, set: (n, v: string) => void (n.formula = v.startsWith('=') ? v : `=${v}`) },
  comment: { get: (n) => n.comment, set: (n, v: string) => void (n.comment = v) },
  visible: { get: (n) => n.visible, set: (n, v: boolean) => void (n.visible = !!v) },
  type: { get: () => 'Range' },
});
