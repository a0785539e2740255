/**
 * Parameter and FLOP counts of a GPT-style Transformer (question 66): a layer is an
 * attention sublayer (W_Q, W_K, W_V, W_O, each d × d, with biases) plus an FFN
 * (W_1: d × d_ff, W_2: d_ff × d, with biases) and two LayerNorms (gain and bias).
 * N is the non-embedding parameter count, the convention of Kaplan et al. (2020).
 */

export type LayerPartKey = 'qkv' | 'o' | 'w1' | 'w2' | 'small';

export interface LayerPart {
  key: LayerPartKey;
  group: 'attention' | 'ffn' | 'other';
  params: number;
}

/** One layer's parameters by component; d_ff defaults to 4d. */
export function layerParts(d: number, dff = 4 * d): LayerPart[] {
  return [
    { key: 'qkv', group: 'attention', params: 3 * d * d },
    { key: 'o', group: 'attention', params: d * d },
    { key: 'w1', group: 'ffn', params: d * dff },
    { key: 'w2', group: 'ffn', params: dff * d },
    // biases: 3d (Q, K, V) + d (O) + d_ff (W_1) + d (W_2); two LayerNorms: 2 × 2d
    { key: 'small', group: 'other', params: 3 * d + d + dff + d + 4 * d },
  ];
}

export const layerTotal = (d: number, dff = 4 * d): number => layerParts(d, dff).reduce((s, p) => s + p.params, 0);

export interface ModelCount {
  /** Non-embedding parameters N = n_layer × layer. */
  nonEmbedding: number;
  /** Token and learned position embeddings plus the final LayerNorm (output layer tied). */
  embedding: number;
  total: number;
}

/** A GPT-2-style model: learned positions, d_ff = 4d, output layer tied to the token embedding. */
export function gptCount(nLayer: number, d: number, nVocab: number, nCtx: number): ModelCount {
  const nonEmbedding = nLayer * layerTotal(d);
  const embedding = nVocab * d + nCtx * d + 2 * d;
  return { nonEmbedding, embedding, total: nonEmbedding + embedding };
}

export interface ForwardFlops {
  /** 2 FLOPs per non-embedding weight per token: 2N. */
  weights: number;
  /** Attention scores and weighted sum, causal half counted: 2 · n_layer · n_ctx · d. */
  attention: number;
  /** Projection to the vocabulary: 2 · d · V. */
  output: number;
}

/** Forward FLOPs per token of the gptCount model, split as question 66 splits them. */
export function forwardFlopsPerToken(nLayer: number, d: number, nVocab: number, nCtx: number): ForwardFlops {
  return {
    weights: 2 * gptCount(nLayer, d, nVocab, nCtx).nonEmbedding,
    attention: 2 * nLayer * nCtx * d,
    output: 2 * d * nVocab,
  };
}

/** GPT-2 small, the configuration question 66's example counts. */
export const GPT2_SMALL = { nLayer: 12, d: 768, nVocab: 50257, nCtx: 1024 } as const;
