import * as React from "react";
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useSwitchStyles } from "./Switch.styles";
import { Numbering } from "../../../core/boxes";
import { PaneStrings } from "../../i18n/strings";

export interface NumberingSwitchProps {
  numbering: Numbering;
  strings: PaneStrings;
  onChange: (numbering: Numbering) => void;
}

/** Switches the box labels between the government and the corporate numbering. */
export function NumberingSwitch(props: NumberingSwitchProps): React.ReactElement {
  const styles = useSwitchStyles();
  const { strings } = props;
  return (
    <Field label={strings.numberingLabel}>
      <RadioGroup
        className={styles.group}
        layout="horizontal"
        value={props.numbering}
        onChange={(_, data) => props.onChange(data.value as Numbering)}
      >
        <Radio value="permenpanrb" label={strings.numberingGovernment} />
        <Radio value="corporate" label={strings.numberingCorporate} />
      </RadioGroup>
    </Field>
  );
}
