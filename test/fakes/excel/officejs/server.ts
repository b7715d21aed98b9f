/**
 * The Excel side of the fake: takes the request body office.js builds (`{Actions, ObjectPaths}`, exactly what Excel
 * receives), carries it out on the fake workbook through the proxies of ../proxies (which model Excel's object model
 * and its checks), and answers with the response body office.js parses (`{Results: [{ActionId, Value}]}` or
 * `{Error: {Code, Message, Location, ActionIndex}}`).
 *
 * Both bodies are measured as UTF-8 JSON, the bytes that cross the wire: a request or a response above the build's
 * payload limit fails with `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`, as Excel on the
 * web does (a request above the limit is not carried out; a response above it is lost after its writes were made).
 *
 * The protocol, as office.js's own request runtime reads and writes it:
 * - object paths: 1 the root (workbook), 3 a method returning an object, 4 a navigation property, 5 an indexer
 *   (`getItem`), 6 a reference kept from an earlier request (`_ReferenceId`), 7 an object known to be null;
 * - actions: 1 instantiate a path (the result tells null objects apart and carries a worksheet's `Id` and, for objects
 *   office.js asked Excel to keep (`_KeepReference`, which `Excel.run` does for every range), a `_ReferenceId`),
 *   2 query (`load`: the result holds the selected properties, PascalCase, collections as `_Items`), 3 call a method,
 *   4 set a property;
 * - a failing action fails the batch: the actions before it stay done (Excel batches are not transactional), the
 *   error names its index, no result is returned.
 */
import { ErrorCodes, FakeOfficeError, apiNotFound, asOfficeError } from '../errors';
import { SheetState } from '../state';
import { ClientObject, Collection } from '../proxies/clientObject';
import { FakeRequestContext } from '../proxies/context';
import { type Host, utf8Length } from '../proxies/host';

/** One entry of `ObjectPaths` / `Actions`, as office.js writes them. */
interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}
interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: Array<number | null>;
}
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null };
}
export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
  [k: string]: unknown;
}

/** What office.js's request executor resolves with. */
export interface ExecutorResponse {
  ErrorCode: string;
  ErrorMessage: string;
  HttpStatusCode: number;
  Headers: Record<string, string>;
  Body: { Results?: Array<{ ActionId: number; Value: unknown }>; Error?: Record<string, unknown> } | null;
}

/** A request as it was served (for the fake's statistics). */
export interface Served {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly error?: string;
  /** office.js's own request after `Excel.run`, releasing the references it kept (`_RemoveReference` only). */
  readonly cleanup: boolean;
}

/** An object kept across requests by `_KeepReference`: its proxy class and what it stands for. */
interface Kept {
  readonly cls: new (context: FakeRequestContext, resolve: () => unknown) => ClientObject<any>;
  readonly target: unknown;
}

/** The references Excel keeps for a session (`_ReferenceId` → object), shared by the requests of one fake. */
export type References = Map<string, Kept>;

const NULL = Symbol('null object');
type Obj = ClientObject<any> | typeof NULL;

const camel = (name: string): string => (name.startsWith('_') ? name : name.charAt(0).toLowerCase() + name.slice(1));
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

let nextReference = 1;

/** A reference id shaped like Excel's (a GUID and a counter), so that kept objects cost what they cost in Excel. */
function referenceId(): string {
  const n = nextReference++;
  return `{${n.toString(16).padStart(8, '0').toUpperCase()}-5A6B-4C3D-9E8F-0123456789AB}{${n}}`;
}

function notModelled(what: string): FakeOfficeError {
  return new FakeOfficeError(ErrorCodes.generalException, `The fake Excel does not model ${what}.`);
}

