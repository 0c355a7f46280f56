import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ACCESS_RECORD_YEARS } from '../../shared/contract/privacy';
import type { Settings } from '../../shared/settings';

/** The facts of the office's 개인정보파일, row by row, as the registration form asks them. */
function facts(settings: Settings): [string, string][] {
  const office = [settings.officeName, settings.departmentName, settings.teamName].filter(Boolean).join(' ') || '(설정에서 기관명·부서·팀을 입력하세요)';
  return [
    ['개인정보파일 명칭', '휠체어 무료 대여 대여자 명부'],
    ['운영 목적', '민원실 휠체어 무료 대여와 반납 관리, 반납이 늦어질 때의 연락'],
    ['운영 근거', '정보주체의 동의(개인정보 보호법 제15조제1항제1호): 대여 때 창구에서 수집·이용 동의를 받습니다.'],
    ['개인정보 항목', '대여자 성명, 연락처(전화번호), 대여자 구분(본인·보호자), 대여·반납 일시와 비고'],
    ['수집하지 않는 정보', '주민등록번호, 건강 상태·장애 여부 등 민감정보: 제공한 서비스(휠체어 대여)만 기록합니다.'],
    ['보유기간', `대여 후 ${settings.retentionYears}년. 지나면 성명·연락처·비고를 지체 없이 파기하고 파기한 내용은 파일에서도 지웁니다.`],
    ['접속기록', `개인정보의 전체 보기·성명/전화번호 검색·출력·내려받기를 누가, 언제, 어느 PC에서 했는지 ${ACCESS_RECORD_YEARS}년 보관하고 관리자가 매월 점검합니다(안전성 확보조치 기준 제8조).`],
    ['처리 부서', office],
    ['개인정보 보호책임자', '기관의 개인정보 보호책임자(개인정보 보호법 제31조)'],
    ['개인정보취급자', `${office}의 로그인한 직원(역할별 권한: 담당자·팀장·관리자)`],
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
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    const timer = setTimeout(() => window.print(), 0);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);

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
            개인정보파일 안내: 휠체어 무료 대여 대여자 명부
          </Title>
          <FactsTable settings={settings} label="인쇄용 개인정보파일 안내" />
        </div>
      )}
    </>
  );
}
