import { useCallback, useState } from "react";

/** Names a box shows at first; the DOM stays small even with 100,000 people in the sheet. */
export const NAMES_SHOWN = 12;

/** Names added by each "+N more" click. */
export const NAMES_STEP = 100;

/** How many names of a list are on show, growing by one step per "more" click. */
export function useNameLimit(length: number) {
  const [limit, setLimit] = useState(NAMES_SHOWN);
  const showMore = useCallback(() => setLimit((current) => current + NAMES_STEP), []);
  return { shown: Math.min(limit, length), hidden: Math.max(0, length - limit), showMore };
}
