import { NotBuiltYet } from '../app/NotBuiltYet';

export function LoansPage() {
  return <NotBuiltYet area="휠체어 대여" />;
}
