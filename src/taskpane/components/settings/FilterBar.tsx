import * as React from "react";
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { FILTER_ROLES, FilterRole, Filters } from "../../../core/sheet/filters";
import { PaneStrings } from "../../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  field: { minWidth: "8rem", flexGrow: 1 },
});

export interface FilterBarProps {
  /** The values of each column the sheet has; roles without a column are left out. */
  options: Partial<Record<FilterRole, readonly string[]>>;
  filters: Filters;
  strings: PaneStrings;
  onChange: (role: FilterRole, value: string) => void;
}

/** One dropdown per categorical column (agency, position, grade) the sheet has. */
export function FilterBar(props: FilterBarProps): React.ReactElement | null {
  const styles = useStyles();
  const { options, filters, strings } = props;
  const roles = FILTER_ROLES.filter((role) => (options[role]?.length ?? 0) > 0);
  if (roles.length === 0) {
    return null;
  }

  return (
    <div className={styles.root} role="search" aria-label={strings.filtersTitle}>
      {roles.map((role) => (
        <Field key={role} className={styles.field} label={strings.filterNames[role]}>
          <Select
            data-filter={role}
            value={filters[role] ?? ""}
            onChange={(_, data) => props.onChange(role, data.value)}
          >
            <option value="">{strings.allValues}</option>
            {options[role]?.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
