import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { personalDataFile } from '../../shared/contract/privacy';
import type { Settings } from '../../shared/settings';
import { usePrint } from '../app/usePrint';

/** The facts of the office's 개인정보파일, row by row, as the registration form asks them (the core's own words). */
function facts(settings: Settings): [string, string][] {
  const office = [settings.officeName, settings.departmentName, settings.teamName].filter(Boolean).join(' ') || '(설정에서 기관명·부서·팀을 입력하세요)';
  const f = personalDataFile;
  return [
    ['개인정보파일 명칭', f.name],
    ['운영 목적', f.purpose],
    ['운영 근거', f.legalBasis],
    ['개인정보 항목', f.items.join(', ')],
    ['수집하지 않는 정보', f.notCollected],
    ['수집 방법', f.source],
    ['보유기간', f.retention(settings.retentionYears)],
    ['접속기록', f.accessRecords],
    ['처리 부서', office],
    ['개인정보 보호책임자', settings.privacyOfficer || '(설정에서 개인정보 보호책임자를 입력하세요)'],
  ];
}

function FactsTable({ settings, label }: { settings: Settings; label: string }) {
  return (
    <Table withTableBorder withColumnBorders aria-label={label}>
      <Table.Tbody>
        {facts(settings).map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th w={170}>{name}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * 개인정보 처리 안내: the wheelchair ledger's purpose, items, retention and who is responsible, on
 * screen and printable for the office's 개인정보파일 registration (개인정보 보호법 제32조).
 */
export function PersonalDataFileNotice({ settings }: { settings: Settings }) {
  const [printing, setPrinting] = useState(false);
  usePrint(printing, useCallback(() => setPrinting(false), []));

  return (
    <>
      <Paper withBorder p="md" className="no-print">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h5">
            개인정보파일 안내
          </Title>
          <Button size="xs" variant="default" onClick={() => setPrinting(true)}>
            인쇄
          </Button>
        </Group>
        <Text size="sm" c="dimmed" mb="xs">
          개인정보파일 등록(개인정보 보호법 제32조)에 쓰는 내용입니다. 보유기간은 위 설정의 개인정보 보유기간을 따릅니다.
        </Text>
        <FactsTable settings={settings} label="개인정보파일 안내" />
      </Paper>
      {printing && (
        <div className="print-only">
          <Title order={2} mb="md">
            개인정보파일 안내: {personalDataFile.name}
          </Title>
          <FactsTable settings={settings} label="인쇄용 개인정보파일 안내" />
        </div>
      )}
    </>
  );
}
