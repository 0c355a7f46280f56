/** The trainings area's card on the dashboard: filled in by the trainings work; shows nothing until then. */
export function TrainingsDashboardCard() {
  return null;
}
