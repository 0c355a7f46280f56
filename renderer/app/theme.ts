import { createTheme, DEFAULT_THEME, NavLink, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';
import { readableOn } from './contrast';

const korean = "'Pretendard Variable', Pretendard, 'Malgun Gothic', 'Noto Sans CJK KR', sans-serif";

const WHITE = '#ffffff';
const [GRAY_0, GRAY_1] = DEFAULT_THEME.colors.gray;

/**
 * Mantine draws a colour's text, outline and filled background with shade 8 (our primaryShade) and the
 * light variant's text with shade 9 on shade 1 (shade 2 on hover). In the stock palettes green, teal,
 * lime, yellow, orange and cyan miss 4.5:1 there (yellow.8 on white is 2.5:1), so shades 8 and 9 are
 * darkened just enough to reach it: badges, alerts and coloured small text stay readable (KWCAG / WCAG AA).
 */
function readablePalette(shades: MantineColorsTuple): MantineColorsTuple {
  const next = [...shades];
  // Also on the light greys of weekend cells, striped rows and hovered rows.
  next[8] = readableOn(shades[8], [WHITE, GRAY_0, GRAY_1]);
  next[9] = readableOn(shades[9], [WHITE, GRAY_1, shades[1], shades[2]]);
  return next as unknown as MantineColorsTuple;
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark' && name !== 'gray')
    .map(([name, shades]) => [name, readablePalette(shades)]),
);

/**
 * Mantine's dimmed grey (#868e96) is 3.32:1 on white; this one is 6.1:1 on white, 5.5:1 on gray.1 and
 * 4.9:1 on the light blue of a selected row or menu entry, where dimmed text also sits.
 */
export const DIMMED = '#5c636a';

export const theme = createTheme({
  fontFamily: korean,
  headings: { fontFamily: korean },
  // Mantine's blue.6 on white is below 4.5:1 for small text; 8 keeps buttons and links at AA.
  primaryColor: 'blue',
  primaryShade: 8,
  colors,
  components: {
    // The active entry's Alt+n hint is drawn at 90% opacity, which takes its contrast below 4.5:1.
    NavLink: NavLink.extend({ styles: { description: { opacity: 1 } } }),
  },
});

/** The scheme-wide greys and the error red, which Mantine takes from the unchanged gray and red.6. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': DIMMED,
    // A placeholder is the only hint of what a field wants when it is empty, so it is read like text.
    '--mantine-color-placeholder': DIMMED,
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
