import { useEffect } from 'react';

/**
 * Opens the print dialog once what is to be printed is on the page (`active`), and calls `onDone`
 * when the dialog closes, printed or not, so the print-only copy leaves the page again.
 */
export function usePrint(active: boolean, onDone: () => void) {
  useEffect(() => {
    if (!active) return;
    window.addEventListener('afterprint', onDone);
    const timer = setTimeout(() => window.print(), 0);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', onDone);
    };
  }, [active, onDone]);
}
