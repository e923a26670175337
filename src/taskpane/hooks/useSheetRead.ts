/* global setTimeout, clearTimeout */
import { useCallback, useEffect, useRef, useState } from "react";
import { SheetRead, SheetSource } from "../excel/sheetSource";

/** Quiet time after the last change event before the sheet is read again. */
export const CHANGE_DEBOUNCE_MS = 300;

export interface SheetReadState {
  readonly read: SheetRead | null;
  readonly loading: boolean;
  /** The message of the last failed read, or null. */
  readonly error: string | null;
}

/**
 * Reads the active sheet on mount and again after the active sheet or its data changes. Change
 * events are debounced, and a read that finishes after a newer one started is dropped.
 */
export function useSheetRead(source: SheetSource): SheetReadState {
  const [state, setState] = useState<SheetReadState>({ read: null, loading: true, error: null });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const id = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const read = await source.readActiveSheet();
      if (id === latest.current) {
        setState({ read, loading: false, error: null });
      }
    } catch (error) {
      if (id === latest.current) {
        setState((previous) => ({ ...previous, loading: false, error: (error as Error).message }));
      }
    }
  }, [source]);

  useEffect(() => {
    let mounted = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => void) | undefined;

    void reload();
    source
      .subscribe(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), CHANGE_DEBOUNCE_MS);
      })
      .then((unsubscribe) => {
        if (mounted) {
          stop = unsubscribe;
        } else {
          unsubscribe();
        }
      })
      .catch((error: Error) => {
        // NOTE: without events the pane still shows the sheet as read when it opened.
        setState((previous) => ({ ...previous, error: error.message }));
      });

    return () => {
      mounted = false;
      clearTimeout(timer);
      stop?.();
    };
  }, [source, reload]);

  return state;
}
