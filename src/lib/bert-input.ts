/**
 * BERT's input for a sentence pair, [CLS] A [SEP] B [SEP], with its segment and
 * position indices, and the shares of the 15% / 80-10-10 masking rule. The data
 * behind question 95's figure.
 */

export interface BertInput {
  tokens: string[];
  /** 0 for segment A ([CLS], A and the first [SEP]), 1 for segment B and the last [SEP]. */
  segments: (0 | 1)[];
  positions: number[];
}

export function bertInput(a: readonly string[], b: readonly string[]): BertInput {
  const tokens = ['[CLS]', ...a, '[SEP]', ...b, '[SEP]'];
  const segments = tokens.map((_, i) => (i < a.length + 2 ? 0 : 1));
  return { tokens, segments, positions: tokens.map((_, i) => i) };
}

/** Shares of all tokens: chosen × 80% become [MASK], × 10% a random token, × 10% stay. */
export function maskingShares(rate = 0.15, toMask = 0.8, toRandom = 0.1) {
  return { chosen: rate, mask: rate * toMask, random: rate * toRandom, unchanged: rate * (1 - toMask - toRandom) };
}

/** Question 95's figure: the first pair the page's example prints (IsNext), "bank" chosen. */
export const FIGURE_PAIR = { a: ['investors', 'sold', 'bank', 'shares'], b: ['bonds', 'rallied', 'later'], chosen: 3, random: 'sun' } as const;
