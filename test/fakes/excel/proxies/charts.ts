/** A worksheet's charts: add (type, source range, series by), name, title, position. Nothing is drawn. */
import { fullAddress } from '../address';
import { FakeOfficeError, ErrorCodes, invalidArgument } from '../errors';
import type { ChartState, SheetState } from '../state';
import { ClientObject, Collection, defineProps } from './clientObject';
import type { Range } from './range';

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
