import { useEffect, useRef, useState } from 'react';
import { askToDiscard, hasUnsavedOnPage } from '../forms/unsavedChanges';

const current = () => window.location.hash.replace(/^#/, '') || '/';

/**
 * The page lives in the URL hash, so a reload (or Electron's 보기 > 새로 고침) stays on the same page.
 * A page may carry its own parameters after '?' ('#/trainings?date=2025-03-04'); they never change
 * which page is shown.
 */
export const areaPath = (hashPath: string) => hashPath.split('?')[0];

export const hashParams = () => new URLSearchParams(current().split('?')[1] ?? '');

/**
 * The page shown, following the hash. Leaving a page with something typed and not saved asks first:
 * the hash goes back to the page being left until the person chooses to throw the input away.
 */
export function useHashRoute(): [string, (path: string) => void] {
  const [path, setPath] = useState(current);
  const shown = useRef(path);
  const agreed = useRef<string | null>(null);
  useEffect(() => {
    const onChange = () => {
      const next = current();
      const leavesPage = areaPath(next) !== areaPath(shown.current);
      if (leavesPage && agreed.current !== next && hasUnsavedOnPage()) {
        history.replaceState(history.state, '', `#${shown.current}`);
        void askToDiscard().then((discard) => {
          if (!discard) return;
          agreed.current = next;
          window.location.hash = next;
        });
        return;
      }
      agreed.current = null;
      shown.current = next;
      setPath(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [path, (next) => (window.location.hash = next)];
}
