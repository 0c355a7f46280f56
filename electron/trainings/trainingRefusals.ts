import { UserFacingError } from '../../shared/result';
import { isConstraint } from '../db/constraintErrors';

/**
 * 006's triggers hold the attendance-mode rules if another desk changed the training between the
 * check and the write: their refusal is answered in the same Korean as the check's, on either engine.
 */
const RULES: { message: RegExp; refusal: () => UserFacingError }[] = [
  {
    message: /^인원수로 기록하는 교육에는 개인별 출석을 넣을 수 없습니다\.$/,
    refusal: () => new UserFacingError('conflict', '이 교육은 부서별 인원수로 기록합니다.', 'sessionId'),
  },
  {
    message: /^개인별로 기록하는 교육에는 부서별 인원수를 넣을 수 없습니다\.$/,
    refusal: () => new UserFacingError('conflict', '이 교육은 개인별 출석으로 기록합니다.', 'sessionId'),
  },
  {
    message: /^출석 기록이 있는 교육은 기록 방식을 바꿀 수 없습니다\.$/,
    refusal: () => new UserFacingError('conflict', '출석 기록이 있는 교육은 기록 방식을 바꿀 수 없습니다. 먼저 출석 기록을 지우세요.', 'attendanceMode'),
  },
];

/** The Korean refusal for a trigger's, or the error as it was. */
export function asTrainingRefusal(error: unknown): unknown {
  return RULES.find((r) => isConstraint(error, 'rule', r.message))?.refusal() ?? error;
}
