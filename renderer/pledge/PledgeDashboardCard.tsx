/** The pledge area's card on the dashboard: filled in by the pledge work; shows nothing until then. */
export function PledgeDashboardCard() {
  return null;
}
