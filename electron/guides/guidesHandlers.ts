import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';

export function guidesHandlers(_deps: CoreDeps): Handlers<never> {
  return {};
}
