import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../renderer/app/contrast';
import { cssVariablesResolver, DIMMED, theme } from '../../renderer/app/theme';

const WHITE = '#ffffff';
const [gray0, gray1] = DEFAULT_THEME.colors.gray;
const round = (n: number) => Math.floor(n * 100) / 100;

describe('the theme draws small text at 4.5:1 or more (KWCAG / WCAG AA)', () => {
  it('takes Mantine’s dimmed grey from 3.32:1 to 6.09:1 on white, for hints, placeholders and descriptions', () => {
    expect(round(contrastRatio(DEFAULT_THEME.colors.gray[6], WHITE))).toBe(3.32);
    expect(round(contrastRatio(DIMMED, WHITE))).toBe(6.09);
    for (const background of [gray0, gray1, DEFAULT_THEME.colors.blue[1]]) expect(contrastRatio(DIMMED, background)).toBeGreaterThanOrEqual(4.5);
    const light = cssVariablesResolver(theme as never).light;
    expect(light['--mantine-color-dimmed']).toBe(DIMMED);
    expect(light['--mantine-color-placeholder']).toBe(DIMMED);
  });

  it('darkens each colour’s text and filled shade (8) and its light-variant text (9) just enough, where Mantine’s fall short', () => {
    const falling: string[] = [];
    for (const [name, shades] of Object.entries(theme.colors!)) {
      if (!shades) continue;
      for (const bg of [WHITE, gray0, gray1]) expect(contrastRatio(shades[8], bg), `${name}.8 on ${bg}`).toBeGreaterThanOrEqual(4.5);
      for (const bg of [WHITE, gray1, shades[1], shades[2]]) expect(contrastRatio(shades[9], bg), `${name}.9 on ${bg}`).toBeGreaterThanOrEqual(4.5);
      if (contrastRatio(DEFAULT_THEME.colors[name][8], WHITE) < 4.5) falling.push(name);
      // The lighter shades (backgrounds, borders) are Mantine's own.
      expect(shades.slice(0, 8)).toEqual(DEFAULT_THEME.colors[name].slice(0, 8));
    }
    expect(falling).toEqual(['cyan', 'teal', 'green', 'lime', 'yellow', 'orange']);
  });
});
