/**
 * LoRA's trainable parameters (question 90): a frozen W₀ of d × k plus B (d × r) and
 * A (r × k), so r(d + k) trainable numbers instead of d·k.
 */
export interface LoraCount {
  full: number;
  lora: number;
  /** lora / full. */
  fraction: number;
}

export function loraCount(d: number, k: number, r: number): LoraCount {
  const full = d * k;
  const lora = r * (d + k);
  return { full, lora, fraction: lora / full };
}

/** Per cent with two decimals, as the page prints it. */
export const percent = (fraction: number): string => `${(fraction * 100).toFixed(2)}%`;
