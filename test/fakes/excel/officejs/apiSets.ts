/**
 * Which requirement set each member of the Excel object model belongs to, read from office.js itself: its generated
 * code calls `_throwIfApiNotSupported("Range.getMergedAreasOrNullObject", _defaultApiSetName, "1.13", …)` in every
 * member newer than ExcelApi 1.1. The shipped library never throws there (the host script turns the check on with
 * `Utility._doApiNotSupportedCheck = true`, while the check reads `CommonUtility._doApiNotSupportedCheck`, which
 * stays false), so an API the build lacks reaches Excel, which refuses it: the fake refuses it on the Excel side
 * (server.ts), from this table. Notes (absent from the npm library) are ExcelApi 1.18.
 */
export interface ApiSet {
  readonly name: string;
  readonly version: string;
}

const cache = new Map<string, ReadonlyMap<string, ApiSet>>();

const NOTES: ReadonlyArray<[string, ApiSet]> = [
  'Worksheet.notes',
  'Workbook.notes',
  'NoteCollection.add',
  'NoteCollection.getItem',
  'NoteCollection.getItemOrNullObject',
  'NoteCollection.getItemAt',
  'NoteCollection.getCount',
  'Note.content',
  'Note.delete',
  'Note.getLocation',
].map((m) => [m, { name: 'ExcelApi', version: '1.18' }]);

/** `Class.member` → its requirement set, for the office.js whose text is `source`. */
export function apiSetsOf(source: string): ReadonlyMap<string, ApiSet> {
  let table = cache.get(source);
  if (!table) {
    const m = new Map<string, ApiSet>(NOTES);
    const re = /_throwIfApiNotSupported\("(\w+\.\w+)", (?:_defaultApiSetName|"(\w+)"), "([\d.]+)"/g;
    for (let x = re.exec(source); x; x = re.exec(source)) {
      if (!m.has(x[1])) m.set(x[1], { name: x[2] ?? 'ExcelApi', version: x[3] });
    }
    table = m;
    cache.set(source, table);
  }
  return table;
}
