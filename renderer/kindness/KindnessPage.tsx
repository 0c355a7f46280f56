import { NotBuiltYet } from '../app/NotBuiltYet';

export function KindnessPage() {
  return <NotBuiltYet area="친절 으뜸이" />;
}
