import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';

// jsdom lacks the layout APIs Mantine's components ask for; these answer "nothing to measure".
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView = () => {};
// Mantine's autosize Textarea listens for web fonts finishing loading; jsdom loads none.
if (!document.fonts) Object.defineProperty(document, 'fonts', { value: { addEventListener() {}, removeEventListener() {} } });

afterEach(() => cleanup());
// A Mantine transition still running when the last test of a file ends sets its state from a timer; once
// vitest has torn jsdom down, that timer's `window` is gone and the run reports an error no test made.
// The file's environment waits for those timers (Mantine's longest transition is well under this).
afterAll(() => new Promise((resolve) => setTimeout(resolve, 500)));

// A form with Mantine's date and time fields takes a second or two to type into under jsdom; on a shared
// two-core machine running the whole suite, vitest's 5 s default cut tests off that pass on their own.
vi.setConfig({ testTimeout: 30_000 });
