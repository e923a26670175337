/**
 * Fills the browser APIs jsdom lacks and Fluent UI calls on mount. Fluent's MessageBar watches its
 * own size with ResizeObserver to reflow long text; jsdom has no layout, so nothing ever resizes.
 */
export function fillJsdomGaps(): void {
  const target = globalThis as unknown as { ResizeObserver?: unknown };
  if (!target.ResizeObserver) {
    target.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}
