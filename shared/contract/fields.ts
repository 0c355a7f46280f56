import { withParticle } from '../korean/particles';
import { z } from 'zod';

/**
 * Field schemas shared by every domain, with messages in the desk's language.
 * Upper bounds exist so a pasted novel or a runaway script cannot bloat the database.
 */
export const text = (label: string, max = 200) =>
  z
    .string({ error: `${withParticle(label, '을/를')} 입력하세요.` })
    .trim()
    .min(1, `${withParticle(label, '을/를')} 입력하세요.`)
    .max(max, `${withParticle(label, '은/는')} ${max}자 이내로 입력하세요.`);

export const optionalText = (label: string, max = 2000) =>
  z
    .string({ error: `${withParticle(label, '은/는')} 글자로 입력하세요.` })
    .trim()
    .max(max, `${withParticle(label, '은/는')} ${max}자 이내로 입력하세요.`)
    .default('');

export const id = (label: string) =>
  z
    .number({ error: `${withParticle(label, '을/를')} 선택하세요.` })
    .int(`${withParticle(label, '이/가')} 올바르지 않습니다.`)
    .positive(`${withParticle(label, '을/를')} 선택하세요.`);

/** yyyy-MM-dd, the one date form stored and sent everywhere. */
export const isoDate = (label: string) =>
  z
    .string({ error: `${withParticle(label, '을/를')} 입력하세요.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${withParticle(label, '은/는')} 2024-07-05 형식으로 입력하세요.`)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      message: `${withParticle(label, '이/가')} 달력에 없는 날짜입니다.`,
    });

export const boolean = (label: string) => z.boolean({ error: `${withParticle(label, '은/는')} 예/아니요로 선택하세요.` });

export const noInput = z.object({}).strict().optional();
