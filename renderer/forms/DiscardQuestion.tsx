import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAfterFirstPaint } from '../app/useAfterFirstPaint';
import { askToDiscard, hasUnsavedChanges, setDiscardAsker } from './unsavedChanges';

const DiscardDialog = lazy(() => import('./DiscardDialog').then((m) => ({ default: m.DiscardDialog })));

/**
 * Mounted once in the shell: the question every guard asks before typed input is lost, and the
 * guard for closing the window. Keeping what was typed is the default (Enter, Esc, a click outside);
 * throwing it away takes the red button.
 */
export function DiscardQuestion() {
  const [open, setOpen] = useState(false);
  const answer = useRef<((discard: boolean) => void) | null>(null);
  // Mounted, closed, from just after the first page on, so it is ready before any form can be typed in.
  const shown = useAfterFirstPaint() || open;

  useEffect(() => {
    setDiscardAsker(
      () =>
        new Promise<boolean>((resolve) => {
          answer.current = resolve;
          setOpen(true);
        }),
    );
    return () => setDiscardAsker(null);
  }, []);

  useEffect(() => {
    let leaving = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving || !hasUnsavedChanges()) return;
      event.preventDefault();
      event.returnValue = '';
      // In the app the close is only held back, with no word; so the app asks itself and closes once told to.
      // The browser preview asks with its own dialog.
      if (window.minwon) {
        void askToDiscard().then((discard) => {
          if (!discard) return;
          leaving = true;
          window.close();
        });
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const reply = (discard: boolean) => {
    setOpen(false);
    answer.current?.(discard);
    answer.current = null;
  };

  return shown ? (
    <Suspense fallback={null}>
      <DiscardDialog opened={open} reply={reply} />
    </Suspense>
  ) : null;
}
