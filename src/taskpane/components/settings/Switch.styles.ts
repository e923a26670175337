import { makeStyles } from "@fluentui/react-components";

/** Radio groups laid out in a row wrap onto a second line rather than overlap the next field. */
export const useSwitchStyles = makeStyles({
  group: { flexWrap: "wrap" },
});
