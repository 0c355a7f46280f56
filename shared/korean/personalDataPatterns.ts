import { maskPhone } from './mask';

/*
 * What a visitor's personal data looks like when it is typed where it does not belong (a note, a memo,
 * a contact result): a Korean phone number, or a 주민등록번호 (or 외국인등록번호, the same shape).
 * Digits touching the match on either side make it something else (an account number, a code).
 */

/** 010-1234-5678, 01012345678, 02-123-4567, 051.123.4567, +82 10 1234 5678, 070-1234-5678. */
const PHONE = /(?<![\d+])(?:\+82[-. ]?0?|0)(?:1[016789]|2|[3-6][1-5]|70)[-. ]?\d{3,4}[-. ]?\d{4}(?!\d)/g;

/**
 * yymmdd-Gnnnnnn: a birth date that can be one, then the digit for sex and century (1–8), then six more.
 * With or without the hyphen: 13 digits that start with a date and carry that digit are one too.
 */
const RESIDENT_NUMBER = /(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]) ?[-–]? ?[1-8]\d{6}(?!\d)/g;

const found = (pattern: RegExp, text: string) => {
  pattern.lastIndex = 0;
  const hit = pattern.test(text);
  pattern.lastIndex = 0;
  return hit;
};

export const containsResidentNumber = (text: string) => found(RESIDENT_NUMBER, text);
export const containsPhoneNumber = (text: string) => found(PHONE, text);

/** The contract's refusal: the office does not collect 주민등록번호 (개인정보 보호법 제24조의2). */
export const residentNumberRefusal = (label: string) =>
  `${label}에 주민등록번호로 보이는 번호가 있습니다. 주민등록번호는 수집하지 않으니 지우고 저장하세요.`;

/**
 * The form's warning for a field of free text, shown as it is typed and never blocking (a phone in a
 * note may be the office's own number): personal data written in a note is kept and shown like the
 * note, so it should not be written there at all.
 */
export function personalDataWarning(text: string): string | null {
  if (containsResidentNumber(text)) return '주민등록번호는 적을 수 없습니다. 지우고 저장하세요.';
  if (containsPhoneNumber(text)) return '전화번호가 들어 있습니다. 메모·비고에는 개인정보(전화번호·주민등록번호·건강 상태)를 적지 마세요.';
  return null;
}

/**
 * A note as lists and files show it: phone numbers masked as in every list (010-****-5678), a
 * 주민등록번호 typed before the contract refused them wholly hidden.
 */
export function maskPersonalDataIn(text: string): string {
  if (!text) return text;
  return text.replace(RESIDENT_NUMBER, (m) => m.replace(/\d/g, '*')).replace(PHONE, (m) => maskPhone(m.replace(/^\+82[-. ]?0?/, '0')));
}
