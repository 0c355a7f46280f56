import { Text } from '@mantine/core';
import type { z } from 'zod';
import { freeTextFields } from '../../shared/contract/fields';
import { personalDataWarning } from '../../shared/korean/personalDataPatterns';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Whether the field at a dot path ('note', 'sessions.0.note') of an input schema is free text (shared/contract/fields.ts). */
function isFreeText(schema: z.ZodType | undefined, path: string[]): boolean {
  if (!schema) return false;
  if (path.length === 0 && freeTextFields.has(schema)) return true;
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return path.length > 0 && isFreeText(def.shape?.[path[0]], path.slice(1));
    case 'array':
      return path.length > 0 && isFreeText(def.element, path.slice(1));
    case 'pipe':
      return isFreeText(def.in, path);
    default:
      return isFreeText(def.innerType, path);
  }
}

const known = new WeakMap<z.ZodType, Map<string, boolean>>();

function isFreeTextField(schema: z.ZodType, field: string): boolean {
  const fields = known.get(schema) ?? new Map<string, boolean>();
  known.set(schema, fields);
  if (!fields.has(field)) fields.set(field, isFreeText(schema, field.split('.')));
  return fields.get(field)!;
}

/**
 * The warning a free-text field shows under itself while it holds a phone number or a 주민등록번호:
 * visitors' personal data does not belong in a note (it would be kept, shown and exported with it).
 * It never blocks the save; the contract itself refuses a 주민등록번호.
 */
export function freeTextHint(schema: z.ZodType, field: string, value: unknown): { description: React.ReactNode } | undefined {
  if (typeof value !== 'string' || !value || !isFreeTextField(schema, field)) return undefined;
  const warning = personalDataWarning(value);
  if (!warning) return undefined;
  return {
    description: (
      <Text span size="xs" c="orange.9" fw={500} role="status">
        ⚠ {warning}
      </Text>
    ),
  };
}
