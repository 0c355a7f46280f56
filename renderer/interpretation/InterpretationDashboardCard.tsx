/** The interpretation area's card on the dashboard: filled in by the interpretation work; shows nothing until then. */
export function InterpretationDashboardCard() {
  return null;
}
