import { ActionIcon, Alert, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { blockKeys, layoutOf, moveBlock } from '../../shared/pledge/layout';
import type { SectionLine } from '../../shared/pledge/section';
import { indentOf } from '../../shared/pledge/sectionText';
import { call } from '../api/client';

interface Props {
  cardId: number;
  lines: SectionLine[];
  selectedKey: string | null;
  onSelect: (key: string | null) => void;
}

/**
 * The generated lines, each placed as the card places it. ▲▼ move a line with the lines under it;
 * 숨기기 leaves it (and its lines) out of the text. Every change is saved with the card at once.
 */
export function SectionLines({ cardId, lines, selectedKey, onSelect }: Props) {
  const [error, setError] = useState<string | null>(null);
  const save = async (next: SectionLine[]) => {
    const result = await call('pledge.saveLayout', { cardId, lines: layoutOf(next) });
    setError(result.ok ? null : result.error.message);
  };
  const move = (key: string, direction: 'up' | 'down') => {
    const next = moveBlock(lines, key, direction);
    if (next) void save(next);
  };
  const toggle = (line: SectionLine) => {
    const keys = new Set(blockKeys(lines, line.key));
    void save(lines.map((l) => (keys.has(l.key) ? { ...l, hidden: !line.hidden } : l)));
  };
  const removeNote = async (noteId: number) => {
    const result = await call('pledge.deleteNote', { id: noteId });
    setError(result.ok ? null : result.error.message);
  };

  let above: string | null = null;
  return (
    <Stack gap={2} role="list" aria-label="추진실적 줄">
      {error && <Alert color="red">{error}</Alert>}
      {lines.map((line) => {
        const indent = indentOf(line, above);
        if (!line.hidden) above = `${indent}${line.level} ${line.text}`;
        const label = `${line.level} ${line.text}`;
        return (
          <Group key={line.key} role="listitem" gap={4} wrap="nowrap" style={{ opacity: line.hidden ? 0.45 : 1 }}>
            <UnstyledButton
              onClick={() => onSelect(line.key === selectedKey ? null : line.key)}
              aria-pressed={line.key === selectedKey}
              style={{ flex: 1, paddingLeft: `${indent.length * 0.6}em`, borderRadius: 4, background: line.key === selectedKey ? 'var(--mantine-color-blue-light)' : undefined }}
            >
              <Text size="sm" td={line.hidden ? 'line-through' : undefined} fs={line.noteId ? 'italic' : undefined}>
                {label}
              </Text>
            </UnstyledButton>
            <ActionIcon variant="subtle" size="sm" aria-label={`위로: ${label}`} disabled={!moveBlock(lines, line.key, 'up')} onClick={() => move(line.key, 'up')}>
              ▲
            </ActionIcon>
            <ActionIcon variant="subtle" size="sm" aria-label={`아래로: ${label}`} disabled={!moveBlock(lines, line.key, 'down')} onClick={() => move(line.key, 'down')}>
              ▼
            </ActionIcon>
            <Button variant="subtle" size="compact-xs" aria-label={`${line.hidden ? '보이기' : '숨기기'}: ${label}`} onClick={() => toggle(line)} w={52}>
              {line.hidden ? '보이기' : '숨기기'}
            </Button>
            {line.noteId !== undefined && (
              <ActionIcon variant="subtle" color="red" size="sm" aria-label={`메모 지우기: ${label}`} onClick={() => void removeNote(line.noteId!)}>
                ✕
              </ActionIcon>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
