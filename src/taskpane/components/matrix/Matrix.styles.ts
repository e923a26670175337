import { makeStyles, tokens } from "@fluentui/react-components";

export const useMatrixStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalXS,
    alignItems: "stretch",
  },
  axisTitle: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  rowLabel: {
    writingMode: "vertical-rl",
    transform: "rotate(180deg)",
    textAlign: "center",
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  columnLabel: {
    textAlign: "center",
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  performanceTitle: {
    gridColumn: "1 / span 4",
  },
  potentialTitle: {
    gridColumn: "2 / span 3",
    textAlign: "center",
  },
  total: {
    marginTop: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export const useBoxStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  talentPool: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
  },
  number: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightBold,
  },
  meaning: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
  },
  count: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  names: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    maxHeight: "12rem",
    overflowY: "auto",
  },
  name: {
    display: "block",
    maxWidth: "100%",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    textAlign: "left",
    fontSize: tokens.fontSizeBase200,
  },
});
