import { useEffect, useState } from 'react';

const current = () => window.location.hash.replace(/^#/, '') || '/';

/** The page lives in the URL hash, so a reload (or Electron's 보기 > 새로 고침) stays on the same page. */
export function useHashRoute(): [string, (path: string) => void] {
  const [path, setPath] = useState(current);
  useEffect(() => {
    const onChange = () => setPath(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [path, (next) => (window.location.hash = next)];
}
