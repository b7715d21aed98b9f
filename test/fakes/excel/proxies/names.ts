/** Workbook names (NamedItem): add with Excel's name rules, getItem…, formula, comment, visible, delete. */
import { invalidArgument, itemAlreadyExists } from '../errors';
import type { NameState, WorkbookState } from '../state';
import { addressOf, rangeArg } from './cells';
import { ClientObject, Collection, type Resolver, defineProps } from './clientObject';
import { Range } from './range';

/** A name's formula as Excel keeps it: with its leading `=`. */
const asFormula = (v: string): string => (v.startsWith('=') ? v : `=${v}`);

export class NamedItemCollection extends Collection<WorkbookState, NameState, NamedItem> {
  readonly _type = 'NamedItemCollection';
  _list(wb: WorkbookState): NameState[] {
    return wb.names;
  }
  _proxy(resolve: Resolver<NameState>): NamedItem {
    return new NamedItem(this.context, resolve);
  }
  add(name: string, reference: Range | string, comment = ''): NamedItem {
    return this._add('add', [name, reference, comment], 'name', (wb) => {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        throw invalidArgument(`name ${name}`);
      if (find(wb, name)) throw itemAlreadyExists();
      const formula =
        reference instanceof Range ? `=${addressOf(rangeArg(reference, 'name reference'))}` : asFormula(reference);
      const created = { name, formula, comment, visible: true };
      wb.names.push(created);
      return created;
    });
  }
  getItem(k: string): NamedItem {
    return this._item('getItem', [k], `name ${k}`, (wb) => find(wb, k));
  }
  getItemOrNullObject(k: string): NamedItem {
    return this._item('getItemOrNullObject', [k], null, (wb) => find(wb, k));
  }
}
defineProps<WorkbookState>(NamedItemCollection, {});

function find(wb: WorkbookState, name: string): NameState | undefined {
  return wb.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
}

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
  formula: { get: (n) => n.formula, set: (n, v: string) => void (n.formula = asFormula(v)) },
  comment: { get: (n) => n.comment, set: (n, v: string) => void (n.comment = v) },
  visible: { get: (n) => n.visible, set: (n, v: boolean) => void (n.visible = !!v) },
  type: { get: () => 'Range' },
});
