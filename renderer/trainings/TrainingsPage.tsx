import { NotBuiltYet } from '../app/NotBuiltYet';

export function TrainingsPage() {
  return <NotBuiltYet area="교육·힐링" />;
}
