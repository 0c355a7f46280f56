import { useState } from 'react';
import type { AppError, Result } from '../../shared/result';

/**
 * The one-line form above a list of the card's records (awards, communication activities): blank to
 * add a record, filled from a row to correct that one. Every field is typed text.
 */
export function useRecordForm<F extends Record<string, string>>(blank: () => F) {
  /** The record being corrected; null while the form adds a new one. */
  const [editingId, setEditingId] = useState<number | null>(null);
  const [fields, setFields] = useState(blank);
  const [error, setError] = useState<AppError | null>(null);
  const set = (key: keyof F) => (e: { currentTarget: { value: string } }) => setFields({ ...fields, [key]: e.currentTarget.value });

  const edit = (id: number, values: F) => {
    setEditingId(id);
    setFields(values);
  };
  const cancel = () => {
    setEditingId(null);
    setFields(blank());
  };
  /** Once saved, the form is for a new record again, starting from `next`. */
  const submit = async (send: () => Promise<Result<unknown>>, next: F = blank()) => {
    const result = await send();
    if (!result.ok) return setError(result.error);
    setError(null);
    setEditingId(null);
    setFields(next);
  };

  return { editingId, fields, setFields, set, error, setError, edit, cancel, submit };
}
