/**
 * jsdom lacks what Fluent and the virtualiser use (ResizeObserver, matchMedia, scrollTo, layout
 * sizes). Import this file first in every UI test.
 */
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { act } from 'react';

// A check's result renders in a transition (time-sliced, after the click): on a loaded machine
// findBy… and waitFor may need more than their default second to see it. They return as soon as
// what they wait for is there, so a passing test is no slower.
configure({ asyncUtilTimeout: 15_000 });

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as Record<string, unknown>;
if (!g.ResizeObserver) g.ResizeObserver = ResizeObserverStub;
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
window.scrollTo = (() => undefined) as typeof window.scrollTo;
Element.prototype.scrollTo = function scrollTo(this: Element, a?: ScrollToOptions | number, b?: number): void {
  const top = typeof a === 'object' ? a.top : b;
  if (typeof top === 'number') (this as HTMLElement).scrollTop = top;
  setTimeout(() => {
    const fire = (): void => void this.dispatchEvent(new Event('scroll'));
    // inside a user-event call testing-library turns the act environment off (it wraps the events itself)
    if ((globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT) act(fire);
    else fire();
  }, 0);
} as Element['scrollTo'];
Element.prototype.scrollIntoView = function scrollIntoView(): void {};

/** A pane-sized viewport for every element: the virtualiser sizes its window from clientHeight. */
export const VIEWPORT = { width: 320, height: 480 };
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => VIEWPORT.height });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => VIEWPORT.width });
Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => VIEWPORT.height });
Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => VIEWPORT.width });
/** Content height: the inline height of the first child (the virtualiser's sizer), else the viewport. */
Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
  configurable: true,
  get(this: HTMLElement) {
    const h = parseFloat((this.firstElementChild as HTMLElement | null)?.style?.height ?? '');
    return Number.isFinite(h) ? Math.max(h, VIEWPORT.height) : VIEWPORT.height;
  },
});
