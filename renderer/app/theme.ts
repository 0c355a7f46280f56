import { createTheme } from '@mantine/core';

const korean = "'Pretendard Variable', Pretendard, 'Malgun Gothic', 'Noto Sans CJK KR', sans-serif";

export const theme = createTheme({
  fontFamily: korean,
  headings: { fontFamily: korean },
  // Mantine's blue.6 on white is below 4.5:1 for small text; 8 keeps buttons and links at AA.
  primaryColor: 'blue',
  primaryShade: 8,
});
