import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';

export function healingHandlers(_deps: CoreDeps): Handlers<never> {
  return {};
}
