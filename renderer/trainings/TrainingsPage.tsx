import { deskToday } from '../../shared/korean/deskClock';
import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useCallRefusal } from '../app/SessionContext';
import { useDateRequest } from '../app/useDateRequest';
import { FormModal } from '../forms/FormModal';
import { HealingEditor } from './healing/HealingEditor';
import { HealingTab } from './healing/HealingTab';
import { TrainingCalendar } from './TrainingCalendar';
import { TrainingCoverageTab } from './TrainingCoverageTab';
import { TrainingDetailView } from './TrainingDetailView';
import { TrainingForm } from './TrainingForm';
import { NEW_HEALING_ON, NEW_TRAINING_ON } from './trainingLinks';
import { TrainingListTab } from './TrainingListTab';
import { YearSelect } from './YearSelect';

type Editor = { mode: 'new'; date?: string } | { mode: 'open'; id: number } | null;

/** 교육·힐링: trainings with their attendance, the calendar, the yearly coverage, and healing programs. */
export function TrainingsPage() {
  const [tab, setTab] = useState<string | null>('list');
  const [year, setYear] = useState(() => Number(deskToday().slice(0, 4)));
  const [training, setTraining] = useState<Editor>(null);
  const [healing, setHealing] = useState<Editor>(null);
  // A 담당자 sees the records; registering and changing them is a 팀장's (access.ts), so it is not offered.
  const trainingRefusal = useCallRefusal('trainings.save');
  const healingRefusal = useCallRefusal('healing.save');
  // The 일정 view sends a clicked day here; the year follows it so the saved record shows in the list.
  useDateRequest(NEW_TRAINING_ON, (date) => {
    setYear(Number(date.slice(0, 4)));
    if (!trainingRefusal) setTraining({ mode: 'new', date });
  });
  useDateRequest(NEW_HEALING_ON, (date) => {
    setYear(Number(date.slice(0, 4)));
    setTab('healing');
    if (!healingRefusal) setHealing({ mode: 'new', date });
  });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>교육·힐링</Title>
        {tab !== 'calendar' && <YearSelect value={year} onChange={setYear} />}
      </Group>
      {trainingRefusal && healingRefusal && (
        <Text size="sm" c="dimmed">
          교육과 힐링프로그램의 등록·수정·출석 기록은 팀장 또는 관리자가 합니다. 이 화면에서는 기록을 볼 수 있습니다.
        </Text>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">교육 목록</Tabs.Tab>
          <Tabs.Tab value="calendar">교육 달력</Tabs.Tab>
          <Tabs.Tab value="coverage">부서별 이수 현황</Tabs.Tab>
          <Tabs.Tab value="healing">힐링프로그램</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <TrainingListTab year={year} onNew={trainingRefusal ? undefined : () => setTraining({ mode: 'new' })} onOpen={(id) => setTraining({ mode: 'open', id })} />
        </Tabs.Panel>
        <Tabs.Panel value="calendar" pt="md">
          <TrainingCalendar
            onDayClick={trainingRefusal ? undefined : (date) => setTraining({ mode: 'new', date })}
            onOpenTraining={(id) => setTraining({ mode: 'open', id })}
            onOpenHealing={(id) => setHealing({ mode: 'open', id })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="coverage" pt="md">
          <TrainingCoverageTab year={year} />
        </Tabs.Panel>
        <Tabs.Panel value="healing" pt="md">
          <HealingTab year={year} onNew={healingRefusal ? undefined : () => setHealing({ mode: 'new' })} onOpen={(id) => setHealing({ mode: 'open', id })} />
        </Tabs.Panel>
      </Tabs>

      <FormModal
        opened={training !== null}
        onClose={() => setTraining(null)}
        title={training?.mode === 'open' ? '교육 상세·출석' : '교육 등록'}
        size={training?.mode === 'open' ? 'xl' : 'lg'}
      >
        {training?.mode === 'new' && (
          <Stack>
            {training.date && !healingRefusal && (
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => {
                    setTraining(null);
                    setHealing({ mode: 'new', date: training.date });
                  }}
                >
                  이 날짜로 힐링프로그램 등록
                </Button>
              </Group>
            )}
            <TrainingForm key={training.date ?? 'new'} editing={null} initialDate={training.date} onSaved={(t) => setTraining({ mode: 'open', id: t.id })} onCancel={() => setTraining(null)} />
          </Stack>
        )}
        {training?.mode === 'open' && <TrainingDetailView trainingId={training.id} onClose={() => setTraining(null)} />}
      </FormModal>

      <FormModal
        opened={healing !== null}
        onClose={() => setHealing(null)}
        title={healing?.mode === 'open' ? '힐링프로그램' : '힐링프로그램 등록'}
        size="lg"
      >
        {healing && (
          <HealingEditor
            key={healing.mode === 'open' ? healing.id : `new-${healing.date ?? ''}`}
            programId={healing.mode === 'open' ? healing.id : null}
            initialDate={healing.mode === 'new' ? healing.date : undefined}
            onSaved={(id) => setHealing({ mode: 'open', id })}
            onClose={() => setHealing(null)}
          />
        )}
      </FormModal>
    </Stack>
  );
}
