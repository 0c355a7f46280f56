import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { InterpretationRequest } from '../../shared/contract/interpretation';
import { call } from '../api/client';
import { existing, type RequestOpening } from './requestValues';

/** What a list of requests lets the desk do with a row: edit it, close a booking as served, or call it off. */
export function useRequestActions() {
  const [opening, setOpening] = useState<RequestOpening | null>(null);
  return {
    opening,
    setOpening,
    edit: (r: InterpretationRequest) => setOpening(existing(r)),
    close: (r: InterpretationRequest) => setOpening(existing(r, true)),
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
