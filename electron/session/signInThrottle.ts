/**
 * How long a name waits after wrong PINs: nothing for the first four, 30 seconds after the fifth, and
 * twice as long after each further run of five (60 s after the tenth, 120 s after the fifteenth…), up
 * to a day. A right PIN starts the count again. Every desk on the same records sees the same wait.
 */
export const TRIES_PER_RUN = 5;
export const FIRST_WAIT_SECONDS = 30;
/** Past this the doubling stops: a 관리자's PIN reset ends any wait. */
export const LONGEST_WAIT_SECONDS = 24 * 60 * 60;

/** Seconds to wait after the `failed`-th wrong PIN in a row (0: the next try may come at once). */
export function waitAfter(failed: number): number {
  if (failed <= 0 || failed % TRIES_PER_RUN !== 0) return 0;
  return Math.min(FIRST_WAIT_SECONDS * 2 ** (failed / TRIES_PER_RUN - 1), LONGEST_WAIT_SECONDS);
}

/** 30초, 2분, 1시간 4분: how long, as the desk reads it. */
export function durationText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return [hours && `${hours}시간`, minutes && `${minutes}분`, rest && `${rest}초`].filter(Boolean).join(' ');
}

export const waitingMessage = (secondsLeft: number) => `PIN을 여러 번 틀렸습니다. ${durationText(secondsLeft)} 뒤에 다시 하세요.`;

/** What a wrong PIN answers: how many tries are left before a wait, or the wait that starts now. */
export function wrongPinMessage(failed: number): string {
  const wait = waitAfter(failed);
  if (wait > 0) return `PIN이 맞지 않습니다. ${TRIES_PER_RUN}번 틀려 ${durationText(wait)} 동안 기다려야 합니다.`;
  const left = TRIES_PER_RUN - (failed % TRIES_PER_RUN);
  return `PIN이 맞지 않습니다. ${left}번 더 틀리면 잠시 기다려야 합니다.`;
}
