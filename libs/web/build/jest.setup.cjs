// Runs in every web test file before the tests: jest-dom matchers and what Mantine needs from a
// browser that jsdom does not provide.
require('@testing-library/jest-dom');

// Lazy pages and a loaded CI machine: allow more than Jest's default 5 s per test. Set here, not as the
// preset's `testTimeout`, which Jest ignores for a project inside the multi-project unit run.
/* global jest -- Jest's own global in a setup file */
jest.setTimeout(15_000);

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query) => ({
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

class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserver;

// Mantine's Combobox scrolls options into view; jsdom has no layout.
window.HTMLElement.prototype.scrollIntoView = () => {};

// Each test starts from a clean slate: no remembered language, default document language.
beforeEach(() => {
  window.localStorage.clear();
  window.document.documentElement.removeAttribute('lang');
});

// Pages are lazy chunks: on a loaded CI machine the first render can take more than the default 1 s.
require('@testing-library/react').configure({ asyncUtilTimeout: 5000 });
