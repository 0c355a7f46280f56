import { lazy, Suspense, useEffect, useState } from 'react';
import { deskKey, onDeskFormsWanted } from './deskEntryRequests';
import { useAfterFirstPaint } from './useAfterFirstPaint';

const LoanQuickEntry = lazy(() => import('../loans/LoanQuickEntry').then((m) => ({ default: m.LoanQuickEntry })));
const InterpretationQuickEntry = lazy(() => import('../interpretation/InterpretationQuickEntry').then((m) => ({ default: m.InterpretationQuickEntry })));

/**
 * Mounted once in the shell: the desk keys listen from the first moment, and the quick forms are
 * fetched as soon as the first page has shown (or at once, when a key or a button asks first).
 */
export function DeskForms() {
  const [asked, setAsked] = useState(false);
  const painted = useAfterFirstPaint();
  useEffect(() => {
    window.addEventListener('keydown', deskKey);
    const stop = onDeskFormsWanted(() => setAsked(true));
    return () => {
      window.removeEventListener('keydown', deskKey);
      stop();
    };
  }, []);
  if (!asked && !painted) return null;
  return (
    <Suspense fallback={null}>
      <LoanQuickEntry />
      <InterpretationQuickEntry />
    </Suspense>
  );
}