/** Serves one request. */
export function serve(
  host: Host,
  references: References,
  body: RequestBody
): { response: ExecutorResponse; served: Served } {
  const requestBytes = utf8Length(JSON.stringify(body));
  const cleanup =
    body.Actions.length > 0 && body.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === 1);
  const limit = host.payloadLimit;
  if (limit !== null && requestBytes > limit) {
    const e = requestTooLargeResponse(requestBytes);
    return {
      response: e,
      served: { requestBytes, responseBytes: 0, actions: body.Actions.length, error: e.ErrorCode, cleanup },
    };
  }

  const ctx = new FakeRequestContext(host);
  const objects = new Map<number, Obj>();
  const kept = new Set<ClientObject<any>>();
  /** For each queued action of the fake context, the protocol action it came from. */
  const actionOfQueued: number[] = [];
  const results: Array<{ action: ActionInfo; value: () => unknown }> = [];

  /** Excel refuses a member of a requirement set the build does not support. */
  const supported = (o: ClientObject<any>, member: string): void => {
    const name = `${o._type}.${member}`;
    const set = host.apiSets.get(name);
    if (set && !host.isSetSupported(set.name, set.version)) throw apiNotFound(name, set.name, set.version);
  };

  const object = (id: number): Obj => {
    const known = objects.get(id);
    if (known !== undefined) return known;
    const p = body.ObjectPaths[String(id)];
    if (!p) throw notModelled(`a request without object path ${id}`);
    let o: Obj;
    switch (p.ObjectPathType) {
      case 1:
        o = ctx.workbook;
        break;
      case 3:
      case 4:
      case 5: {
        const parent = object(p.ParentObjectPathId!);
        if (parent === NULL) {
          o = NULL;
          break;
        }
        const member = p.ObjectPathType === 5 ? 'getItem' : camel(p.Name);
        supported(parent, member);
        const m = (parent as any)[member];
        if (p.ObjectPathType === 4) o = m;
        else if (typeof m === 'function') o = m.apply(parent, args(p.ArgumentInfo));
        else throw notModelled(`${parent._type}.${member}()`);
        if (!(o instanceof ClientObject)) throw notModelled(`${parent._type}.${member}`);
        break;
      }
      case 6: {
        const k = references.get(p.Name);
        if (!k) throw new FakeOfficeError(ErrorCodes.invalidArgument, `InvalidObjectPath: no kept object ${p.Name}`);
        const proxy = new k.cls(ctx, () => k.target);
        o = proxy;
        break;
      }
      case 7:
        o = NULL;
        break;
      default:
        throw notModelled(`object path type ${p.ObjectPathType}`);
    }
    objects.set(id, o);
    return o;
  };

  const args = (info: ArgumentInfo | undefined): unknown[] => {
    const list = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) {
        const o = object(id);
        list[i] = o === NULL ? null : o;
      }
    });
    return list.map((a) => (a === null ? undefined : a));
  };

  let failure: { index: number; error: FakeOfficeError } | undefined;
  body.Actions.forEach((a, index) => {
    if (failure) return;
    const before = ctx._queue.length;
    try {
      act(a);
    } catch (e) {
      failure = { index, error: asOfficeError(e, `${a.Name || 'action'}`) };
    }
    for (let i = before; i < ctx._queue.length; i++) actionOfQueued[i] = index;
  });

  function act(a: ActionInfo): void {
    const o = object(a.ObjectPathId);
    switch (a.ActionType) {
      case 1: // instantiate
        results.push({ action: a, value: () => instantiated(o) });
        return;
      case 2: {
        // query
        const paths = [...(a.QueryInfo?.Select ?? []), ...(a.QueryInfo?.Expand ?? [])];
        if (o !== NULL) {
          for (const p of paths) supported(o, p.split('/')[0]);
          o.load(paths);
        }
        results.push({ action: a, value: () => (o === NULL ? null : queried(o, paths)) });
        return;
      }
      case 3: {
        // method
        if (a.Name === '_KeepReference') {
          if (o !== NULL) kept.add(o);
          return;
        }
        if (a.Name === '_RemoveReference') {
          references.delete(String(a.ArgumentInfo?.Arguments?.[0]));
          return;
        }
        if (o === NULL) return;
        supported(o, camel(a.Name));
        const m = (o as any)[camel(a.Name)];
        if (typeof m !== 'function') throw notModelled(`${o._type}.${camel(a.Name)}()`);
        const r = m.apply(o, args(a.ArgumentInfo));
        if (r && typeof r === 'object' && 'value' in r)
          results.push({ action: a, value: () => (r as { value: unknown }).value });
        return;
      }
      case 4: {
        // set a property
        if (o === NULL) return;
        const name = camel(a.Name);
        supported(o, name);
        if (!o._props?.[name]) throw notModelled(`${o._type}.${name}`);
        (o as any)[name] = args(a.ArgumentInfo)[0];
        return;
      }
      default:
        return; // trace and other bookkeeping actions carry nothing for the workbook
    }
  }

  function instantiated(o: Obj): unknown {
    if (o === NULL) return null;
    let t: unknown;
    try {
      t = o._t();
    } catch {
      return {}; // deleted within this request: the object existed when it was instantiated
    }
    if (t === null) return null;
    const v: Record<string, unknown> = {};
    if (t instanceof SheetState) v.Id = t.id;
    if (kept.has(o)) {
      const id = referenceId();
      references.set(id, { cls: o.constructor as Kept['cls'], target: t });
      v._ReferenceId = id;
    }
    return v;
  }

  // The workbook side: the queued actions in order.
  let executionError: FakeOfficeError | undefined;
  try {
    ctx._execute();
  } catch (e) {
    executionError = e as FakeOfficeError;
  }
  const failed: { index: number; error: FakeOfficeError } | undefined = executionError
    ? {
        index: actionOfQueued[(executionError as FakeOfficeError & { queueIndex?: number }).queueIndex ?? 0] ?? 0,
        error: executionError,
      }
    : failure;

  let responseBody: ExecutorResponse['Body'];
  if (failed) {
    responseBody = {
      Error: {
        Code: failed.error.code,
        Message: failed.error.message,
        Location: failed.error.debugInfo.errorLocation ?? '',
        ActionIndex: failed.index,
        HttpStatusCode: 400,
      },
    };
  } else {
    responseBody = { Results: results.map((r) => ({ ActionId: r.action.Id, Value: r.value() })) };
  }
  const responseBytes = utf8Length(JSON.stringify(responseBody));
  if (limit !== null && responseBytes > limit) {
    const e = responseTooLargeResponse(responseBytes);
    return {
      response: e,
      served: { requestBytes, responseBytes, actions: body.Actions.length, error: e.ErrorCode, cleanup },
    };
  }
  return {
    response: { ErrorCode: '', ErrorMessage: '', HttpStatusCode: 200, Headers: {}, Body: responseBody },
    served: {
      requestBytes,
      responseBytes,
      actions: body.Actions.length,
      error: failed?.error.code,
      cleanup,
    },
  };
}

