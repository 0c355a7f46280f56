import { useEffect } from 'react';
import { useAppState } from '../app/SessionContext';

/**
 * Who handled it at the desk starts as the person at the PC. The session may still be loading when
 * the form opens: the field fills in as soon as it is known, unless someone was chosen already.
 */
interface FillableForm<V> {
  values: V;
  fillIn: <P extends keyof V & string>(path: P, value: V[P]) => void;
}

export function usePersonAtPc<V extends object>(form: FillableForm<V>, field: keyof V & string) {
  const { session } = useAppState();
  const staffId = session?.staffId ?? null;
  useEffect(() => {
    if (staffId && form.values[field] === null) form.fillIn(field, String(staffId) as V[typeof field]);
  }, [staffId]);
  return staffId === null ? null : String(staffId);
}
