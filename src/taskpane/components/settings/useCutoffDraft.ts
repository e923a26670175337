import { useCallback, useEffect, useState } from "react";
import { readCutoffs } from "../../../core/cutoffs";
import { isProblem } from "../../../core/problems";

/**
 * The text typed in a cut-off box. It is applied only when core reads it as valid cut-offs, so an
 * invalid entry shows its message and never reaches the matrix.
 */
export function useCutoffDraft(saved: string, onApply: (text: string) => void) {
  const [draft, setDraft] = useState(saved);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    setDraft(saved);
    setProblem(null);
  }, [saved]);

  const apply = useCallback(() => {
    const cutoffs = readCutoffs(draft);
    if (isProblem(cutoffs)) {
      setProblem(cutoffs.message);
      return;
    }
    setProblem(null);
    onApply(draft.trim());
  }, [draft, onApply]);

  return { draft, setDraft, problem, apply };
}
