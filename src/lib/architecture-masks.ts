/**
 * The attention masks of the three Transformer architectures and the prefix LM, in
 * the sizes of question 60's example: one stack of n = 5 positions with a prefix of
 * p = 2, and an encoder-decoder with a source of 6 tokens and a target of 4. Rows
 * are queries and columns keys, as in masks.ts.
 */
import { causalAllowed, fullAllowed, prefixAllowed, type Allowed } from './masks';

/** Cross-attention: every target query (row) may look at every source key (column). */
export function crossAllowed(target: number, source: number): Allowed {
  return Array.from({ length: target }, () => Array.from({ length: source }, () => true));
}

/** How many query–key pairs a mask lets through. */
export function visiblePairs(mask: Allowed): number {
  return mask.reduce((acc, row) => acc + row.filter(Boolean).length, 0);
}

export interface ArchitectureMasks {
  /** BERT: bidirectional self-attention over the n positions. */
  encoderOnly: Allowed;
  /** GPT: causal self-attention. */
  decoderOnly: Allowed;
  /** One stack, bidirectional inside the first p positions, causal after. */
  prefixLm: Allowed;
  /** Encoder-decoder: the encoder's bidirectional self-attention over the source. */
  encoder: Allowed;
  /** The decoder's causal self-attention over the target. */
  decoder: Allowed;
  /** The decoder's cross-attention: target queries × source keys, a full rectangle. */
  cross: Allowed;
}

export function architectureMasks(n = 5, prefix = 2, source = 6, target = 4): ArchitectureMasks {
  return {
    encoderOnly: fullAllowed(n),
    decoderOnly: causalAllowed(n),
    prefixLm: prefixAllowed(n, prefix),
    encoder: fullAllowed(source),
    decoder: causalAllowed(target),
    cross: crossAllowed(target, source),
  };
}
