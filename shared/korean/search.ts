import { getChoseong } from 'es-hangul';

const CHOSEONG_ONLY = /^[ㄱ-ㅎ\s]+$/;

/**
 * How the desk searches: plain text matches anywhere; a query of initial consonants only
 * ("ㅎㄱㄷ") matches names by their 초성 (홍길동). Digits match phone numbers without hyphens.
 */
export function matchesKoreanQuery(haystack: string, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  if (CHOSEONG_ONLY.test(q)) return getChoseong(haystack).replace(/\s/g, '').includes(q.replace(/\s/g, ''));
  if (/^[\d-]+$/.test(q)) return haystack.replace(/-/g, '').includes(q.replace(/-/g, ''));
  return haystack.toLowerCase().includes(q.toLowerCase());
}
