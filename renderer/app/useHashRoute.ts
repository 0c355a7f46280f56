import { useEffect, useState } from 'react';

const current = () => window.location.hash.replace(/^#/, '') || '/';

/**
 * The page lives in the URL hash, so a reload (or Electron's 보기 > 새로 고침) stays on the same page.
 * A page may carry its own parameters after '?' ('#/trainings?date=2025-03-04'); they never change
 * which page is shown.
 */
export const areaPath = (hashPath: string) => hashPath.split('?')[0];

export const hashParams = () => new URLSearchParams(current().split('?')[1] ?? '');

export function useHashRoute(): [string, (path: string) => void] {
  const [path, setPath] = useState(current);
  useEffect(() => {
    const onChange = () => setPath(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [path, (next) => (window.location.hash = next)];
}
