/**
 * Notes (`Worksheet.notes`, `Workbook.notes`, `NoteCollection`, `Note`: ExcelApi 1.18) for the office.js of the CDN.
 *
 * The npm `@microsoft/office-js` (1.1.110, the newest on npm) has no notes: the CDN's office.js, which Excel loads by
 * default, does. To run the add-in's marks against the CDN's library, the fake adds these classes to its npm copy,
 * written the way office.js's generator writes every class (the same helpers: `createPropertyObject`,
 * `createMethodObject`, `createIndexerObject`, `invokeMethod`, `invokeSetProperty`, the same `_handleResult`), so
 * their requests are built by the library exactly like those of the `Comment` classes beside them. Members as
 * documented in the ExcelApi 1.18 reference (Excel.NoteCollection, Excel.Note).
 *
 * With `library: 'npm'` the fake leaves them out, as `JX_OFFICEJS=local` serves that copy.
 */
import type { OfficeJs } from './library';

interface Scalar {
  readonly name: string;
  readonly settable?: boolean;
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A client object class in the style of office.js's generated code. */
function defineClass(
  lib: OfficeJs,
  className: string,
  opts: {
    scalars?: ReadonlyArray<Scalar>;
    collectionOf?: () => any;
    methods?: Record<string, (this: any, ...args: any[]) => unknown>;
  }
): any {
  const { OfficeExtension } = lib;
  const U = OfficeExtension.Utility;
  const B = OfficeExtension.BatchApiHelper;
  const Base = OfficeExtension.ClientObject;
  class Generated extends Base {
    get _className(): string {
      return className;
    }
    get _isCollection(): boolean {
      return Boolean(opts.collectionOf);
    }
    get _scalarPropertyNames(): string[] {
      return (opts.scalars ?? []).map((s) => s.name);
    }
    get _scalarPropertyOriginalNames(): string[] {
      return (opts.scalars ?? []).map((s) => pascal(s.name));
    }
    get _scalarPropertyUpdateable(): boolean[] {
      return (opts.scalars ?? []).map((s) => Boolean(s.settable));
    }
    get _navigationPropertyNames(): string[] {
      return [];
    }
    load(options: unknown): unknown {
      return U.load(this, options);
    }
    _handleResult(value: any): void {
      super._handleResult(value);
      if (U.isNullOrUndefined(value)) return;
      U.fixObjectPathIfNecessary(this, value);
      for (const s of opts.scalars ?? [])
        if (!U.isUndefined(value[pascal(s.name)])) this[`_${s.name}`] = value[pascal(s.name)];
      const items = value[OfficeExtension.Constants.items];
      if (opts.collectionOf && !U.isNullOrUndefined(items)) {
        this._items = items.map((d: unknown, i: number) => {
          const item = B.createChildItemObject(opts.collectionOf!(), true, this, d, i);
          item._handleResult(d);
          return item;
        });
      }
    }
    _handleIdResult(value: any): void {
      super._handleIdResult(value);
    }
    toJSON(): unknown {
      const scalars: Record<string, unknown> = {};
      for (const s of opts.scalars ?? []) scalars[s.name] = this[`_${s.name}`];
      return U.toJson(this, scalars, {}, this._items);
    }
    [k: string]: any;
  }
  for (const s of opts.scalars ?? []) {
    Object.defineProperty(Generated.prototype, s.name, {
      get(this: any) {
        U.throwIfNotLoaded(s.name, this[`_${s.name}`], className, this._isNull);
        return this[`_${s.name}`];
      },
      set: s.settable
        ? function (this: any, v: unknown) {
            this[`_${s.name}`] = v;
            B.invokeSetProperty(this, pascal(s.name), v, 0);
          }
        : undefined,
      configurable: true,
    });
  }
  if (opts.collectionOf)
    Object.defineProperty(Generated.prototype, 'items', {
      get(this: any) {
        U.throwIfNotLoaded('items', this._items, className, this._isNull);
        return this._items;
      },
      configurable: true,
    });
  for (const [name, fn] of Object.entries(opts.methods ?? {})) (Generated.prototype as any)[name] = fn;
  Object.defineProperty(Generated, 'name', { value: className });
  return Generated;
}

/** Adds NoteCollection and Note (ExcelApi 1.18) to `lib` as the CDN's office.js has them. */
export function addNotesToLibrary(lib: OfficeJs): void {
  const { Excel, OfficeExtension } = lib;
  if (Excel.NoteCollection) return;
  const B = OfficeExtension.BatchApiHelper;
  const U = OfficeExtension.Utility;
  const need = (what: string): void => U.throwIfApiNotSupported(what, 'ExcelApi', '1.18', 'Excel');

  const Note = defineClass(lib, 'Note', {
    scalars: [
      { name: 'authorName' },
      { name: 'content', settable: true },
      { name: 'height', settable: true },
      { name: 'width', settable: true },
      { name: 'visible', settable: true },
    ],
    methods: {
      delete(this: any) {
        B.invokeMethod(this, 'Delete', 0, [], 0, 0);
      },
      getLocation(this: any) {
        return B.createMethodObject(Excel.Range, this, 'GetLocation', 1, [], false, true, null, 4);
      },
    },
  });
  const NoteCollection = defineClass(lib, 'NoteCollection', {
    collectionOf: () => Note,
    methods: {
      add(this: any, cellAddress: unknown, content: unknown) {
        return B.createMethodObject(Note, this, 'Add', 0, [cellAddress, content], false, true, null, 0);
      },
      getCount(this: any) {
        return B.invokeMethod(this, 'GetCount', 1, [], 4, 0);
      },
      getItem(this: any, key: string) {
        return B.createIndexerObject(Note, this, [key]);
      },
      getItemAt(this: any, index: number) {
        return B.createMethodObject(Note, this, 'GetItemAt', 1, [index], false, false, null, 4);
      },
      getItemOrNullObject(this: any, key: string) {
        return B.createMethodObject(Note, this, 'GetItemOrNullObject', 1, [key], false, false, null, 4);
      },
    },
  });
  Excel.Note = Note;
  Excel.NoteCollection = NoteCollection;
  for (const owner of [Excel.Worksheet, Excel.Workbook]) {
    Object.defineProperty(owner.prototype, 'notes', {
      get(this: any) {
        need(`${owner.name}.notes`);
        if (!this._jxNotes) this._jxNotes = B.createPropertyObject(NoteCollection, this, 'Notes', true, 4);
        return this._jxNotes;
      },
      configurable: true,
    });
  }
}
