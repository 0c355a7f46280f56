/** jsdom ships no types of its own; the unit tests use only its window's XML parser (DOMParser). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
