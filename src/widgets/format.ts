const superscripts: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/**
 * A number as readers see it: up to `digits` decimals with trailing zeros dropped,
 * or scientific notation when it is very large or very small. Never "NaN" or "Infinity".
 */
export function formatNumber(value: number, digits = 6): string {
  if (!Number.isFinite(value)) return '—';
  const size = Math.abs(value);
  if (size !== 0 && (size >= 1e7 || size < 10 ** -digits)) {
    const [mantissa = '', exponent = ''] = value.toExponential(3).split('e');
    const power = String(Number(exponent)).replace(/./g, (c) => superscripts[c] ?? c);
    return `${mantissa.replace(/\.?0+$/, '')} × 10${power}`;
  }
  const fixed = value.toFixed(digits).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}
