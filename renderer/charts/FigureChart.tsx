// Its styles come with it, not with the first page (issue 15).
import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Box, Group, Paper, SegmentedControl, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { countText } from '../../shared/korean/reportFormat';
import { chartData, type Figure } from './figure';
import { FigureTable } from './FigureTable';

interface Props {
  figure: Figure;
  kind: 'bar' | 'line';
  /** Bars side by side along the bottom, or one bar a row (many departments, long names). */
  orientation?: 'horizontal' | 'vertical';
  /** Height in px; a chart of bars one a row grows with its rows, so no name is squeezed out. */
  h?: number;
  /** A line under the title: what is counted and by which rule. */
  note?: string;
  /** Its heading's level on the page it sits in. */
  titleOrder?: 3 | 4;
}

/**
 * A chart with its table. The picture is hidden from screen readers, which read the table instead; the
 * table is always on the page (out of sight while the chart is shown), and 표 shows it for reading or
 * copying. Both come from one Figure.
 */
export function FigureChart({ figure, kind, orientation = 'horizontal', h, note, titleOrder = 3 }: Props) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const titleId = useId();
  const data = chartData(figure);
  const series = figure.series.map((s) => ({ name: s.key, label: s.label, color: s.color, strokeDasharray: s.dashed ? '6 4' : undefined }));
  const height = h ?? (orientation === 'vertical' ? Math.max(160, figure.rows.length * figure.series.length * 24 + 70) : 260);
  const common = {
    h: height,
    data,
    dataKey: 'category',
    series,
    valueFormatter: (v: number) => countText(v, figure.unit),
    withLegend: figure.series.length > 1,
    // The table is the accessible version; the drawing takes no keyboard stop of its own.
    accessibilityLayer: false,
    tooltipAnimationDuration: 0,
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <div>
          <Title order={titleOrder} size="h5" id={titleId}>
            {figure.title}
          </Title>
          {note && (
            <Text size="sm" c="dimmed">
              {note}
            </Text>
          )}
        </div>
        <SegmentedControl
          size="xs"
          aria-label={`${figure.title} 보기 방식`}
          value={view}
          onChange={(v) => setView(v as 'chart' | 'table')}
          data={[
            { value: 'chart', label: '차트' },
            { value: 'table', label: '표' },
          ]}
        />
      </Group>
      {view === 'chart' ? (
        <>
          <Box aria-hidden data-testid="figure-chart">
            {kind === 'bar' ? (
              <BarChart {...common} orientation={orientation} withBarValueLabel yAxisProps={orientation === 'vertical' ? { width: 130 } : undefined} />
            ) : (
              <LineChart {...common} connectNulls={false} withPointLabels={false} curveType="linear" />
            )}
          </Box>
          <VisuallyHidden>
            <FigureTable figure={figure} />
          </VisuallyHidden>
        </>
      ) : (
        <FigureTable figure={figure} />
      )}
    </Paper>
  );
}
