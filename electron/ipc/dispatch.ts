import type { z } from 'zod';
import { contract, isChannelName } from '../../shared/contract';
import { access, roleRefusal } from '../../shared/contract/access';
import { fail, ok, UserFacingError, type AppError, type FieldIssue, type Result } from '../../shared/result';
import { isConnectionLost } from '../db/constraintErrors';
import { earlierTotalRefusal } from '../imports/earlierTotalRule';
import type { Logger } from '../log';
import { OFFLINE_MESSAGE } from '../offline/deskQueue';
import type { HandlerContext, HandlerTable } from './handlerTypes';

/** Every issue, in the order zod found them; the first also stands as the error's own message and field. */
const refusal = (error: z.ZodError): Omit<AppError, 'code'> => {
  const issues: FieldIssue[] = error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  const first = issues[0];
  return { message: first?.message ?? '입력값이 올바르지 않습니다.', field: first?.field || undefined, issues };
};

/** What the log keeps of an input: its shape, not the personal data inside it. */
const describeInput = (input: unknown) =>
  input && typeof input === 'object' ? { keys: Object.keys(input as object) } : { type: typeof input };

/** What the desk sees when a handler failed in a way nobody foresaw; the cause goes to the log only. */
export function unexpectedFailure(channel: string, rawInput: unknown, actorId: number | null, error: unknown, log: Logger): Result<never> {
  log.error('handler_failed', {
    channel,
    input: describeInput(rawInput),
    actor: actorId,
    error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
  });
  return fail({
    code: 'unexpected',
    message: '처리 중 예기치 않은 오류가 발생했습니다. 저장된 기록은 바뀌지 않았습니다. 오류 기록이 남았으니 관리자에게 알려 주세요.',
  });
}

/**
 * The one path every call takes, whichever transport brought it: refuse channels the contract does
 * not declare, refuse a person whose role does not reach the channel's access (shared/contract/access.ts)
 * before even reading the input, validate the input before any handler runs (so a bad input changes
 * nothing), and turn every exception into an error value.
 */
export async function dispatch(
  table: HandlerTable,
  channelName: string,
  rawInput: unknown,
  ctx: HandlerContext,
  log: Logger,
): Promise<Result<unknown>> {
  if (!isChannelName(channelName)) {
    log.error('unknown_channel', { channel: String(channelName).slice(0, 100) });
    return fail({ code: 'unknown_channel', message: '알 수 없는 요청입니다.' });
  }
  const refused = roleRefusal(access[channelName], ctx.actor?.role ?? null);
  if (refused) return fail({ code: 'forbidden', message: refused });
  const parsed = contract[channelName].input.safeParse(rawInput);
  if (!parsed.success) {
    return fail({ code: 'invalid_input', ...refusal(parsed.error) });
  }
  try {
    const handler = table[channelName] as (input: unknown, ctx: HandlerContext) => unknown;
    return ok(await handler(parsed.data, ctx));
  } catch (error) {
    if (error instanceof UserFacingError) {
      return fail({ code: error.code, message: error.message, field: error.field });
    }
    // A record typed for a month an earlier total already counts, refused by the database in any area.
    const covered = earlierTotalRefusal(error);
    if (covered) return fail({ code: covered.code, message: covered.message });
    // The office server went away mid-call: not a fault of the input or the app, and nothing was saved.
    if (isConnectionLost(error)) return fail({ code: 'offline', message: OFFLINE_MESSAGE });
    return unexpectedFailure(channelName, rawInput, ctx.actor?.id ?? null, error, log);
  }
}
