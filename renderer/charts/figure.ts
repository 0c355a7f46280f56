import type { MantineColor } from '@mantine/core';
import { countText } from '../../shared/korean/reportFormat';

/**
 * A chart's numbers, held once: the chart draws them and the table beside it lists them, so what a
 * screen reader hears (or someone copies) is what the bars show.
 */
export interface FigureSeries {
  key: string;
  label: string;
  color: MantineColor;
  /** Drawn dashed as well as in its colour, for a reader who cannot tell the colours apart. */
  dashed?: boolean;
}

export interface FigureRow {
  category: string;
  /** By series key; null where there is nothing to count yet (a month still to come). */
  values: Record<string, number | null>;
}

export interface Figure {
  title: string;
  /** The table's first column: 월, 언어, 부서… */
  categoryHeading: string;
  unit: string;
  series: FigureSeries[];
  rows: FigureRow[];
}

/** The rows in the shape Mantine's charts take: one object per category, a field per series. */
export const chartData = (figure: Figure) => figure.rows.map((r) => ({ category: r.category, ...r.values }));

/** A cell as the screens and the card write a count (1,200명); a month still to come is a dash. */
export const figureCell = (value: number | null, unit: string) => (value === null ? '–' : countText(value, unit));
