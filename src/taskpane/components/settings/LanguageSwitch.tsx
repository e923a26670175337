import * as React from "react";
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useSwitchStyles } from "./Switch.styles";
import { Language } from "../../../core/language";
import { PaneStrings } from "../../i18n/strings";

export interface LanguageSwitchProps {
  language: Language;
  strings: PaneStrings;
  onChange: (language: Language) => void;
}

/** Switches the pane between Indonesian and English. */
export function LanguageSwitch(props: LanguageSwitchProps): React.ReactElement {
  const styles = useSwitchStyles();
  return (
    <Field label={props.strings.languageLabel}>
      <RadioGroup
        className={styles.group}
        layout="horizontal"
        value={props.language}
        onChange={(_, data) => props.onChange(data.value as Language)}
      >
        <Radio value="id" label="Indonesia" />
        <Radio value="en" label="English" />
      </RadioGroup>
    </Field>
  );
}
