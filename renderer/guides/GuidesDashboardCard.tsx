/** The guides area's card on the dashboard: filled in by the guides work; shows nothing until then. */
export function GuidesDashboardCard() {
  return null;
}
