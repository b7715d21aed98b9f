/**
 * A range's conditional formats (ExcelApi 1.6), as far as the product uses them: `add('CellValue')`
 * and its `cellValue` rule (`formula1`, `operator`) with the format's fill and font colours. As in
 * Excel, another type's `cellValue` is refused, a rule's operator must be one Excel knows, and a
 * text compared by a rule must be written as a formula (`="红灯"`).
 */
import { invalidArgument } from '../errors';
import { normalizeColor, type ConditionalFormatState } from '../state';
import type { RangeT } from './cells';
import { ClientObject, defineProps, oneOf } from './clientObject';

export interface CfT {
  readonly sheet: RangeT['sheet'];
  readonly cf: ConditionalFormatState;
}

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
const OPERATORS = ['Invalid', 'Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];

export class ConditionalFormatCollection extends ClientObject<RangeT> {
  readonly _type = 'ConditionalFormatCollection';
  add(type: string): ConditionalFormat {
    return this._derive(ConditionalFormat, 'add', [type], (t) => {
      oneOf(TYPES, 'conditional format type')(type);
      const cf: ConditionalFormatState = { rect: t.rect, type, priority: t.sheet.conditionalFormats.length };
      t.sheet.conditionalFormats.push(cf);
      return { sheet: t.sheet, cf };
    });
  }
  clearAll(): void {
    this._call('clearAll', [], (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => !(c.rect.r0 >= t.rect.r0 && c.rect.r1 <= t.rect.r1 && c.rect.c0 >= t.rect.c0 && c.rect.c1 <= t.rect.c1));
    });
  }
}
defineProps<RangeT>(ConditionalFormatCollection, {});

export class ConditionalFormat extends ClientObject<CfT> {
  readonly _type = 'ConditionalFormat';
  get cellValue(): CellValueConditionalFormat {
    return this._part('cellValue', CellValueConditionalFormat);
  }
}
defineProps<CfT>(ConditionalFormat, { type: { get: (t) => t.cf.type }, priority: { get: (t) => t.cf.priority } }, ['cellValue']);

const cellValueOnly = (t: CfT): void => {
  if (t.cf.type !== 'CellValue') throw invalidArgument(`cellValue of a ${t.cf.type} conditional format`);
};

export class CellValueConditionalFormat extends ClientObject<CfT> {
  readonly _type = 'CellValueConditionalFormat';
  get format(): ConditionalRangeFormat {
    return this._part('format', ConditionalRangeFormat);
  }
}
defineProps<CfT>(
  CellValueConditionalFormat,
  {
    rule: {
      get: (t) => {
        cellValueOnly(t);
        return t.cf.rule ?? null;
      },
      set: (t, v: { formula1?: unknown; formula2?: unknown; operator?: unknown }) => {
        cellValueOnly(t);
        if (!v || typeof v.formula1 !== 'string' || v.formula1 === '') throw invalidArgument('rule.formula1');
        oneOf(OPERATORS, 'operator')(v.operator);
        // A bare word is no formula: Excel wants text as `="…"` (a number may be written as is).
        if (!v.formula1.startsWith('=') && !Number.isFinite(Number(v.formula1))) throw invalidArgument(`rule.formula1 ${v.formula1}`);
        t.cf.rule = { formula1: v.formula1, operator: v.operator as string, ...(typeof v.formula2 === 'string' ? { formula2: v.formula2 } : {}) };
      },
    },
  },
  ['format']
);

export class ConditionalRangeFormat extends ClientObject<CfT> {
  readonly _type = 'ConditionalRangeFormat';
  get fill(): ConditionalRangeFill {
    return this._part('fill', ConditionalRangeFill);
  }
  get font(): ConditionalRangeFont {
    return this._part('font', ConditionalRangeFont);
  }
}
defineProps<CfT>(ConditionalRangeFormat, {}, ['fill', 'font']);

export class ConditionalRangeFill extends ClientObject<CfT> {
  readonly _type = 'ConditionalRangeFill';
}
defineProps<CfT>(ConditionalRangeFill, {
  color: { get: (t) => t.cf.fill ?? null, set: (t, v: string) => void (t.cf.fill = normalizeColor(v)) },
});

export class ConditionalRangeFont extends ClientObject<CfT> {
  readonly _type = 'ConditionalRangeFont';
}
defineProps<CfT>(ConditionalRangeFont, {
  color: { get: (t) => t.cf.font?.color ?? null, set: (t, v: string) => void (t.cf.font = { ...t.cf.font, color: normalizeColor(v) }) },
  bold: { get: (t) => t.cf.font?.bold ?? null, set: (t, v: boolean) => void (t.cf.font = { ...t.cf.font, bold: !!v }) },
  italic: { get: (t) => t.cf.font?.italic ?? null, set: (t, v: boolean) => void (t.cf.font = { ...t.cf.font, italic: !!v }) },
});
