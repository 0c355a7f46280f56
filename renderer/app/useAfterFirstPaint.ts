import { useEffect, useState } from 'react';

/**
 * False for the first paint, true just after: what only follows the first page (the charts under the
 * dashboard's tiles, the desk forms) starts fetching its code then, not while the page is still coming up.
 */
export function useAfterFirstPaint() {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const soon = window.setTimeout(() => setPainted(true), 0);
    return () => window.clearTimeout(soon);
  }, []);
  return painted;
}
