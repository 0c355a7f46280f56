import { josa } from 'es-hangul';

type Pair = '을/를' | '은/는' | '이/가';

/**
 * A label with the particle its last syllable takes: '민원 업무' → '민원 업무를', '인원' → '인원은'.
 * A trailing "(…)" is read past ('소요 시간(분)' → '…(분)은'). A word that does not end in Hangul
 * ('3.31.', 'ID') keeps both forms, '을(를)', rather than guess how it is read aloud.
 */
export function withParticle(word: string, pair: Pair): string {
  const spoken = word.replace(/\s*\([^)]*\)\s*$/, '');
  const [withBatchim, without] = pair.split('/');
  if (!/[가-힣]$/.test(spoken)) return `${word}${withBatchim}(${without})`;
  return word + josa.pick(spoken, pair);
}
