import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ChannelName, Output } from '../../shared/contract';
import { access, roleRefusal } from '../../shared/contract/access';
import { roleIncludes, type Role } from '../../shared/roles';
import type { Settings } from '../../shared/settings';
import { call, onSessionRefusal } from '../api/client';

type Session = Output<'session.current'>;

interface AppState {
  /** Who is at the PC as the core knows it (null until first read). */
  session: Session | null;
  settings: Settings | null;
  /** The core's answer to a sign-in, unlock or sign-out, shown at once. */
  setSession: (session: Session) => void;
  /** Asks the core again: after a refusal that says the screen is locked or nobody is signed in. */
  refreshSession: () => Promise<void>;
  setSettings: (settings: Settings) => void;
}

const AppStateContext = createContext<AppState | null>(null);

/** Who is at the PC and the office's settings, read once and shared by every page. */
export function AppStateProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);

  const refreshSession = useCallback(async () => {
    const result = await call('session.current', {});
    if (result.ok) setSession(result.value);
  }, []);

  useEffect(() => {
    void refreshSession();
    void call('settings.get', {}).then((r) => r.ok && setSettings(r.value));
    // The core locked by itself (idle past the office's time, a laptop woken up) or signed everyone out.
    return onSessionRefusal(() => void refreshSession());
  }, [refreshSession]);

  return (
    <AppStateContext.Provider value={{ session, settings, setSession, refreshSession, setSettings }}>{children}</AppStateContext.Provider>
  );
}

export function useAppState() {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState outside AppStateProvider');
  return state;
}

/** Whether the person signed in has `needed` (or a role above it): what the screens offer, the core checks again. */
export function useHasRole(needed: Role) {
  const { session } = useAppState();
  return session?.role ? roleIncludes(session.role, needed) : false;
}

/**
 * Why the person signed in may not use `channel`, in the words the core would refuse with (access.ts);
 * null when they may. The screens leave out or disable what it refuses. Until a role is known (outside
 * the app's state, a component tried alone) nothing is refused here: the core checks every call anyway.
 */
export function useCallRefusal(channel: ChannelName): string | null {
  const role = useContext(AppStateContext)?.session?.role;
  return role ? roleRefusal(access[channel], role) : null;
}
