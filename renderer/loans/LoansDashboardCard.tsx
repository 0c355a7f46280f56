/** The loans area's card on the dashboard: filled in by the loans work; shows nothing until then. */
export function LoansDashboardCard() {
  return null;
}
