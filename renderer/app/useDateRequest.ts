import { useEffect, useEffectEvent } from 'react';
import { isoDate } from '../../shared/contract/fields';
import { areaPath, hashParams } from './useHashRoute';

const validDate = isoDate('날짜');

/** '#/trainings?newTraining=2025-03-04': a link from another area asking a page to open its form on that date. */
export const dateRequestLink = (path: string, name: string, date: string) => `#${path}?${new URLSearchParams({ [name]: date })}`;

/**
 * Answers a date request in the hash when the page mounts, and when the hash changes while it is shown.
 * The request is removed from the hash before the form opens, so a reload or 뒤로 does not open it again.
 */
export function useDateRequest(name: string, onDate: (date: string) => void) {
  const answer = useEffectEvent(onDate);
  useEffect(() => {
    const take = () => {
      const params = hashParams();
      const date = params.get(name);
      if (date === null) return;
      params.delete(name);
      const rest = params.toString();
      const path = areaPath(window.location.hash.replace(/^#/, ''));
      history.replaceState(history.state, '', `#${path}${rest ? `?${rest}` : ''}`);
      // A hand-typed or mangled date opens nothing rather than a form with a wrong day in it.
      if (validDate.safeParse(date).success) answer(date);
    };
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, [name]);
}
