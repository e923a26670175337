import * as React from "react";
import { Button } from "@fluentui/react-components";
import { PaneStrings } from "../../i18n/strings";

export interface ShowMoreButtonProps {
  /** Items of the list not on show yet. */
  hidden: number;
  strings: PaneStrings;
  onShowMore: () => void;
}

/** Renders the "+N more" button under a list cut by useNameLimit, or nothing when none are hidden. */
export function ShowMoreButton(props: ShowMoreButtonProps): React.ReactElement | null {
  if (props.hidden <= 0) {
    return null;
  }
  return (
    <Button appearance="subtle" size="small" onClick={props.onShowMore}>
      {props.strings.more(props.hidden)}
    </Button>
  );
}
