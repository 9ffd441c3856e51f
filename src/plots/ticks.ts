const superscripts: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * Tick labels for a log axis: powers of ten as 10⁻⁴ … 10⁶ (1 and 10 as themselves), other ticks
 * unlabelled. Plot's default SI labels ("10m", "100µ") read like units.
 */
export function powerOfTen(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (Math.abs(value / 10 ** exponent - 1) > 1e-9) return '';
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${String(exponent).replace(/./g, (c) => superscripts[c] ?? c)}`;
}
