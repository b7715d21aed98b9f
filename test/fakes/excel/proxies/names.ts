/** Workbook names (NamedItem): add with Excel's name rules, getItem…, formula, comment, visible, delete. */
import { fullAddress } from '../address';
import { FakeOfficeError, ErrorCodes, invalidArgument, itemNotFound } from '../errors';
import type { NameState, WorkbookState } from '../state';
import { ClientObject, Collection, defineProps } from './clientObject';
import { Range } from './range';

export class NamedItemCollection extends Collection<WorkbookState, NameState, NamedItem> {
  readonly _type = 'NamedItemCollection';
  _list(wb: WorkbookState): NameState[] {
    return wb.names;
  }
  _wrap(n: NameState): NamedItem {
    return new NamedItem(this.context, () => n);
  }
  add(name: string, reference: Range | string, comment = ''): NamedItem {
    let created: NameState | undefined;
    this._call('add', [name, reference, comment], (wb) => {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw invalidArgument(`name ${name}`);
      if (wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, 'A resource with the same name or identifier already exists.');
      let formula: string;
      if (reference instanceof Range) {
        const t = reference._t();
        if (!t) throw invalidArgument('name reference');
        formula = `=${fullAddress(t.sheet.name, t.rect)}`;
      } else formula = reference.startsWith('=') ? reference : `=${reference}`;
      created = { name, formula, comment, visible: true };
      wb.names.push(created);
    });
    return new NamedItem(this.context, () => {
      if (!created) throw new FakeOfficeError(ErrorCodes.generalException, 'name was not added');
      return created;
    });
  }
  private find(k: string): NameState | null {
    return this._t()?.names.find((n) => n.name.toLowerCase() === k.toLowerCase()) ?? null;
  }
  getItem(k: string): NamedItem {
    return new NamedItem(this.context, () => {
      const n = this.find(k);
      if (!n) throw itemNotFound(`name ${k}`);
      return n;
    })._bind('getItem', [k]);
  }
  getItemOrNullObject(k: string): NamedItem {
    return new NamedItem(this.context, () => this.find(k))._bind('getItemOrNullObject', [k]);
  }
}
defineProps<WorkbookState>(NamedItemCollection, {});

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
  formula: { get: (n) => n.formula, set: (n, v: string) => void (n.formula = v.startsWith('=') ? v : `=${v}`) },
  comment: { get: (n) => n.comment, set: (n, v: string) => void (n.comment = v) },
  visible: { get: (n) => n.visible, set: (n, v: boolean) => void (n.visible = !!v) },
  type: { get: () => 'Range' },
});
