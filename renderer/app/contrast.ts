/**
 * WCAG 2.x contrast between two sRGB colours (#rrggbb), and a colour darkened just enough to reach a ratio.
 * The theme uses it so that every colour drawn as small text (or behind white text) is readable by rule,
 * not by picking shades one at a time.
 */

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const hex = (rgb: number[]) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The colour itself if it already reaches `ratio` on every background, else the least darkening of it that does. */
export function readableOn(color: string, backgrounds: string[], ratio = 4.5): string {
  const rgb = channels(color);
  for (let step = 0; step <= 100; step++) {
    const candidate = hex(rgb.map((v) => v * (1 - step / 100)));
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= ratio)) return candidate;
  }
  return '#000000';
}
