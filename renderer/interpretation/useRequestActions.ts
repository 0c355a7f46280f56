import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { InterpretationRequest } from '../../shared/contract/interpretation';
import { call } from '../api/client';
import { editDraft } from './drafts';
import type { RequestDraft } from './RequestForm';

/** What a list of requests lets the desk do with a row: edit it, close a booking as served, or call it off. */
export function useRequestActions() {
  const [draft, setDraft] = useState<RequestDraft | null>(null);
  return {
    draft,
    setDraft,
    edit: (r: InterpretationRequest) => setDraft(editDraft(r)),
    close: (r: InterpretationRequest) => setDraft(editDraft(r, true)),
    cancel: async (r: InterpretationRequest) => {
      const result = await call('interpretation.requests.cancel', { id: r.id });
      notifications.show(
        result.ok
          ? { color: 'gray', message: `예약을 취소했습니다: ${r.date} ${r.languageLabel} · ${r.task}` }
          : { color: 'red', message: result.error.message },
      );
    },
  };
}
