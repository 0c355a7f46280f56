import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { SectionInput } from '../../shared/contract/pledge';
import type { PrintRequest } from '../../shared/pledge/printRoute';
import type { PerformanceSection } from '../../shared/pledge/section';
import { call } from '../api/client';
import { saveFile } from '../api/saveFile';

type Format = 'pledge.exportHwpx' | 'pledge.exportDocx' | 'pledge.exportXlsx' | 'pledge.exportPdf';

/**
 * The card out of the app: the section copied as text in one click, or the whole card printed or saved
 * as HWPX (한글, what offices file), PDF, DOCX or XLSX.
 */
export function SectionOutputs({ section, period, onPrint }: { section: PerformanceSection; period: Required<SectionInput>; onPrint: (r: PrintRequest) => void }) {
  const [busy, setBusy] = useState<Format | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(section.text);
      notifications.show({ color: 'green', message: '추진실적을 복사했습니다. 공약 카드에 붙여 넣으세요.' });
    } catch {
      notifications.show({ color: 'red', message: '복사하지 못했습니다. 오른쪽 텍스트를 직접 선택해 복사하세요.' });
    }
  };

  const download = async (channel: Format) => {
    setBusy(channel);
    const result = await call(channel, period);
    setBusy(null);
    if (!result.ok) return notifications.show({ color: 'red', message: result.error.message });
    saveFile(result.value);
  };

  return (
    <Group>
      <Button onClick={() => void copy()}>텍스트 복사</Button>
      <Button variant="default" onClick={() => onPrint({ cardId: period.cardId, from: period.from, to: period.to, asOf: period.asOf })}>
        인쇄용 보기
      </Button>
      <Button variant="default" loading={busy === 'pledge.exportHwpx'} onClick={() => void download('pledge.exportHwpx')}>
        HWPX 저장
      </Button>
      <Button variant="default" loading={busy === 'pledge.exportPdf'} onClick={() => void download('pledge.exportPdf')}>
        PDF 저장
      </Button>
      <Button variant="default" loading={busy === 'pledge.exportDocx'} onClick={() => void download('pledge.exportDocx')}>
        DOCX 저장
      </Button>
      <Button variant="default" loading={busy === 'pledge.exportXlsx'} onClick={() => void download('pledge.exportXlsx')}>
        XLSX 저장
      </Button>
    </Group>
  );
}
