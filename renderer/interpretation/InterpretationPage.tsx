import { NotBuiltYet } from '../app/NotBuiltYet';

export function InterpretationPage() {
  return <NotBuiltYet area="통역 지원" />;
}
