import { useState } from 'react';

/**
 * Whether a dialog has ever been opened: its code (Mantine's Modal with its focus trap and scroll area,
 * and any form inside) is fetched then rather than with the first page (issue 15), and it stays mounted
 * afterwards so it closes with its transition.
 */
export function useOpenedOnce(open: boolean) {
  const [ever, setEver] = useState(open);
  if (open && !ever) setEver(true);
  return ever || open;
}
