import { Alert, FileButton, Button, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { StaffImportReport } from '../../shared/contract/staff';
import { call } from '../api/client';

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** Loads an office's staff spreadsheet: columns 이름, 부서, 직위 (and optionally 재직). */
export function StaffImport() {
  const [report, setReport] = useState<StaffImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async (file: File | null) => {
    if (!file) return;
    const result = await call('staff.import', { fileName: file.name, contentBase64: await toBase64(file) });
    if (!result.ok) {
      setReport(null);
      return setError(result.error.message);
    }
    setError(null);
    setReport(result.value);
  };

  return (
    <Stack gap="xs">
      <FileButton onChange={load} accept=".csv,.xlsx">
        {(props) => (
          <Button variant="default" {...props}>
            CSV/XLSX 파일에서 가져오기
          </Button>
        )}
      </FileButton>
      <Text size="xs" c="dimmed">
        첫 줄에 이름, 부서, 직위(선택), 재직(선택) 열 제목이 있어야 합니다.
      </Text>
      {error && <Alert color="red">{error}</Alert>}
      {report && (
        <Alert color={report.skipped.length ? 'yellow' : 'green'} title="가져오기 결과">
          추가 {report.added}명, 수정 {report.updated}명, 새 부서 {report.departmentsAdded}개
          {report.skipped.length > 0 && (
            <List size="sm" mt="xs">
              {report.skipped.map((s) => (
                <List.Item key={s.row}>
                  {s.row}행: {s.reason}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
