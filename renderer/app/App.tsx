import { AppShell, Group, MantineProvider, NavLink, Text, Title } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { DiscardQuestion } from '../forms/DiscardQuestion';
import { InterpretationQuickEntry } from '../interpretation/InterpretationQuickEntry';
import { LoanQuickEntry } from '../loans/LoanQuickEntry';
import { areas } from './areas';
import { ConnectionBadge } from './ConnectionBadge';
import { CurrentStaffPicker } from './CurrentStaffPicker';
import { MAIN_ID, SkipLink } from './SkipLink';
import { AppStateProvider, useAppState } from './SessionContext';
import { cssVariablesResolver, theme } from './theme';
import { areaPath, useHashRoute } from './useHashRoute';

function Shell() {
  const [path, navigate] = useHashRoute();
  const { settings } = useAppState();
  const area = areas.find((a) => a.path === areaPath(path)) ?? areas[0];

  useEffect(() => {
    document.documentElement.style.fontSize = `${settings?.uiFontSize ?? 16}px`;
  }, [settings?.uiFontSize]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const n = Number(event.key);
      if (event.altKey && !event.ctrlKey && n >= 1 && n <= areas.length) {
        event.preventDefault();
        navigate(areas[n - 1].path);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

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
            <CurrentStaffPicker />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="메뉴" className="no-print">
        {areas.map((a, i) => (
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
      <LoanQuickEntry />
      <InterpretationQuickEntry />
    </AppShell>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: 'ko', firstDayOfWeek: 0 }}>
        <Notifications position="bottom-right" />
        <DiscardQuestion />
        <AppStateProvider>
          <Shell />
        </AppStateProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
