import { contract, isChannelName } from '../../shared/contract';
import type { WireAnswer } from '../../shared/contract/transport';
import type { Result } from '../../shared/result';

/** A channel's result as the transports send it: marked when a command succeeded, so the screens reload. */
export function wireAnswer(channel: string, result: Result<unknown>): WireAnswer {
  return result.ok && isChannelName(channel) && contract[channel].kind === 'command' ? { ...result, recordsChanged: true } : result;
}
