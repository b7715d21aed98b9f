/**
 * A minimal stand-in for @testing-library/dom + user-event, which are not installed (the
 * installed @testing-library/react cannot load without its peer @testing-library/dom).
 * Same names and semantics for the subset the UI tests use: render, screen / within queries by
 * role (roles and accessible names from dom-accessibility-api, as testing-library does), text and
 * test id, waitFor / findBy, and events dispatched inside React's act().
 * Once @testing-library/dom is a devDependency, these tests can import from @testing-library/react
 * and @testing-library/user-event instead with few changes.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted: Array<{ root: Root; container: HTMLElement }> = [];

export function render(ui: ReactElement): {
  container: HTMLElement;
  unmount(): void;
  rerender(ui: ReactElement): void;
} {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() => root.render(ui));
  const entry = { root, container };
  mounted.push(entry);
  return {
    container,
    rerender: (next) => act(() => root.render(next)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
      mounted.splice(mounted.indexOf(entry), 1);
    },
  };
}

export function cleanup(): void {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
  document.body.innerHTML = '';
}
afterEach(cleanup);

type Matcher = string | RegExp;
const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const matches = (text: string, m: Matcher): boolean => (typeof m === 'string' ? norm(text) === m : m.test(norm(text)));

interface RoleOptions {
  name?: Matcher;
  hidden?: boolean;
}

function describe(el: Element): string {
  return `<${el.tagName.toLowerCase()} role=${getRole(el)} name="${computeAccessibleName(el)}">`;
}

function one<T extends Element>(found: T[], what: string, base: Element): T {
  if (found.length === 1) return found[0];
  const roles = [...base.querySelectorAll('[role], button, input, a[href], h1, h2, h3')]
    .slice(0, 40)
    .map(describe)
    .join('\n  ');
  throw new Error(`${found.length === 0 ? 'No' : found.length} elements for ${what}. Roles present:\n  ${roles}`);
}

export interface Queries {
  queryAllByRole(role: string, options?: RoleOptions): HTMLElement[];
  getAllByRole(role: string, options?: RoleOptions): HTMLElement[];
  getByRole(role: string, options?: RoleOptions): HTMLElement;
  queryByRole(role: string, options?: RoleOptions): HTMLElement | null;
  findByRole(role: string, options?: RoleOptions): Promise<HTMLElement>;
  queryAllByText(text: Matcher): HTMLElement[];
  getByText(text: Matcher): HTMLElement;
  queryByText(text: Matcher): HTMLElement | null;
  findByText(text: Matcher): Promise<HTMLElement>;
  getByTestId(id: string): HTMLElement;
  queryByTestId(id: string): HTMLElement | null;
  findByTestId(id: string): Promise<HTMLElement>;
}

export function within(base: Element): Queries {
  const q: Queries = {
    queryAllByRole: (role, o = {}) =>
      [...base.querySelectorAll<HTMLElement>('*')].filter(
        (el) =>
          getRole(el) === role &&
          (o.hidden || !isInaccessible(el)) &&
          (o.name === undefined || matches(computeAccessibleName(el), o.name))
      ),
    getAllByRole: (role, o) => {
      const found = q.queryAllByRole(role, o);
      if (!found.length) one(found, `role ${role} ${o?.name ?? ''}`, base);
      return found;
    },
    getByRole: (role, o) => one(q.queryAllByRole(role, o), `role ${role} ${o?.name ?? ''}`, base),
    queryByRole: (role, o) => {
      const found = q.queryAllByRole(role, o);
      return found.length ? one(found, `role ${role}`, base) : null;
    },
    findByRole: (role, o) => waitFor(() => q.getByRole(role, o)),
    queryAllByText: (text) => {
      const hits = [...base.querySelectorAll<HTMLElement>('*')].filter(
        (el) => el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE' && matches(el.textContent ?? '', text)
      );
      // the deepest elements whose text matches
      return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
    },
    getByText: (text) => one(q.queryAllByText(text), `text ${text}`, base),
    queryByText: (text) => {
      const found = q.queryAllByText(text);
      return found.length ? one(found, `text ${text}`, base) : null;
    },
    findByText: (text) => waitFor(() => q.getByText(text)),
    getByTestId: (id) => one([...base.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)], `test id ${id}`, base),
    queryByTestId: (id) => base.querySelector<HTMLElement>(`[data-testid="${id}"]`),
    findByTestId: (id) => waitFor(() => q.getByTestId(id)),
  };
  return q;
}

export const screen: Queries = {
  ...(Object.fromEntries(
    (Object.keys(within(document.body)) as Array<keyof Queries>).map((k) => [
      k,
      (...args: unknown[]) => (within(document.body)[k] as (...a: unknown[]) => unknown)(...args),
    ])
  ) as unknown as Queries),
};

const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Lets pending promises and React updates settle. */
export async function flush(): Promise<void> {
  await act(async () => {
    await tick();
  });
}

export async function waitFor<T>(fn: () => T, { timeout = 3000 } = {}): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return fn();
    } catch (e) {
      if (Date.now() > end) throw e;
      await act(async () => {
        await tick(10);
      });
    }
  }
}

function dispatch(el: Element, event: Event): void {
  act(() => {
    el.dispatchEvent(event);
  });
}

export const fireEvent = {
  click: (el: Element) => dispatch(el, new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })),
  keyDown: (el: Element, init: KeyboardEventInit) =>
    dispatch(el, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })),
  focus: (el: HTMLElement) => act(() => el.focus()),
  drop: (el: Element, files: File[]) => {
    const ev = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(ev, 'dataTransfer', { value: { files, types: ['Files'] } });
    dispatch(el, ev);
  },
  change: (el: HTMLInputElement, files: File[]) => {
    Object.defineProperty(el, 'files', { configurable: true, value: files });
    dispatch(el, new Event('change', { bubbles: true }));
  },
};

/** What a user does: the event, then let the app's promises settle. */
export const user = {
  async click(el: Element): Promise<void> {
    if (el instanceof HTMLElement && el.tabIndex >= 0) act(() => el.focus());
    else {
      const focusable = (el as HTMLElement).closest?.('[tabindex]') as HTMLElement | null;
      if (focusable) act(() => focusable.focus());
    }
    fireEvent.click(el);
    await flush();
  },
  /** Keys by name (`ArrowDown`, `Enter`, `Home` …), each sent to the focused element. */
  async keyboard(...keys: string[]): Promise<void> {
    for (const key of keys) {
      const target = document.activeElement ?? document.body;
      fireEvent.keyDown(target, { key });
      await flush();
    }
  },
};
