import { Badge, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { roleLabel } from '../../shared/roles';
import { call } from '../api/client';
import { useAppState } from '../app/SessionContext';
import { useOpenedOnce } from '../app/useOpenedOnce';
import { mayDiscard } from '../forms/unsavedChanges';

// A form with the PIN rules' schema: fetched when asked for, not with the first page.
const ChangePinDialog = lazy(() => import('./ChangePinDialog').then((m) => ({ default: m.ChangePinDialog })));

/**
 * Who is signed in at this PC, with their role: every record saved now carries this name. 잠금 keeps
 * the page for the person's return; 로그아웃 ends the session, so the next person signs in.
 */
export function SessionHeader() {
  const { session, setSession } = useAppState();
  const [changingPin, setChangingPin] = useState(false);
  const pinDialogShown = useOpenedOnce(changingPin);
  if (!session?.staffId) return null;

  const act = async (channel: 'session.lock' | 'session.signOut') => {
    const result = await call(channel, {});
    if (!result.ok) return notifications.show({ color: 'red', message: result.error.message });
    setSession(result.value);
  };
  const signOut = async () => {
    if (await mayDiscard()) await act('session.signOut');
  };

  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label="로그인한 사람">
      <Text size="sm" fw={600} data-testid="signed-in-name">
        {session.name}
      </Text>
      <Text size="xs" c="dimmed">
        {session.departmentName}
      </Text>
      {session.role && (
        <Badge variant="light" data-testid="signed-in-role">
          {roleLabel[session.role]}
        </Badge>
      )}
      <Button size="xs" variant="subtle" onClick={() => setChangingPin(true)}>
        PIN 바꾸기
      </Button>
      <Button size="xs" variant="default" onClick={() => void act('session.lock')} title="자리를 비울 때: PIN으로 다시 열면 하던 화면 그대로입니다">
        잠금
      </Button>
      <Button size="xs" variant="default" onClick={() => void signOut()} title="다른 사람이 쓰도록 로그아웃합니다">
        로그아웃
      </Button>
      {pinDialogShown && (
        <Suspense fallback={null}>
          <ChangePinDialog opened={changingPin} onDone={() => setChangingPin(false)} />
        </Suspense>
      )}
    </Group>
  );
}
