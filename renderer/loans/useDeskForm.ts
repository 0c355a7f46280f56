import { useEffect, useState } from 'react';
import type { AppError, Result } from '../../shared/result';
import { useAppState } from '../app/SessionContext';

/**
 * The state of a quick desk form (lend, return): its fields, the error the main answered with, and
 * one save at a time, since the clerk may press Enter again while the first save is on its way.
 * `staffField` is who handled it at the desk: the person at the PC.
 */
export function useDeskForm<F extends object>(initial: F, staffField: keyof F) {
  const { session } = useAppState();
  const [form, setForm] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  // The session may still be loading when the form opens: the person at the PC fills in as soon as it is known.
  useEffect(() => {
    if (session?.staffId) setForm((f) => (f[staffField] === null ? { ...f, [staffField]: session.staffId } : f));
  }, [session?.staffId]);
  const set = <K extends keyof F>(key: K, value: F[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async <T>(send: () => Promise<Result<T>>, saved: (value: T) => void) => {
    if (saving) return;
    setSaving(true);
    const result = await send();
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    saved(result.value);
  };

  return { form, setForm, set, error, saving, submit };
}
