import { Alert, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { Output } from '../../shared/contract';
import { useAppState } from '../app/SessionContext';
import { FirstRunForm } from './FirstRunForm';
import { SignInForm } from './SignInForm';

/**
 * What the PC shows while nobody is signed in: the names and a PIN, or, on the office's first run,
 * the form that makes its first person the 관리자. Nothing of the records is shown before it.
 */
export function SignInScreen({ session }: { session: Output<'session.current'> }) {
  const { settings, setSession } = useAppState();
  const office = [settings?.officeName, settings?.departmentName, settings?.teamName].filter(Boolean).join(' ');
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={480}>
        <Stack>
          <div>
            <Title order={1} size="h2">
              민원서비스 실적관리
            </Title>
            {office && <Text c="dimmed">{office}</Text>}
          </div>
          {session.firstRun ? (
            <>
              <Title order={2} size="h4">
                처음 사용: 관리자 등록
              </Title>
              <Alert color="blue">
                {session.firstRun.upgraded
                  ? '직원 명단은 있지만 아직 PIN이 있는 사람이 없습니다. 지금 등록하는 사람이 관리자가 됩니다(명단에 있는 이름이면 그 직원으로). 관리자가 다른 직원에게 역할과 임시 PIN을 정해 줍니다.'
                  : '처음 등록하는 사람이 관리자가 됩니다. 관리자가 직원·부서 메뉴에서 다른 직원을 등록하고 역할과 임시 PIN을 정해 줍니다.'}
              </Alert>
              <FirstRunForm onSignedIn={setSession} />
            </>
          ) : (
            <>
              <Title order={2} size="h4">
                로그인
              </Title>
              <SignInForm preselect={session.lastStaffId} onSignedIn={setSession} />
              <Text size="xs" c="dimmed">
                PIN을 잊었으면 관리자에게 임시 PIN을 받으세요. 5번 틀리면 잠시 기다려야 합니다.
              </Text>
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
