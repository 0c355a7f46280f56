import { NotBuiltYet } from '../app/NotBuiltYet';

export function SchedulePage() {
  return <NotBuiltYet area="일정" />;
}
