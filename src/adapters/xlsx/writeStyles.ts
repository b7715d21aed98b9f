/**
 * The style sheet of a written workbook (xl/styles.xml): each distinct look a cell is given — number
 * format, font, fill, border, alignment — becomes one cell format (`xf`), numbered in the order met,
 * and each rule colour of a conditional format one differential format (`dxf`). The sheet writer
 * asks for an index per cell; the registry remembers what it has handed out.
 *
 * Style 0 is the workbook default (Calibri 11, no fill, no border, General), as ExcelJS wrote it, so
 * that a plain grid reads back the same through either writer.
 */
import type { CellStyle, SheetLayout } from '../../model/layout';
import { escapeAttr } from './xml';

/** Excel's built-in number formats that have a fixed id (ECMA-376 §18.8.30); others get ids from 164. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};

/** Chinese fonts carry the GB2312 charset (134), as Chinese Excel writes them; it steers font mapping elsewhere. */
function charsetOf(fontName: string): number | undefined {
  return /[\u4e00-\u9fff]|^(N?SimSun|SimHei|FangSong|KaiTi|Microsoft YaHei|DengXian)/i.test(fontName) ? 134 : undefined;
}

/** `#RRGGBB` → OOXML's opaque `FFRRGGBB`. */
export function argbOf(colour: string): string {
  return 'FF' + colour.replace(/^#/, '').toUpperCase();
}

/** No theme part is written, so the default font names no theme colour or scheme. */
const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
const THIN_BORDER = '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';
const VERTICAL: Readonly<Record<string, string>> = { top: 'top', middle: 'center', bottom: 'bottom' };

export class StyleRegistry {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Map<string, number>([[DEFAULT_FONT, 0]]);
  private readonly fills = new Map<string, number>([
    ['<fill><patternFill patternType="none"/></fill>', 0],
    ['<fill><patternFill patternType="gray125"/></fill>', 1],
  ]);
  private readonly borders = new Map<string, number>([['<border><left/><right/><top/><bottom/><diagonal/></border>', 0]]);
  private readonly xfs = new Map<string, number>([['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0]]);
  private readonly dxfs: string[] = [];
  /** Per style object and number format: the xf handed out (layouts share their style objects). */
  private readonly cache = new Map<SheetLayout['font'], WeakMap<CellStyle, Map<string, number>>>();
  private readonly unstyled = new Map<SheetLayout['font'], Map<string, number>>();

  private static index(map: Map<string, number>, key: string): number {
    let i = map.get(key);
    if (i === undefined) map.set(key, (i = map.size));
    return i;
  }

  private numFmtId(format: string | undefined): number {
    if (format === undefined) return 0;
    const builtin = BUILTIN_FORMATS[format];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(format);
    if (id === undefined) this.numFmts.set(format, (id = 164 + this.numFmts.size));
    return id;
  }

  /** A cell of a grid: the default look, with a number format when it has one. */
  gridStyle(format: string | undefined, wrap = false): number {
    if ((format === undefined || format === 'General') && !wrap) return 0;
    const id = format === undefined || format === 'General' ? 0 : this.numFmtId(format);
    const applied = id ? ' applyNumberFormat="1"' : '';
    if (!wrap) return StyleRegistry.index(this.xfs, `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${applied}/>`);
    return StyleRegistry.index(this.xfs, `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${applied} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`);
  }

  /** A cell of a layout: the sheet's font at the style's size and weight, the style's fill, border, alignment and number format. */
  layoutStyle(style: CellStyle | undefined, format: string | undefined, font: SheetLayout['font']): number {
    const f = format ?? '';
    let byFormat: Map<string, number> | undefined;
    if (style) {
      let perFont = this.cache.get(font);
      if (!perFont) this.cache.set(font, (perFont = new WeakMap()));
      byFormat = perFont.get(style);
      if (!byFormat) perFont.set(style, (byFormat = new Map()));
    } else {
      byFormat = this.unstyled.get(font);
      if (!byFormat) this.unstyled.set(font, (byFormat = new Map()));
    }
    let xf = byFormat.get(f);
    if (xf === undefined) byFormat.set(f, (xf = this.makeLayoutXf(style, format, font)));
    return xf;
  }

  private makeLayoutXf(style: CellStyle | undefined, format: string | undefined, font: SheetLayout['font']): number {
    const charset = charsetOf(font.name);
    const fontXml =
      '<font>' +
      (style?.bold ? '<b/>' : '') +
      (style?.italic ? '<i/>' : '') +
      `<sz val="${style?.fontSize ?? font.size}"/>` +
      (style?.color ? `<color rgb="${argbOf(style.color)}"/>` : '') +
      `<name val="${escapeAttr(font.name)}"/>` +
      (charset !== undefined ? `<charset val="${charset}"/>` : '') +
      '</font>';
    const fontId = StyleRegistry.index(this.fonts, fontXml);
    const fillId = style?.fill ? StyleRegistry.index(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argbOf(style.fill)}"/></patternFill></fill>`) : 0;
    const borderId = style?.border ? StyleRegistry.index(this.borders, THIN_BORDER) : 0;
    const numFmtId = this.numFmtId(format);
    const align: string[] = [];
    if (style?.hAlign) align.push(`horizontal="${style.hAlign}"`);
    if (style?.vAlign) align.push(`vertical="${VERTICAL[style.vAlign]}"`);
    if (style?.wrap) align.push('wrapText="1"');
    if (style?.indent) align.push(`indent="${style.indent}"`);
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : '') + ' applyFont="1"' + (fillId ? ' applyFill="1"' : '') + (borderId ? ' applyBorder="1"' : '') + (align.length ? ' applyAlignment="1"' : '');
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}` + (align.length ? `><alignment ${align.join(' ')}/></xf>` : '/>');
    return StyleRegistry.index(this.xfs, xf);
  }

  /** A differential format for a conditional format's rule: a solid fill, and a font colour. */
  dxf(fill: string, font: string | undefined): number {
    this.dxfs.push(
      '<dxf>' +
        (font ? `<font><color rgb="${argbOf(font)}"/></font>` : '') +
        `<fill><patternFill patternType="solid"><bgColor rgb="${argbOf(fill)}"/></patternFill></fill>` +
        '</dxf>',
    );
    return this.dxfs.length - 1;
  }

  /** xl/styles.xml, in the element order CT_Stylesheet requires. */
  xml(): string {
    const list = (tag: string, items: Iterable<string>, n: number): string => `<${tag} count="${n}">${[...items].join('')}</${tag}>`;
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? list('numFmts', numFmts, numFmts.length) : '') +
      list('fonts', this.fonts.keys(), this.fonts.size) +
      list('fills', this.fills.keys(), this.fills.size) +
      list('borders', this.borders.keys(), this.borders.size) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.keys(), this.xfs.size) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.dxfs, this.dxfs.length) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}
