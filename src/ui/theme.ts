/** Light or dark from a background colour (`#RRGGBB`), as Office reports its theme. */
import type { ThemeName } from './App';

export function themeFromBackground(color: string | undefined | null): ThemeName {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!m) return 'light';
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  // relative luminance (sRGB approximation is enough to tell dark from light)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}
