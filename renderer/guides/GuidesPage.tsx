import { NotBuiltYet } from '../app/NotBuiltYet';

export function GuidesPage() {
  return <NotBuiltYet area="안내 도우미" />;
}
