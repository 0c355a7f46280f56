import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';

export function loansHandlers(_deps: CoreDeps): Handlers<never> {
  return {};
}
