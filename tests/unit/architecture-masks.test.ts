import { describe, expect, it } from 'vitest';
import { architectureMasks, crossAllowed, visiblePairs } from '../../src/lib/architecture-masks';

const T = true;
const F = false;

describe('crossAllowed and visiblePairs', () => {
  it('cross-attention is a full target × source rectangle', () => {
    expect(crossAllowed(2, 3)).toEqual([
      [T, T, T],
      [T, T, T],
    ]);
  });
  it('counts allowed cells', () => {
    expect(visiblePairs([[T, F], [T, T]])).toBe(3);
    expect(visiblePairs([])).toBe(0);
  });
});

describe('the masks question 60 draws (default arguments), as its caption and alt state them', () => {
  const m = architectureMasks();
  it('one stack of 5: bidirectional 25 pairs (5·5), causal 15 (5·6/2), prefix LM with p = 2 16 (15 + the cell row 0, column 1)', () => {
    expect(visiblePairs(m.encoderOnly)).toBe(25);
    expect(visiblePairs(m.decoderOnly)).toBe(15);
    expect(visiblePairs(m.prefixLm)).toBe(16);
    // the one cell where prefix LM and causal differ, as the page's example says
    expect(m.prefixLm[0]).toEqual([T, T, F, F, F]);
    expect(m.decoderOnly[0]).toEqual([T, F, F, F, F]);
    expect(m.prefixLm.slice(1)).toEqual(m.decoderOnly.slice(1));
  });
  it('encoder-decoder: encoder 6×6 all 36 pairs, decoder causal 4·5/2 = 10, cross 4×6 = 24, all allowed', () => {
    expect([m.encoder.length, m.encoder[0]!.length, visiblePairs(m.encoder)]).toEqual([6, 6, 36]);
    expect([m.decoder.length, visiblePairs(m.decoder)]).toEqual([4, 10]);
    expect(m.decoder[1]).toEqual([T, T, F, F]);
    expect([m.cross.length, m.cross[0]!.length, visiblePairs(m.cross)]).toEqual([4, 6, 24]);
  });
});
