/** A stand-in for Excel's custom functions runtime: records associations, builds error objects. */
export class FakeError {
  constructor(readonly code: string, readonly message?: string) {}
}

export interface FakeRuntime {
  CustomFunctions: { associate(id: string, fn: unknown): void; Error: typeof FakeError };
  Office: { context: { displayLanguage: string } };
  associations: [string, unknown][];
}

export function fakeRuntime(displayLanguage = 'zh-CN'): FakeRuntime {
  const associations: [string, unknown][] = [];
  return {
    associations,
    CustomFunctions: { associate: (id, fn) => void associations.push([id, fn]), Error: FakeError },
    Office: { context: { displayLanguage } },
  };
}

export type Fn = (...args: unknown[]) => unknown;

/** Calls a wrapper; a thrown error object comes back as the value, as Excel would show it. */
export function excel(fn: Fn, ...args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (e) {
    return e;
  }
}
