import { Alert, Button, Group, Loader, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { cardNumber } from '../../shared/pledge/cardHeader';
import { parsePrintRoute, type PrintRequest } from '../../shared/pledge/printRoute';
import { useChannel } from '../api/useChannel';
import { useHashRoute } from '../app/useHashRoute';
import { FormModal } from '../forms/FormModal';
import { AwardsTab } from './AwardsTab';
import { BudgetTab } from './BudgetTab';
import { CardForm } from './CardForm';
import { CertificationTab } from './CertificationTab';
import { CommunicationTab } from './CommunicationTab';
import { PledgePrintView } from './PledgePrintView';
import { ReferencesTab } from './ReferencesTab';
import { SectionTab } from './SectionTab';

/**
 * 공약 실적: the card's 추진실적 generated from the records, and the records only the card keeps.
 * `#/pledge?print=1&card=…` shows the printable card instead (the PDF printer opens that route).
 */
export function PledgePage() {
  const [route] = useHashRoute();
  const [printing, setPrinting] = useState<PrintRequest | null>(null);
  const routed = parsePrintRoute(route);
  if (routed) return <PledgePrintView request={routed} />;
  // The workspace stays mounted behind the print view, so 돌아가기 returns to the same period and tab.
  return (
    <>
      {printing && <PledgePrintView request={printing} onClose={() => setPrinting(null)} />}
      <div style={{ display: printing ? 'none' : undefined }}>
        <PledgeWorkspace onPrint={setPrinting} />
      </div>
    </>
  );
}

function PledgeWorkspace({ onPrint }: { onPrint: (r: PrintRequest) => void }) {
  const cards = useChannel('pledge.cards', {});
  const [cardId, setCardId] = useState<number | null>(null);
  const [tab, setTab] = useState<string | null>('section');
  const [adding, setAdding] = useState(false);
  const card = cards.data?.find((c) => c.id === cardId) ?? cards.data?.[0] ?? null;

  if (!cards.data) {
    return (
      <Stack>
        <Title order={2}>공약 실적</Title>
        {cards.error ? <Alert color="red">{cards.error.message}</Alert> : <Loader aria-label="불러오는 중" />}
      </Stack>
    );
  }
  if (!card) {
    return (
      <Stack maw={900}>
        <Title order={2}>공약 실적</Title>
        <Alert color="blue" title="공약 카드를 먼저 만드세요">
          공약 카드의 머리글(공약번호, 공약명, 부서)과 시장 임기를 입력하면, 기록에서 추진실적을 만들 수 있습니다. 아래 값은 예시이니 기관에 맞게 고치세요.
        </Alert>
        <CardForm card={null} onSaved={(c) => setCardId(c.id)} />
      </Stack>
    );
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={2}>공약 실적</Title>
          <Text c="dimmed">
            {cardNumber(card)} {card.title} · {card.status}
          </Text>
        </Stack>
        <Group align="flex-end">
          {cards.data.length > 1 && (
            <Select
              label="공약 카드"
              data={cards.data.map((c) => ({ value: String(c.id), label: `${cardNumber(c)} ${c.title}` }))}
              value={String(card.id)}
              onChange={(v) => v && setCardId(Number(v))}
              allowDeselect={false}
              w={360}
            />
          )}
          <Button variant="default" onClick={() => setAdding(true)}>
            공약 카드 추가
          </Button>
        </Group>
      </Group>
      <FormModal opened={adding} onClose={() => setAdding(false)} title="공약 카드 추가" size="xl">
        {adding && (
          <CardForm
            card={null}
            onSaved={(c) => {
              setAdding(false);
              setCardId(c.id);
            }}
          />
        )}
      </FormModal>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="section">추진실적</Tabs.Tab>
          <Tabs.Tab value="card">공약 카드</Tabs.Tab>
          <Tabs.Tab value="certification">재인증</Tabs.Tab>
          <Tabs.Tab value="awards">수상·대외평가</Tabs.Tab>
          <Tabs.Tab value="communication">구민소통</Tabs.Tab>
          <Tabs.Tab value="budget">사업비</Tabs.Tab>
          <Tabs.Tab value="references">참고자료</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="section">
          <SectionTab card={card} onPrint={onPrint} />
        </Tabs.Panel>
        <Tabs.Panel value="card">
          <CardForm card={card} onSaved={(c) => setCardId(c.id)} />
        </Tabs.Panel>
        <Tabs.Panel value="certification">
          <CertificationTab cardId={card.id} />
        </Tabs.Panel>
        <Tabs.Panel value="awards">
          <AwardsTab cardId={card.id} />
        </Tabs.Panel>
        <Tabs.Panel value="communication">
          <CommunicationTab cardId={card.id} />
        </Tabs.Panel>
        <Tabs.Panel value="budget">
          <BudgetTab cardId={card.id} />
        </Tabs.Panel>
        <Tabs.Panel value="references">
          <ReferencesTab cardId={card.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
