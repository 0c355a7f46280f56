import { UserFacingError } from '../../shared/result';
import { isConstraint } from '../db/constraintErrors';

/**
 * 007's triggers hold the head-count and photo rules when another desk changed the program between
 * the check and the write: their refusal is answered in the same Korean as the check's, on either engine.
 */
const RULES: { message: RegExp; refusal: () => UserFacingError }[] = [
  {
    message: /^참여 인원은 명단에 적은 사람 수보다 적을 수 없습니다\.$/,
    refusal: () => new UserFacingError('conflict', '참여 인원은 명단에 고른 직원 수보다 적을 수 없습니다.', 'participants'),
  },
  {
    message: /^사진은 한 프로그램에 30장까지 올릴 수 있습니다\.$/,
    refusal: () => new UserFacingError('conflict', '사진은 한 프로그램에 30장까지 올릴 수 있습니다.', 'contentBase64'),
  },
];

/** The Korean refusal for a trigger's, or the error as it was. */
export function asHealingRefusal(error: unknown): unknown {
  return RULES.find((r) => isConstraint(error, 'rule', r.message))?.refusal() ?? error;
}
