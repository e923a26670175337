import * as React from "react";
import { boxActions, boxMeaning, boxOf, isInTalentPool, Numbering } from "../../../core/boxes";
import { Language } from "../../../core/language";
import { Level, LEVEL_NAMES } from "../../../core/levels";
import { TalentGrid } from "../../../core/sheet/types";
import { PaneStrings } from "../../i18n/strings";
import { BoxCell } from "./BoxCell";
import { useMatrixStyles } from "./Matrix.styles";

export interface MatrixProps {
  grid: TalentGrid;
  numbering: Numbering;
  language: Language;
  strings: PaneStrings;
  onSelectRow: (rowNumber: number) => void;
}

/** Performance levels from the top row down, potential levels from left to right. */
const PERFORMANCE_ROWS: readonly Level[] = [3, 2, 1];
const POTENTIAL_COLUMNS: readonly Level[] = [1, 2, 3];

function shareText(count: number, total: number, language: Language): string {
  const format = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 });
  return format.format(total === 0 ? 0 : count / total);
}

/** The 3 x 3 matrix: performance as rows with high at the top, potential as columns, high right. */
export function Matrix(props: MatrixProps): React.ReactElement {
  const styles = useMatrixStyles();
  const { grid, language, strings } = props;

  return (
    <div>
      <div className={styles.root} role="group" aria-label={strings.title}>
        <div className={`${styles.axisTitle} ${styles.performanceTitle}`}>
          {strings.performanceAxis} ↑
        </div>
        {PERFORMANCE_ROWS.map((performance) => (
          <React.Fragment key={performance}>
            <div className={styles.rowLabel}>
              {LEVEL_NAMES.performance[language][performance - 1]}
            </div>
            {POTENTIAL_COLUMNS.map((potential) => {
              const position = { performance, potential };
              const box = boxOf(performance, potential);
              return (
                <BoxCell
                  key={box}
                  box={box}
                  shownNumber={boxOf(performance, potential, props.numbering)}
                  meaning={boxMeaning(position, language)}
                  actions={boxActions(position, language)}
                  share={shareText(grid.boxes[box].length, grid.total, language)}
                  inTalentPool={isInTalentPool(position)}
                  people={grid.boxes[box]}
                  strings={strings}
                  onSelectRow={props.onSelectRow}
                />
              );
            })}
          </React.Fragment>
        ))}
        <div />
        {POTENTIAL_COLUMNS.map((potential) => (
          <div key={potential} className={styles.columnLabel}>
            {LEVEL_NAMES.potential[language][potential - 1]}
          </div>
        ))}
        <div className={`${styles.axisTitle} ${styles.potentialTitle}`}>
          {strings.potentialAxis} →
        </div>
      </div>
      <div className={styles.total} data-total={grid.total}>
        {strings.total(grid.total)}
      </div>
    </div>
  );
}
