import type { AppError, FieldIssue } from '../../shared/result';

/** Where each message of a refusal goes: beside a field the form shows, or above the buttons. */
export interface PlacedRefusal {
  fieldErrors: Record<string, string>;
  /** Messages about no field on screen, in order, each once. */
  formMessages: string[];
}

/** A refusal's problems, one per entry: every issue when the main sent them, else its one message. */
export const issuesOf = (error: AppError): FieldIssue[] =>
  error.issues?.length ? error.issues : [{ field: error.field ?? '', message: error.message }];

/**
 * Puts each message beside the field it names when that field is on screen (or the list it is part
 * of is: `languages.1.level` lands on `languages`); the first message per field wins, as in the
 * form's own check. Anything else stays visible above the buttons, so no refusal is ever silent.
 */
export function placeIssues(issues: FieldIssue[], shown: ReadonlySet<string>, rename: (field: string) => string | null = (f) => f): PlacedRefusal {
  const fieldErrors: Record<string, string> = {};
  const formMessages: string[] = [];
  for (const issue of issues) {
    const named = issue.field ? rename(issue.field) : null;
    const target = named === null ? null : shown.has(named) ? named : [...shown].find((s) => named.startsWith(`${s}.`)) ?? null;
    if (target !== null) fieldErrors[target] ??= issue.message;
    else if (!formMessages.includes(issue.message)) formMessages.push(issue.message);
  }
  return { fieldErrors, formMessages };
}
