import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom implements neither matchMedia nor ResizeObserver; antd uses them for breakpoints
// (Layout.Sider, Grid) and for measuring (Typography ellipsis, Segmented, Tabs).
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// jsdom throws "Not implemented" when getComputedStyle gets a pseudo-element, which antd passes
// when it measures the scrollbar (Modal, Drawer); the element's own style is good enough here.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

afterEach(() => {
  cleanup();
});

// Pages are lazy chunks, and the first import of one in a test file takes a while in jsdom.
configure({ asyncUtilTimeout: 5000 });
