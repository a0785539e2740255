/**
 * Model-state memory of mixed-precision Adam and what ZeRO shards (Rajbhandari et al.,
 * 2020): 2 bytes of 16-bit weights, 2 of 16-bit gradients and 12 of fp32 optimizer
 * state (master weights, first and second moment) per parameter. The data behind
 * question 82's figure.
 */

export const BYTES_PER_PARAM = { weights: 2, grads: 2, master: 4, momentum: 4, variance: 4 } as const;

export const bytesPerParam = (): number => Object.values(BYTES_PER_PARAM).reduce((a, b) => a + b, 0);

export interface StateBytes {
  weights: number;
  grads: number;
  /** fp32 master weights and Adam's two moments together (K = 12 bytes per parameter). */
  optimizer: number;
}

export type ZeroStage = 0 | 1 | 2 | 3;

/** Bytes of model state on one of nd data-parallel GPUs; stage 0 is plain data parallelism. */
export function zeroBytesPerGpu(psi: number, nd: number, stage: ZeroStage): StateBytes {
  const b = BYTES_PER_PARAM;
  const optimizer = (b.master + b.momentum + b.variance) * psi;
  return {
    weights: (b.weights * psi) / (stage >= 3 ? nd : 1),
    grads: (b.grads * psi) / (stage >= 2 ? nd : 1),
    optimizer: optimizer / (stage >= 1 ? nd : 1),
  };
}

export const totalBytes = (s: StateBytes): number => s.weights + s.grads + s.optimizer;

/** Question 82's example: 7.5 billion parameters on 64 GPUs. */
export const FIGURE_SETUP = { psi: 7.5e9, nd: 64 } as const;
