import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { RequestModal } from './RequestModal';
import { fetchDefaults, walkIn, type RequestOpening } from './requestValues';
import { interpretationEntryRequests } from '../app/deskEntryRequests';

/**
 * Mounted once in the app shell (renderer/app/DeskForms.tsx): F3 from any page opens the request form filled for a visitor at the
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
    // F3 and the buttons, through the shell (renderer/app/deskEntryRequests.ts).
    return interpretationEntryRequests.listen(() => void open());
  }, []);

  return <RequestModal opening={opening} onClose={() => setOpening(null)} keptAcrossPages />;
}
