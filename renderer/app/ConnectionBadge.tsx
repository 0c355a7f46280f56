import { Badge, UnstyledButton } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { ConnectionStatus, KeptEntry } from '../../shared/contract/connection';
import { call } from '../api/client';
import { useOpenedOnce } from './useOpenedOnce';

const ConnectionDetails = lazy(() => import('./ConnectionDetails').then((m) => ({ default: m.ConnectionDetails })));

/** The header asks this often; the answer comes from this PC at once, never from a server that is gone. */
const ASK_EVERY_MS = 3000;

/**
 * In the header, only on the office server: whether the desk reaches it, and the entries kept on this
 * PC meanwhile. Opening it lists them; one the server refused waits for a person to send it again or
 * set it aside, never dropped by itself.
 */
export function ConnectionBadge() {
  const [status, setStatus] = useState<ConnectionStatus | null>(null);
  const [open, setOpen] = useState(false);
  const [kept, setKept] = useState<KeptEntry[]>([]);
  const shown = useOpenedOnce(open);

  useEffect(() => {
    let live = true;
    const ask = () => void call('connection.status', {}).then((r) => live && r.ok && setStatus(r.value));
    ask();
    const timer = setInterval(ask, ASK_EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  useEffect(() => {
    if (open) void call('outbox.list', {}).then((r) => r.ok && setKept(r.value));
  }, [open, status?.waiting, status?.conflicts]);

  if (!status || status.engine !== 'postgres') return null;
  const pending = status.waiting + status.conflicts;
  const act = async (channel: 'outbox.retry' | 'outbox.discard', id: number) => {
    const result = await call(channel, { id });
    if (result.ok) setKept(result.value);
  };

  return (
    <>
      <UnstyledButton onClick={() => setOpen(true)} aria-label="사무실 서버 연결 상태">
        <Badge color={!status.online ? 'red' : status.conflicts ? 'orange' : 'green'} variant="filled" size="lg">
          {!status.online ? '서버 연결 끊김' : '사무실 서버'}
          {pending > 0 && ` · 보관 ${pending}건`}
        </Badge>
      </UnstyledButton>
      {shown && (
        <Suspense fallback={null}>
          <ConnectionDetails opened={open} onClose={() => setOpen(false)} online={status.online} kept={kept} act={act} />
        </Suspense>
      )}
    </>
  );
}
