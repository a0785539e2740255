import { describe, expect, it } from 'vitest';
import { blockTable, FIGURE_EXAMPLE, logicalBlocks, wastedSlots } from '../../src/lib/paged-kv';

describe('logical blocks and the block table', () => {
  it('10 tokens in blocks of 4: blocks of 4, 4 and 2 tokens, 2 empty slots in the last one', () => {
    // ceil(10/4) = 3 blocks; 3·4 − 10 = 2 slots empty
    const blocks = logicalBlocks([...'abcdefghij'], 4);
    expect(blocks.map((b) => b.tokens.join(''))).toEqual(['abcd', 'efgh', 'ij']);
    expect(blocks.map((b) => b.empty)).toEqual([0, 0, 2]);
    expect(wastedSlots(10, 4)).toBe(2);
  });
  it('the figure’s table: logical 0 → physical 7 (4 filled), 1 → 1 (4), 2 → 3 (2)', () => {
    const { tokens, blockSize, physical } = FIGURE_EXAMPLE;
    expect(blockTable(tokens, blockSize, physical)).toEqual([
      { logical: 0, physical: 7, filled: 4 },
      { logical: 1, physical: 1, filled: 4 },
      { logical: 2, physical: 3, filled: 2 },
    ]);
  });
  it('the figure’s physical blocks: A’s three, another request’s three and two free make 8, none shared', () => {
    const { physical, otherRequest, physicalBlocks } = FIGURE_EXAMPLE;
    const used = new Set<number>([...physical, ...otherRequest]);
    expect(used.size).toBe(6);
    expect(Array.from({ length: physicalBlocks }, (_, i) => i).filter((i) => !used.has(i))).toEqual([2, 5]);
  });
  it('waste stays below one block whatever the length; the page’s block size 16 wastes at most 15', () => {
    for (let n = 1; n <= 100; n++) {
      expect(wastedSlots(n, 16)).toBeLessThan(16);
      expect(wastedSlots(n, 16)).toBeGreaterThanOrEqual(0);
    }
    expect(Math.max(...Array.from({ length: 100 }, (_, i) => wastedSlots(i + 1, 16)))).toBe(15);
  });
});
