/**
 * The base of every proxy (Excel's ClientObject) and of collections.
 * - method calls, property sets and loads are queued on the context and reach the workbook only in `sync()`;
 * - reading a scalar property that was neither loaded (and synced) nor set on this proxy throws PropertyNotLoaded;
 * - null objects (`*OrNullObject`): `isNullObject` is known after the next sync; their properties read as null,
 *   methods and sets on them are ignored, objects derived from them are null too.
 */
import {
  ErrorCodes,
  FakeOfficeError,
  invalidArgument,
  invalidOperation,
  itemNotFound,
  propertyNotLoaded,
} from '../errors';
import type { FakeRequestContext } from './context';
import type { LoadResult } from './host';

export interface PropDef<T> {
  get: (t: T, self: any) => unknown;
  set?: (t: T, v: any, self: any) => void;
}

export type Resolver<T> = () => T | null;

/** A proxy class: made with the context and a resolver of its host object (run during a sync). */
export type ProxyClass<U, C> = new (context: FakeRequestContext, resolve: Resolver<U>) => C;

/** A validator for an enumerated property: returns `v` when it is one of `allowed`, else InvalidArgument `what v`. */
export function oneOf(allowed: ReadonlyArray<string>, what: string): (v: any) => string {
  return (v) => {
    if (!allowed.includes(v)) throw invalidArgument(`${what} ${v}`);
    return v;
  };
}

/** What loading a null object yields: `null` in the response, nothing to store. */
const NULL_LOAD: LoadResult = { commit: () => undefined };

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
    readonly _resolve: Resolver<T>
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
    if (t && (t.deleted === true || (t.sheet && t.sheet.deleted === true)))
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

  /** A navigation property (`range.format`, `sheet.pageLayout`…): one proxy of class `cls` over this proxy's target. */
  _part<C extends ClientObject<T>>(name: string, cls: ProxyClass<T, C>): C {
    return this._child(name, () => new cls(this.context, () => this._t()));
  }

  /**
   * A method returning an object derived from this one (`sheet.getRange(…)`): a proxy of class `cls` resolved by `f`
   * from this proxy's target (null when this is a null object), bound as the call `name(args)`.
   */
  _derive<U, C extends ClientObject<U>>(
    cls: ProxyClass<U, C>,
    name: string,
    args: ReadonlyArray<unknown>,
    f: (t: T) => U | null
  ): C {
    return new cls(this.context, () => {
      const t = this._t();
      return t ? f(t) : null;
    })._bind(name, args);
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
        return t === null ? NULL_LOAD : this._read(props, t);
      },
    });
  }

  /** Reads `props` of the host object `t` now (during a sync): the commit that stores them. */
  _read(props: string[], t: T): LoadResult {
    const out: Record<string, unknown> = {};
    for (const prop of props) {
      const def = this._props?.[prop];
      if (!def) throw invalidArgument(`${this._type} has no property '${prop}'`);
      out[prop] = def.get(t, this);
    }
    return { commit: () => Object.entries(out).forEach(([k, v]) => this._data.set(k, v)) };
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

export function defineProps<T>(cls: { prototype: any }, defs: Record<string, PropDef<T>>, nav: string[] = []): void {
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

/**
 * A collection proxy: `items` after `load('items/...')` (or `load('prop')`, which Excel applies to the items), and the
 * `add` / `getItem…` patterns its subclasses share.
 */
export abstract class Collection<T, I, P extends ClientObject<I>> extends ClientObject<T> {
  _items: P[] | undefined;
  abstract _list(t: T): I[];
  /** A proxy of an item, over `resolve`. */
  abstract _proxy(resolve: Resolver<I>): P;

  get items(): P[] {
    if (this._items === undefined) {
      if (this._nullKnown && this._target === null) return [];
      throw propertyNotLoaded('items');
    }
    return this._items;
  }

  /** Queues `name(args)`, which creates an item with `create`; the returned proxy stands for the created item. */
  _add(name: string, args: ReadonlyArray<unknown>, what: string, create: (t: T) => I): P {
    let created: I | undefined;
    this._call(name, args, (t) => void (created = create(t)));
    return this._proxy(() => {
      if (!created) throw new FakeOfficeError(ErrorCodes.generalException, `${what} was not added`);
      return created;
    });
  }

  /**
   * A method returning one item (`getItem`, `getFirst`…), bound as `name(args)`: the item `find` gives; when there is
   * none, ItemNotFound `notFound`, or a null object when `notFound` is null (`getItemOrNullObject`).
   */
  _item(name: string, args: ReadonlyArray<unknown>, notFound: string | null, find: (t: T) => I | null | undefined): P {
    return this._proxy(() => {
      const t = this._t();
      const i = (t && find(t)) ?? null;
      if (!i && notFound !== null) throw itemNotFound(notFound);
      return i;
    })._bind(name, args);
  }

  /** `getCount()`: a result whose `value` is `count` of the collection, read during the sync. */
  _count(count: (t: T) => number): { value: number } {
    const result: { value?: number } = {};
    this.context._enqueue({
      desc: { type: this._type, op: 'load', name: 'getCount' },
      run: () => {
        const t = this._t();
        const n = t === null ? 0 : count(t);
        return { commit: () => void (result.value = n) };
      },
    });
    return {
      get value(): number {
        if (result.value === undefined) throw propertyNotLoaded('value');
        return result.value;
      },
    };
  }

  override load(spec?: string | string[] | { select?: string; expand?: string }): this {
    const paths = normalizePaths(spec).map((p) => (p.startsWith('items/') ? p.slice(6) : p));
    const filtered = paths.filter((p) => p !== 'items');
    this.context._enqueue({
      desc: { type: this._type, op: 'load', name: filtered.join(',') || 'items' },
      run: () => {
        const t = this._t();
        if (t === null) return NULL_LOAD;
        const items = this._list(t);
        const wrapped = items.map((i) => {
          const p = this._proxy(() => i);
          p._target = i;
          p._nullKnown = true;
          return p;
        });
        // Load each item's properties now (same point in the queue).
        const commits: Array<() => void> = [];
        wrapped.forEach((p, n) => {
          if (filtered.some((x) => x.includes('/')))
            throw invalidArgument(`the fake loads only scalar item properties (${filtered.join(',')})`);
          const read = p._read(filtered.length ? filtered : Object.keys(p._props ?? {}), items[n]);
          commits.push(read.commit);
        });
        return {
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
