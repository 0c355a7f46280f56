import { useEffect } from 'react';
import { call } from '../api/client';
import { useAppState } from '../app/SessionContext';

/** What counts as the person being at the PC. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** How often the core hears that the person is still here while they only type or read. */
const TELL_CORE_EVERY_MS = 30_000;
const CHECK_EVERY_MS = 5_000;

/**
 * Locks the screen after the office's idle time without a key, a click or a mouse move. Typing a long
 * form calls nothing, so the core, which keeps its own idle clock from the calls it receives (and
 * locks on the first call after the time), hears every half minute of activity that the person is
 * still here.
 */
export function useIdleLock() {
  const { session, setSession } = useAppState();
  const active = session !== null && session.staffId !== null && !session.locked;
  const minutes = session?.lockAfterMinutes ?? 10;

  useEffect(() => {
    if (!active) return;
    let lastInput = Date.now();
    let lastTold = Date.now();
    let locking = false;
    const onActivity = () => {
      lastInput = Date.now();
      if (lastInput - lastTold < TELL_CORE_EVERY_MS) return;
      lastTold = lastInput;
      void call('session.stillHere', {});
    };
    ACTIVITY.forEach((type) => window.addEventListener(type, onActivity, { capture: true, passive: true }));
    const timer = setInterval(() => {
      if (locking || Date.now() - lastInput < minutes * 60_000) return;
      locking = true;
      void call('session.lock', {}).then((result) => {
        locking = false;
        if (result.ok) setSession(result.value);
      });
    }, CHECK_EVERY_MS);
    return () => {
      ACTIVITY.forEach((type) => window.removeEventListener(type, onActivity, { capture: true }));
      clearInterval(timer);
    };
  }, [active, minutes, setSession]);
}
