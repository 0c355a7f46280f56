import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** What the row is, for the buttons' labels ("홍길동 추천 수정"): every row's buttons are told apart by it. */
  name: string;
  onEdit: () => void;
  /** Asks before it deletes; the row's own words go in the question. */
  onDelete: () => void;
  /** Buttons for this kind of row, before 수정. */
  children?: ReactNode;
}

/** 수정 and 삭제 at the end of a table row. */
export function RowActions({ name, onEdit, onDelete, children }: Props) {
  return (
    <Group gap={4} wrap="nowrap">
      {children}
      <Button size="xs" variant="subtle" aria-label={`${name} 수정`} onClick={onEdit}>
        수정
      </Button>
      <Button size="xs" variant="subtle" color="red" aria-label={`${name} 삭제`} onClick={onDelete}>
        삭제
      </Button>
    </Group>
  );
}
