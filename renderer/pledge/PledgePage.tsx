import { NotBuiltYet } from '../app/NotBuiltYet';

export function PledgePage() {
  return <NotBuiltYet area="공약 실적" />;
}
