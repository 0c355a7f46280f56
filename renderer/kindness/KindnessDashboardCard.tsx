/** The kindness area's card on the dashboard: filled in by the kindness work; shows nothing until then. */
export function KindnessDashboardCard() {
  return null;
}
