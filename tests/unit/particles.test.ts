import { describe, expect, it } from 'vitest';
import { withParticle } from '../../shared/korean/particles';

describe('Korean particles in messages', () => {
  it('follow the last syllable of the label', () => {
    expect(withParticle('민원 업무', '을/를')).toBe('민원 업무를');
    expect(withParticle('인원', '은/는')).toBe('인원은');
    expect(withParticle('날짜', '이/가')).toBe('날짜가');
    expect(withParticle('부서', '을/를')).toBe('부서를');
  });

  it('read past a unit in parentheses', () => {
    expect(withParticle('소요 시간(분)', '은/는')).toBe('소요 시간(분)은');
    expect(withParticle('기본 대여 기간(일)', '은/는')).toBe('기본 대여 기간(일)은');
  });

  it('keep both forms where the word does not end in Hangul', () => {
    expect(withParticle('3.31.', '은/는')).toBe('3.31.은(는)');
    expect(withParticle('ID', '을/를')).toBe('ID을(를)');
  });
});
