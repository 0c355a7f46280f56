import { Badge, Box, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { holidayNames, isWeekend } from '../../shared/korean/holidays';
import { dayButtonName, monthOf, WEEKDAY_LABELS, weekdayOf } from './calendarDates';

interface Props {
  /** The dates to draw, a whole number of weeks starting on Sunday. */
  dates: string[];
  /** The month being shown; days outside it are dimmed. Omit in the week view. */
  month?: string;
  label: string;
  /** Clicking the day's number: "add something on this date". */
  onDayClick?: (date: string) => void;
  /** What pressing the day's number does, named after the day: `근무 추가`. */
  dayAction?: string;
  /** A warning beside the day's number, e.g. 미배치. */
  flag?: (date: string) => string | null;
  renderDay: (date: string) => ReactNode;
  minCellHeight?: number;
}

const dayColor = (date: string) => (holidayNames(date).length || weekdayOf(date) === 0 ? 'red.9' : weekdayOf(date) === 6 ? 'blue.9' : undefined);

/**
 * A month or week drawn with Mantine: holidays named in red, weekends tinted, each day's number a
 * button that opens the form for that date, and whatever the page puts inside each day.
 */
export function CalendarGrid({ dates, month, label, onDayClick, dayAction, flag, renderDay, minCellHeight = 110 }: Props) {
  return (
    <Box role="group" aria-label={label}>
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4} mb={4} aria-hidden>
        {WEEKDAY_LABELS.map((w, i) => (
          <Text key={w} ta="center" size="sm" fw={700} c={i === 0 ? 'red.9' : i === 6 ? 'blue.9' : undefined}>
            {w}
          </Text>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
        {dates.map((date) => {
          const outside = month !== undefined && monthOf(date) !== month;
          const names = holidayNames(date);
          const warning = outside ? null : flag?.(date);
          const closed = names.length > 0 || isWeekend(date);
          return (
            <Paper
              key={date}
              withBorder
              p={4}
              mih={minCellHeight}
              bg={closed ? 'gray.1' : undefined}
              style={{ borderColor: warning ? 'var(--mantine-color-red-9)' : undefined, borderStyle: outside ? 'dashed' : undefined }}
              data-date={date}
            >
              <Stack gap={2}>
                <Box style={{ display: 'flex', gap: 4, alignItems: 'center', flexWrap: 'wrap' }}>
                  <UnstyledButton
                    onClick={() => onDayClick?.(date)}
                    disabled={!onDayClick}
                    aria-label={dayAction ? `${dayButtonName(date)} ${dayAction}` : dayButtonName(date)}
                    px={4}
                    style={{ borderRadius: 4 }}
                  >
                    {/* A neighbouring month's day is told apart by its grey number and dashed frame, not by fading it out of contrast. */}
                    <Text span fw={outside ? 400 : 700} size="sm" c={outside ? 'dimmed' : dayColor(date)}>
                      {Number(date.slice(8, 10))}
                    </Text>
                  </UnstyledButton>
                  {names.length > 0 && (
                    <Text span size="xs" c="red.9" lh={1.2}>
                      {names.join('·')}
                    </Text>
                  )}
                  {warning && (
                    <Badge size="xs" color="red.9" variant="outline">
                      {warning}
                    </Badge>
                  )}
                </Box>
                {!outside && renderDay(date)}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Box>
  );
}
