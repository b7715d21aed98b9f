/** A range's data validation: one rule kind per range (list sources checked like Excel), `type` over mixed rules. */
import { contains, intersects } from '../address';
import { invalidArgument } from '../errors';
import type { RangeT } from './cells';
import { ClientObject, defineProps } from './clientObject';

export class DataValidation extends ClientObject<RangeT> {
  readonly _type = 'DataValidation';
  clear(): void {
    this._call('clear', [], (t) => t.sheet.setValidation(t.rect, null));
  }
}
function validationAt(t: RangeT): Record<string, unknown> | null {
  const hits = t.sheet.validations.filter((v) => intersects(v.rect, t.rect));
  if (hits.length !== 1) return null;
  return contains(hits[0].rect, t.rect) ? hits[0].rule : null;
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
