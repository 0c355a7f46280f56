import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { RequestModal } from './RequestModal';
import { fetchDefaults, walkIn, type RequestOpening } from './requestValues';

const OPEN_EVENT = 'interpretation:quick-entry';

/** Opens the quick form from a button anywhere, the same as pressing F3. */
export const openInterpretationQuickEntry = () => window.dispatchEvent(new Event(OPEN_EVENT));

/**
 * Mounted once in the app shell: F3 from any page opens the request form filled for a visitor at the
 * counter now (today, this minute, the usual language and way, the person at the PC). Enter saves.
 */
export function InterpretationQuickEntry() {
  const [opening, setOpening] = useState<RequestOpening | null>(null);

  useEffect(() => {
    // Asks who is at the PC at the moment the form opens, so a switch of user a second ago is honoured.
    const open = async () => {
      const [defaults, session] = await Promise.all([fetchDefaults(), call('session.current', {})]);
      setOpening(walkIn(defaults, session.ok ? session.value.staffId : null));
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F3' || event.altKey || event.ctrlKey || event.metaKey) return;
      // F3 is the browser's "find again": the desk's shortcut wins inside the app.
      event.preventDefault();
      // Typing in another dialog (or this form) keeps that form; anywhere else F3 opens this one.
      if (!(event.target instanceof Element && event.target.closest('[role="dialog"]'))) void open();
    };
    const onOpen = () => void open();
    window.addEventListener('keydown', onKey);
    window.addEventListener(OPEN_EVENT, onOpen);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(OPEN_EVENT, onOpen);
    };
  }, []);

  return <RequestModal opening={opening} onClose={() => setOpening(null)} keptAcrossPages />;
}
