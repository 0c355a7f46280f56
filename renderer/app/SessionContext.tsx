import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Output } from '../../shared/contract';
import type { Settings } from '../../shared/settings';
import { call } from '../api/client';

type Session = Output<'session.current'>;

interface AppState {
  session: Session | null;
  settings: Settings | null;
  switchStaff: (staffId: number | null) => Promise<string | null>;
  setSettings: (settings: Settings) => void;
}

const AppStateContext = createContext<AppState | null>(null);

/** Who is at the PC and the office's settings, read once and shared by every page. */
export function AppStateProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void call('session.current', {}).then((r) => r.ok && setSession(r.value));
    void call('settings.get', {}).then((r) => r.ok && setSettings(r.value));
  }, []);

  const switchStaff = useCallback(async (staffId: number | null) => {
    const result = await call('session.switch', { staffId });
    if (!result.ok) return result.error.message;
    setSession(result.value);
    return null;
  }, []);

  return (
    <AppStateContext.Provider value={{ session, settings, switchStaff, setSettings }}>{children}</AppStateContext.Provider>
  );
}

export function useAppState() {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState outside AppStateProvider');
  return state;
}
