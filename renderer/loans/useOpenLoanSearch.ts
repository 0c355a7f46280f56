import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { LoanRow } from '../../shared/contract/loans';
import { call } from '../api/client';

/**
 * The open loans a desk's search finds. Names are masked on every list (이*희), so a name or its 초성 is
 * matched by the core (loans.findOpen); until it answers, and for what the list itself shows (W-02), the
 * loans whose shown text holds the search stay offered, so typing an asset number never flickers.
 */
export function useOpenLoanSearch(openLoans: LoanRow[], search: string, shownText: (loan: LoanRow) => string) {
  const q = search.trim();
  const [debounced] = useDebouncedValue(q, 120);
  const [found, setFound] = useState<{ q: string; ids: number[] } | null>(null);

  useEffect(() => {
    if (!debounced) return;
    let current = true;
    void call('loans.findOpen', { search: debounced }).then((result) => {
      if (current && result.ok) setFound({ q: debounced, ids: result.value });
    });
    return () => {
      current = false;
    };
  }, [debounced]);

  if (!q) return { loans: openLoans, searching: false };
  const byCore = found?.q === q ? new Set(found.ids) : null;
  const lower = q.toLowerCase();
  return {
    loans: openLoans.filter((l) => byCore?.has(l.id) || shownText(l).toLowerCase().includes(lower)),
    // The core has not answered for this text yet: "nothing found" would be said too early.
    searching: byCore === null,
  };
}
