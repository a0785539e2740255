/**
 * PagedAttention's bookkeeping for question 89: a sequence's tokens fill fixed-size
 * logical blocks in order, and a block table maps each logical block to a physical
 * block anywhere in GPU memory. Only the last block can be partly empty.
 */

export interface LogicalBlock<T> {
  index: number;
  tokens: T[];
  /** Slots of this block that hold no token yet. */
  empty: number;
}

export function logicalBlocks<T>(tokens: readonly T[], blockSize: number): LogicalBlock<T>[] {
  const blocks: LogicalBlock<T>[] = [];
  for (let i = 0; i * blockSize < tokens.length; i++) {
    const part = tokens.slice(i * blockSize, (i + 1) * blockSize);
    blocks.push({ index: i, tokens: part, empty: blockSize - part.length });
  }
  return blocks;
}

export interface TableRow {
  logical: number;
  physical: number;
  filled: number;
}

/** The block table: logical block i lives in physical block `physical[i]`. */
export function blockTable(tokens: number, blockSize: number, physical: readonly number[]): TableRow[] {
  const n = Math.ceil(tokens / blockSize);
  if (physical.length < n) throw new Error(`blockTable: ${n} blocks need ${n} physical ids, got ${physical.length}`);
  return Array.from({ length: n }, (_, i) => ({ logical: i, physical: physical[i]!, filled: Math.min(blockSize, tokens - i * blockSize) }));
}

/** Slots reserved but empty: always fewer than one block, and all in the last block. */
export const wastedSlots = (tokens: number, blockSize: number): number => Math.ceil(tokens / blockSize) * blockSize - tokens;

/** The example the figure draws: 10 tokens, blocks of 4, placed in physical blocks 7, 1 and 3 of 8. */
export const FIGURE_EXAMPLE = { tokens: 10, blockSize: 4, physical: [7, 1, 3], physicalBlocks: 8, otherRequest: [0, 4, 6] } as const;