/** The loaded properties of `o` (and of the navigation properties and collection items the paths name). */
function queried(o: ClientObject<any>, paths: ReadonlyArray<string>): unknown {
  if (o._nullKnown && o._target === null) return null;
  if (o instanceof Collection) {
    const sub = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    return { _Items: (o._items ?? []).map((item) => queried(item, sub)) };
  }
  const own: string[] = [];
  const nested = new Map<string, string[]>();
  for (const p of paths) {
    const [head, ...rest] = p.split('/');
    if (o._nav?.includes(head)) {
      const list = nested.get(head) ?? [];
      if (rest.length) list.push(rest.join('/'));
      nested.set(head, list);
    } else own.push(head);
  }
  const v: Record<string, unknown> = {};
  const names = paths.length ? own : [...o._data.keys()];
  for (const k of names) if (o._data.has(k)) v[pascal(k)] = o._data.get(k);
  for (const [nav, sub] of nested) v[pascal(nav)] = queried((o as any)[nav], sub);
  return v;
}

function requestTooLargeResponse(bytes: number): ExecutorResponse {
  return {
    ErrorCode: ErrorCodes.requestPayloadSizeLimitExceeded,
    ErrorMessage: `The request payload size has exceeded the limit. (${bytes} bytes) See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins for more information.`,
    HttpStatusCode: 400,
    Headers: {},
    Body: null,
  };
}

function responseTooLargeResponse(bytes: number): ExecutorResponse {
  return {
    ErrorCode: ErrorCodes.responsePayloadSizeLimitExceeded,
    ErrorMessage: `The response payload size has exceeded the limit. (${bytes} bytes) See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins for more information.`,
    HttpStatusCode: 400,
    Headers: {},
    Body: null,
  };
}
