import { BUDGET_FIRST_YEAR, FIRST_DATE, FIRST_YEAR, isCalendarDate, isInDateRange, isInYearRange, LAST_DATE, LAST_YEAR, yearOf } from '../dateRange';
import { withParticle } from '../korean/particles';
import { fullDate } from '../korean/reportFormat';
import { containsResidentNumber, residentNumberRefusal } from '../korean/personalDataPatterns';
import { z } from 'zod';

/**
 * Field schemas shared by every domain, with messages in the desk's language.
 * Upper bounds exist so a pasted novel or a runaway script cannot bloat the database.
 */
/**
 * Control characters (tab and line breaks aside) and half a surrogate pair are never typed at a desk.
 * NUL in particular ends a string for SQLite's length() and trim(): a name of "\0" passed here and
 * failed the database's CHECK with the generic error.
 */
const UNTYPEABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const typeable = (label: string) => [(s: string) => !UNTYPEABLE.test(s), `${label}에 입력할 수 없는 글자가 들어 있습니다.`] as const;

/** A 주민등록번호 is never collected (개인정보 보호법 제24조의2): refused in whatever field it is typed. */
const noResidentNumber = (label: string) => [(s: string) => !containsResidentNumber(s), residentNumberRefusal(label)] as const;

/**
 * The typed text fields long enough for a sentence (notes, memos, results, reasons, contents): the form
 * warns, as it is typed, when a phone number is written in one. Shorter fields are names, codes and
 * numbers, some of them meant for a phone (a helper's 연락처, a card's 내선번호).
 */
export const freeTextFields = z.registry<{ label: string }>();
const FREE_TEXT_FROM = 100;

export const text = (label: string, max = 200) => {
  const field = z
    .string({ error: `${withParticle(label, '을/를')} 입력하세요.` })
    .trim()
    .min(1, `${withParticle(label, '을/를')} 입력하세요.`)
    .max(max, `${withParticle(label, '은/는')} ${max}자 이내로 입력하세요.`)
    .refine(...typeable(label))
    .refine(...noResidentNumber(label));
  return max >= FREE_TEXT_FROM ? field.register(freeTextFields, { label }) : field;
};

export const optionalText = (label: string, max = 2000) => {
  const field = z
    .string({ error: `${withParticle(label, '은/는')} 글자로 입력하세요.` })
    .trim()
    .max(max, `${withParticle(label, '은/는')} ${max}자 이내로 입력하세요.`)
    .refine(...typeable(label))
    .refine(...noResidentNumber(label));
  return (max >= FREE_TEXT_FROM ? field.register(freeTextFields, { label }) : field).default('');
};

/** The largest key a record can have: the office server's INTEGER columns stop there (SQLite's go further, but never get there). */
const MAX_ID = 2_147_483_647;

export const id = (label: string) =>
  z
    .number({ error: `${withParticle(label, '을/를')} 선택하세요.` })
    .int(`${withParticle(label, '이/가')} 올바르지 않습니다.`)
    .positive(`${withParticle(label, '을/를')} 선택하세요.`)
    .max(MAX_ID, `${withParticle(label, '이/가')} 올바르지 않습니다.`);

/**
 * Which fields hold a calendar value, and of what kind: the date property test finds every date,
 * month and year a channel takes through this registry, so a new field is tested the day it is added.
 */
export const calendarFields = z.registry<{ unit: 'date' | 'month' | 'year' }>();

/** `1900.01.01.`, `1900년 1월`: how the refusals name the ends of the range. */
const rangeDates = `${fullDate(FIRST_DATE)}부터 ${fullDate(LAST_DATE)}까지`;
const rangeMonths = (firstYear: number) => `${firstYear}년 1월부터 ${LAST_YEAR}년 12월까지`;
const rangeYears = (firstYear: number) => `${firstYear}년부터 ${LAST_YEAR}년까지`;

/** yyyy-MM-dd, the one date form stored and sent everywhere; within the app's date range (shared/dateRange.ts). */
export const isoDate = (label: string) =>
  z
    .string({ error: `${withParticle(label, '을/를')} 입력하세요.` })
    // Each check stops the next, so a field gets the one message that fits (the form shows every issue).
    // The date fields show 2024.07.05.(금) and take 20240705 or 2024.7.5 (renderer/forms/DateField.tsx):
    // text that is still no date after that is what the person sees, and the message speaks of it so.
    .min(1, { message: `${withParticle(label, '을/를')} 입력하세요.`, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${withParticle(label, '을/를')} 날짜로 알아볼 수 없습니다. 2024.07.05. 또는 20240705처럼 입력하세요.`, abort: true })
    .refine(isCalendarDate, { message: `${withParticle(label, '이/가')} 달력에 없는 날짜입니다.`, abort: true })
    .refine(isInDateRange, `${withParticle(label, '은/는')} ${rangeDates} 입력할 수 있습니다.`)
    .register(calendarFields, { unit: 'date' });

/**
 * yyyy-MM, a month (the kindness board's, the guides' roster, the mayor's term). `firstYear` is later
 * than the range's for a month whose year the database bounds more narrowly (BUDGET_FIRST_YEAR).
 */
export const yearMonth = (label: string, example = '2025-03', firstYear = FIRST_YEAR) =>
  z
    .string({ error: `${withParticle(label, '을/를')} 선택하세요.` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: `${withParticle(label, '은/는')} ${example} 형식으로 입력하세요.`, abort: true })
    .refine((m) => isInYearRange(yearOf(m), firstYear), `${withParticle(label, '은/는')} ${rangeMonths(firstYear)} 입력할 수 있습니다.`)
    .register(calendarFields, { unit: 'month' });

/** yyyy-MM of the mayor's term: its years become the 사업비 현황's columns, which the database starts at 2000. */
export const termMonth = (label: string) => yearMonth(label, '2022-07', BUDGET_FIRST_YEAR);

/** A calendar year (a report's, a list's, a budget column's); `firstYear` as for yearMonth. */
export const year = (label: string, firstYear = FIRST_YEAR) =>
  z
    .number({ error: `${withParticle(label, '을/를')} 숫자로 입력하세요.` })
    .int({ message: `${withParticle(label, '을/를')} 숫자로 입력하세요.`, abort: true })
    .refine((y) => isInYearRange(y, firstYear), `${withParticle(label, '은/는')} ${rangeYears(firstYear)} 입력할 수 있습니다.`)
    .register(calendarFields, { unit: 'year' });

/** HH:mm on the 24-hour clock, the one form every time of day is stored in. */
export const clockTime = (label: string, example = '09:30') =>
  z
    .string({ error: `${withParticle(label, '을/를')} 입력하세요.` })
    // The time fields take hours then minutes on the 24-hour clock; an empty or half-filled one arrives as ''.
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${withParticle(label, '은/는')} 24시간제로 시와 분을 입력하세요(예: ${example}).`);

export const boolean = (label: string) => z.boolean({ error: `${withParticle(label, '은/는')} 예/아니요로 선택하세요.` });

export const noInput = z.object({}).strict().optional();
