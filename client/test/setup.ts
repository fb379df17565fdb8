import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// Every browser has these; jsdom does not (csv-parse and the import page count UTF-8 bytes with them).
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });

// Mantine's comboboxes (the country picker) measure their dropdown; jsdom lays nothing out, so nothing changes size.
if (typeof globalThis.ResizeObserver === 'undefined')
  Object.assign(globalThis, {
    ResizeObserver: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });
if (typeof Element.prototype.scrollIntoView !== 'function') Element.prototype.scrollIntoView = () => undefined;
