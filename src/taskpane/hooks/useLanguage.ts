import { useState } from "react";
import { Language } from "../../core/language";
import { SheetSource } from "../excel/sheetSource";
import { languageOfDisplay } from "../i18n/strings";

/** The pane's language: Office's display language at start, then whatever the user switches to. */
export function useLanguage(source: SheetSource) {
  const [language, setLanguage] = useState<Language>(() =>
    languageOfDisplay(source.displayLanguage())
  );
  return { language, setLanguage };
}
