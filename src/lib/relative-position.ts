/**
 * Relative position schemes of question 68 as functions of the distance j − i between
 * query i and key j: Shaw et al.'s clipped index, T5's log buckets, ALiBi's slopes and
 * linear penalty. Each follows the Python in the question's example line for line.
 */

/** Shaw et al. (2018): the index clip(j − i, −k, k) + k into 2k + 1 learned vectors; rows are queries. */
export function shawIndex(n: number, k: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Math.min(k, Math.max(-k, j - i)) + k));
}

/**
 * T5's bucket for a relative position rel = j − i (Raffel et al. 2020, defaults:
 * 32 buckets, max distance 128). Bidirectional: half the buckets for keys on the left,
 * half (offset by 16) for keys on the right. Causal: all 32 for the past, future keys fall in 0.
 */
export function t5Bucket(rel: number, bidirectional = true, numBuckets = 32, maxDistance = 128): number {
  let ret = 0;
  let buckets = numBuckets;
  let n: number;
  if (bidirectional) {
    buckets = Math.floor(buckets / 2);
    if (rel > 0) ret += buckets;
    n = Math.abs(rel);
  } else {
    n = Math.max(-rel, 0);
  }
  const maxExact = Math.floor(buckets / 2);
  if (n < maxExact) return ret + n;
  const large = maxExact + Math.trunc((Math.log(n / maxExact) / Math.log(maxDistance / maxExact)) * (buckets - maxExact));
  return ret + Math.min(large, buckets - 1);
}

/** ALiBi (Press et al. 2022): head h of H gets the fixed slope 2^(−8h/H), h = 1 … H. */
export function alibiSlopes(heads: number): number[] {
  return Array.from({ length: heads }, (_, h) => 2 ** ((-8 * (h + 1)) / heads));
}

/** ALiBi's bias −m (i − j) for a causal n × n score matrix; future keys (j > i) are null. */
export function alibiBias(n: number, slope: number): (number | null)[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j <= i ? -slope * (i - j) : null)));
}
