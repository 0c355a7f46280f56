import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Output } from '../../shared/contract';
import { roleLabel } from '../../shared/roles';
import { useAppState } from '../app/SessionContext';
import { ContractForm } from '../forms/ContractForm';
import { FormFooter } from '../app/FormFooter';
import { useContractForm } from '../forms/useContractForm';
import { PinInput } from './PinInput';
import { SignInForm } from './SignInForm';

type Session = Output<'session.current'>;

/**
 * The lock's own place at the end of <body>, and everything else out of reach while it shows: not
 * focusable, not clickable, not read by a screen reader, and no key (F2, Alt+1, a dialog's Esc)
 * reaches the page's listeners. The page itself stays as it was beneath, forms and all, and the field
 * the person was typing in has the focus again once the lock is gone.
 */
function useLockLayer() {
  const [host] = useState(() => document.createElement('div'));
  useLayoutEffect(() => {
    const before = document.activeElement;
    const others = [...document.body.children].filter((el) => !el.hasAttribute('inert'));
    document.body.append(host);
    others.forEach((el) => el.setAttribute('inert', ''));
    // Bubbling, after the lock's own handlers: the document's and window's listeners never see the key.
    const stop = (event: KeyboardEvent) => event.stopPropagation();
    document.body.addEventListener('keydown', stop);
    host.querySelector<HTMLInputElement>('input:not([type=hidden])')?.focus();
    return () => {
      document.body.removeEventListener('keydown', stop);
      others.forEach((el) => el.removeAttribute('inert'));
      host.remove();
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [host]);
  return host;
}

function UnlockForm({ onUnlocked }: { onUnlocked: (session: Session) => void }) {
  const form = useContractForm('session.unlock', { initialValues: { pin: '' }, toInput: (v) => v, asksBeforeDiscard: false });
  return (
    <ContractForm form={form} aria-label="잠금 해제" onSaved={onUnlocked}>
      <Stack>
        <PinInput label="PIN" {...form.getInputProps('pin')} />
        <FormFooter submitLabel="잠금 해제" />
      </Stack>
    </ContractForm>
  );
}

/**
 * The screen's lock, drawn over the page rather than instead of it: after the idle time, the 잠금
 * button, or the core's own refusal, the page and any unsaved form wait beneath, hidden, and come back
 * as they were with the person's PIN. Another person may sign in here instead (the page then starts
 * over for them).
 */
export function LockOverlay({ session }: { session: Session }) {
  const { setSession } = useAppState();
  const host = useLockLayer();
  const [switching, setSwitching] = useState(false);

  return createPortal(
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="lock-title"
      style={{ position: 'fixed', inset: 0, zIndex: 10000, background: 'var(--mantine-color-gray-1)', display: 'flex', alignItems: 'center', justifyContent: 'center' }}
    >
      <Paper withBorder shadow="md" p="xl" w={420}>
        <Stack>
          <Title order={2} size="h3" id="lock-title">
            화면 잠금
          </Title>
          {switching ? (
            <>
              <Text size="sm">다른 사람으로 로그인하면 {session.name} 님이 저장하지 않은 입력은 사라집니다.</Text>
              <SignInForm preselect={null} inLayer onSignedIn={setSession} submitLabel="이 사람으로 로그인" onCancel={() => setSwitching(false)} />
            </>
          ) : (
            <>
              <Text>
                {session.name} ({session.departmentName}) · {session.role ? roleLabel[session.role] : ''}
              </Text>
              <Text size="sm" c="dimmed">
                PIN을 입력하면 하던 화면으로 돌아갑니다. 입력하던 내용은 그대로 있습니다.
              </Text>
              <UnlockForm onUnlocked={setSession} />
              <Button variant="subtle" onClick={() => setSwitching(true)}>
                다른 사람으로 로그인
              </Button>
            </>
          )}
        </Stack>
      </Paper>
    </div>,
    host,
  );
}
