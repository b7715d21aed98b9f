/** A worksheet's charts: add (type, source range, series by), name, title, position. Nothing is drawn. */
import type { ChartState, SheetState } from '../state';
import { addressOf, rangeArg } from './cells';
import { ClientObject, Collection, type Resolver, defineProps } from './clientObject';
import type { Range } from './range';

export class ChartCollection extends Collection<SheetState, ChartState, Chart> {
  readonly _type = 'ChartCollection';
  _list(s: SheetState): ChartState[] {
    return s.charts;
  }
  _proxy(resolve: Resolver<ChartState>): Chart {
    return new Chart(this.context, resolve);
  }
  add(type: string, sourceData: Range, seriesBy = 'Auto'): Chart {
    return this._add('add', [type, sourceData, seriesBy], 'chart', (s) => {
      const source = addressOf(rangeArg(sourceData, 'chart source'));
      const created = { name: `Chart ${s.charts.length + 1}`, type, source, seriesBy, title: '', position: null };
      s.charts.push(created);
      return created;
    });
  }
}
defineProps<SheetState>(ChartCollection, {});

export class Chart extends ClientObject<ChartState> {
  readonly _type = 'Chart';
  get title(): ChartTitle {
    return this._part('title', ChartTitle);
  }
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._call('setPosition', [startCell, endCell], (c) => {
      const addr = (x: Range | string | undefined): string | null => {
        if (x === undefined) return null;
        if (typeof x === 'string') return x;
        const t = x._t();
        return t ? addressOf(t) : null;
      };
      c.position = { start: addr(startCell) ?? '', end: addr(endCell) };
    });
  }
}
defineProps<ChartState>(Chart, { name: { get: (c) => c.name, set: (c, v: string) => void (c.name = v) } }, ['title']);

export class ChartTitle extends ClientObject<ChartState> {
  readonly _type = 'ChartTitle';
}
defineProps<ChartState>(ChartTitle, {
  text: { get: (c) => c.title, set: (c, v: string) => void (c.title = String(v)) },
});
