import { Alert, Badge, Button, Checkbox, FileInput, Group, List, Paper, ScrollArea, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { areaOnCard, IMPORT_AREAS, importAreaLabels, type ImportArea, type ImportPreview, type ImportReport } from '../../shared/contract/imports';
import { importFields } from '../../shared/imports/importFields';
import { call } from '../api/client';
import { saveFile } from '../api/saveFile';
import { useChannel } from '../api/useChannel';
import { ContractForm } from '../forms/ContractForm';
import { base64StandIn, readBase64 } from '../forms/fileContent';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';

type Mapping = Record<string, number | null>;

const stateLabel = { ready: '가져옴', problem: '문제', already: '이미 있음' } as const;
const stateColor = { ready: 'green', problem: 'red', already: 'gray' } as const;

/**
 * The import wizard: 1. the file and what it holds, 2. the columns as matched by their headers, each
 * changeable, 3. every row as it will be saved with its problem in Korean, 4. saved in one go (rows
 * with problems skipped only when asked), and the report.
 */
export function ImportWizard() {
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const cards = useChannel('pledge.cards', {});

  const form = useContractForm('imports.read', {
    initialValues: { area: 'loans' as ImportArea, file: null as File | null, cardId: '', sheet: '' },
    // The contract's checks (a file, its kind and size) run before the file is read; its bytes go only with the call.
    toInput: (v) => ({ area: v.area, fileName: v.file?.name ?? '', contentBase64: base64StandIn(v.file), cardId: v.cardId ? Number(v.cardId) : null, sheet: v.sheet, mapping }),
    fieldOf: (field) => (field === 'contentBase64' || field === 'fileName' ? 'file' : field),
    asksBeforeDiscard: false,
  });
  const { area, file } = form.values;
  const withBytes = async <I extends { contentBase64: string }>(input: I): Promise<I> => ({ ...input, contentBase64: file ? await readBase64(file) : '' });

  const saveForm = useContractForm('imports.save', {
    initialValues: { skipProblems: false },
    toInput: (v) => ({ area, fileName: file?.name ?? '', contentBase64: base64StandIn(file), cardId: form.values.cardId ? Number(form.values.cardId) : null, sheet: form.values.sheet, mapping, skipProblems: v.skipProblems }),
    fieldOf: (field) => (field === 'skipProblems' ? 'skipProblems' : null),
    asksBeforeDiscard: false,
  });

  /** A new file or area starts the columns over: they are matched again from the headers. */
  const restart = () => {
    setMapping(undefined);
    setPreview(null);
    setReport(null);
    saveForm.startOver();
  };
  const fields = importFields(area);
  const columnOptions = [{ value: '', label: '(읽지 않음)' }, ...(preview?.columns ?? []).map((c) => ({ value: String(c.index), label: `${c.letter}열 · ${c.header || '(제목 없음)'}` }))];

  const template = async () => {
    const result = await call('imports.template', { area });
    if (result.ok) saveFile(result.value);
    else form.setFormError(result.error.message);
  };

  return (
    <Stack>
      <ContractForm
        form={form}
        aria-label="가져올 파일"
        send={async (input) => call('imports.read', await withBytes(input))}
        onSaved={(p) => {
          setPreview(p);
          setMapping(p.mapping);
          setReport(null);
        }}
      >
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={3} size="h5">
              1. 파일과 기록 종류
            </Title>
            <Group align="flex-end">
              <Select
                label="기록 종류"
                data={IMPORT_AREAS.map((a) => ({ value: a, label: importAreaLabels[a] }))}
                allowDeselect={false}
                w={220}
                {...form.getInputProps('area')}
                onChange={(v) => {
                  form.setFieldValue('area', (v ?? 'loans') as ImportArea);
                  restart();
                }}
              />
              <FileInput
                label="엑셀 파일"
                placeholder="XLSX 또는 CSV"
                accept=".xlsx,.csv"
                clearable
                w={300}
                {...form.getInputProps('file')}
                onChange={(f) => {
                  form.setFieldValue('file', f);
                  form.setFieldValue('sheet', '');
                  restart();
                }}
              />
              {areaOnCard(area) && (
                <Select
                  label="공약 카드"
                  data={(cards.data ?? []).map((c) => ({ value: String(c.id), label: `${c.areaNumber} ${c.title}` }))}
                  w={260}
                  {...form.getInputProps('cardId')}
                />
              )}
              {preview && preview.sheets.length > 1 && (
                <Select label="시트" data={preview.sheets} allowDeselect={false} w={160} {...form.getInputProps('sheet')} value={form.values.sheet || preview.sheet} />
              )}
              <Button type="submit" loading={form.saving}>
                {preview ? '다시 읽기' : '읽기'}
              </Button>
              <Button variant="subtle" onClick={() => void template()}>
                빈 서식 받기
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              열 제목으로 열을 찾습니다(예: 대여일·대여일자·빌린 날). 파일을 고친 뒤에는 파일을 다시 골라 읽으세요.
            </Text>
            <FormError />
          </Stack>
        </Paper>

        {preview && (
          <Paper withBorder p="md" mt="md" aria-label="열 연결" component="section">
            <Stack gap="sm">
              <Title order={3} size="h5">
                2. 열 연결 {preview.headerRow !== null && <Text span size="sm" c="dimmed">(제목 줄: {preview.headerRow}행{preview.sheet ? `, 시트 ${preview.sheet}` : ''})</Text>}
              </Title>
              {preview.headerRow === null && <Alert color="yellow">열 제목이 있는 줄을 찾지 못했습니다. 빈 서식의 열 제목을 참고하세요.</Alert>}
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
                {fields.map((f) => (
                  <Select
                    key={f.key}
                    label={`${f.label}${f.required ? ' *' : ''}`}
                    data={columnOptions}
                    allowDeselect={false}
                    size="xs"
                    value={String(mapping?.[f.key] ?? '')}
                    onChange={(v) => setMapping({ ...(mapping ?? {}), [f.key]: v === '' || v === null ? null : Number(v) })}
                    error={preview.missing.includes(f.label) ? '연결할 열을 고르세요.' : undefined}
                  />
                ))}
              </SimpleGrid>
              <Text size="xs" c="dimmed">
                연결을 바꾸었으면 [다시 읽기]를 누르세요. * 표시는 꼭 있어야 하는 열입니다.
              </Text>
            </Stack>
          </Paper>
        )}
      </ContractForm>

      {preview && preview.missing.length === 0 && (
        <Paper withBorder p="md" component="section" aria-label="미리 보기">
          <Stack gap="sm">
            <Title order={3} size="h5">
              3. 미리 보기: 가져올 줄 {preview.counts.ready}, 문제 {preview.counts.problems}, 이미 가져온 줄 {preview.counts.already}
            </Title>
            <ScrollArea.Autosize mah={420}>
              <Table aria-label="가져올 줄" striped withTableBorder fz="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>행</Table.Th>
                    <Table.Th>상태</Table.Th>
                    {fields.map((f) => (
                      <Table.Th key={f.key}>{f.label}</Table.Th>
                    ))}
                    <Table.Th>문제·참고</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((r) => (
                    <Table.Tr key={r.row} aria-label={`${r.row}행`}>
                      <Table.Td>{r.row}</Table.Td>
                      <Table.Td>
                        <Badge size="xs" color={stateColor[r.state]} variant="light" style={{ overflow: 'visible' }} miw={52}>
                          {stateLabel[r.state]}
                        </Badge>
                      </Table.Td>
                      {r.values.map((v, i) => (
                        <Table.Td key={i}>{v}</Table.Td>
                      ))}
                      <Table.Td c={r.problem ? 'red' : 'dimmed'}>{r.problem ?? r.notes.join(' ')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            <ContractForm
              form={saveForm}
              aria-label="가져오기 저장"
              send={async (input) => call('imports.save', await withBytes(input))}
              onSaved={(r) => {
                setReport(r);
                setPreview(null);
                saveForm.startOver();
              }}
            >
              <Group align="flex-end">
                {preview.counts.problems > 0 && <Checkbox label={`문제 있는 ${preview.counts.problems}줄은 건너뛰고 저장`} {...saveForm.getInputProps('skipProblems', { type: 'checkbox' })} />}
                <Button type="submit" loading={saveForm.saving} disabled={preview.counts.ready === 0}>
                  4. {preview.counts.ready}줄 저장
                </Button>
              </Group>
              <FormError mt="xs" />
            </ContractForm>
          </Stack>
        </Paper>
      )}

      {report && (
        <Alert color={report.skipped.length ? 'yellow' : 'green'} title="가져오기 결과" aria-label="가져오기 결과">
          <Text size="sm">
            {report.added}줄을 가져왔습니다. 이미 가져온 줄 {report.already}, 건너뛴 줄 {report.skipped.length}.
          </Text>
          {(report.notes.length > 0 || report.skipped.length > 0) && (
            <List size="sm" mt="xs">
              {report.notes.map((n) => (
                <List.Item key={n}>{n}</List.Item>
              ))}
              {report.skipped.map((s) => (
                <List.Item key={s.row}>
                  {s.row}행 건너뜀: {s.reason}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
