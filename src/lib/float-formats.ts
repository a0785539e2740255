/**
 * Binary floating-point formats by their bit budget: 1 sign bit, e exponent bits,
 * m mantissa bits. Range comes from the exponent, precision from the mantissa. The
 * data behind question 81's figure.
 */

export interface FloatFormat {
  name: 'fp32' | 'fp16' | 'bf16';
  exponent: number;
  mantissa: number;
}

export const FORMATS: readonly FloatFormat[] = [
  { name: 'fp32', exponent: 8, mantissa: 23 },
  { name: 'bf16', exponent: 8, mantissa: 7 },
  { name: 'fp16', exponent: 5, mantissa: 10 },
];

export interface FloatStats {
  bits: number;
  bias: number;
  /** Largest finite value, (2 − 2^−m) · 2^bias. */
  max: number;
  /** Smallest positive normal number, 2^(1 − bias). */
  minNormal: number;
  /** Smallest positive subnormal number, 2^(1 − bias − m). */
  minSubnormal: number;
  /** Gap between 1 and the next representable number, 2^−m. */
  spacingAtOne: number;
}

export function floatStats(f: Pick<FloatFormat, 'exponent' | 'mantissa'>): FloatStats {
  const bias = 2 ** (f.exponent - 1) - 1;
  return {
    bits: 1 + f.exponent + f.mantissa,
    bias,
    max: (2 - 2 ** -f.mantissa) * 2 ** bias,
    minNormal: 2 ** (1 - bias),
    minSubnormal: 2 ** (1 - bias - f.mantissa),
    spacingAtOne: 2 ** -f.mantissa,
  };
}

/** Share of values spread log-uniformly over [10^lo, 10^hi] that lie below `threshold`. */
export function shareBelow(threshold: number, lo: number, hi: number): number {
  return Math.min(1, Math.max(0, (Math.log10(threshold) - lo) / (hi - lo)));
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** "10⁻³⁸": a power of ten with Unicode superscripts, for labels (no markup allowed there). */
export const powerOfTen = (exp: number): string => `10${String(exp).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;

/** A number in scientific notation with `digits` decimals, e.g. 0.0078125 → "7.8×10⁻³". */
export function sci(x: number, digits = 1): string {
  const [mant, exp] = x.toExponential(digits).split('e');
  return `${mant}×${powerOfTen(Number(exp))}`;
}
