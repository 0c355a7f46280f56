import { AppShell, Group, MantineProvider, NavLink, Text, Title } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { lazy, Suspense, useEffect } from 'react';
import { DiscardQuestion } from '../forms/DiscardQuestion';
import { areas } from './areas';
import { ConnectionBadge } from './ConnectionBadge';
import { roleIncludes } from '../../shared/roles';
import { SessionHeader } from '../session/SessionHeader';
import { useIdleLock } from '../session/useIdleLock';
import { DeskForms } from './DeskForms';
import { MAIN_ID, SkipLink } from './SkipLink';
import { AppStateProvider, useAppState } from './SessionContext';
import { cssVariablesResolver, theme } from './theme';
import { areaPath, useHashRoute } from './useHashRoute';

// The PIN forms are not part of the signed-in desk's first page: fetched when nobody is signed in or the screen locks.
const SignInScreen = lazy(() => import('../session/SignInScreen').then((m) => ({ default: m.SignInScreen })));
const LockOverlay = lazy(() => import('../session/LockOverlay').then((m) => ({ default: m.LockOverlay })));

function Shell() {
  const [path, navigate] = useHashRoute();
  const { settings, session } = useAppState();
  // The menu offers what the person's role may do; the core refuses the rest anyway.
  const shown = areas.filter((a) => !a.forRole || (session?.role && roleIncludes(session.role, a.forRole)));
  const area = shown.find((a) => a.path === areaPath(path)) ?? shown[0];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const n = Number(event.key);
      if (event.altKey && !event.ctrlKey && n >= 1 && n <= shown.length) {
        event.preventDefault();
        navigate(shown[n - 1].path);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, shown.length]);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <SkipLink />
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h3">
              민원서비스 실적관리
            </Title>
            {settings?.officeName && (
              <Text c="dimmed" size="sm">
                {[settings.officeName, settings.departmentName, settings.teamName].filter(Boolean).join(' ')}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <ConnectionBadge />
            <SessionHeader />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="메뉴" className="no-print">
        {shown.map((a, i) => (
          <NavLink
            key={a.path}
            href={`#${a.path}`}
            label={a.label}
            description={i < 9 ? `Alt+${i + 1}` : undefined}
            active={a.path === area.path}
            aria-current={a.path === area.path ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        {area.page()}
      </AppShell.Main>
      <DeskForms />
    </AppShell>
  );
}

/**
 * Nothing of the records before someone signs in; once signed in, the app, and over it the lock when
 * the screen is locked (the page stays mounted beneath, so unsaved input waits for the PIN). Another
 * person signing in gets the app afresh.
 */
function Desk() {
  const { session, settings } = useAppState();
  useIdleLock();
  useEffect(() => {
    document.documentElement.style.fontSize = `${settings?.uiFontSize ?? 16}px`;
  }, [settings?.uiFontSize]);

  if (!session) return null;
  if (session.staffId === null)
    return (
      <Suspense fallback={null}>
        <SignInScreen session={session} />
      </Suspense>
    );
  return (
    <>
      <Shell key={session.staffId} />
      {session.locked && (
        <Suspense fallback={null}>
          <LockOverlay session={session} />
        </Suspense>
      )}
    </>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: 'ko', firstDayOfWeek: 0 }}>
        <Notifications position="bottom-right" />
        <DiscardQuestion />
        <AppStateProvider>
          <Desk />
        </AppStateProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
