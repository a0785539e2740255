import { describe, expect, it } from 'vitest';
import { bubbleFormula, gpipeSchedule, idleSpans } from '../../src/lib/pipeline-schedule';

describe('gpipeSchedule, worked by hand for p = 4 stages, m = 4 micro-batches, forward 1, backward 2', () => {
  const s = gpipeSchedule(4, 4);
  const op = (stage: number, micro: number, kind: 'F' | 'B') => s.ops.find((o) => o.stage === stage && o.micro === micro && o.kind === kind)!;
  it('forward of micro-batch j on stage i runs from i + j to i + j + 1 (a diagonal)', () => {
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect([op(i, j, 'F').start, op(i, j, 'F').end]).toEqual([i + j, i + j + 1]);
  });
  it('the last stage starts backward right after its last forward (t = 7), last micro-batch first', () => {
    // stage 3: F of micro-batch 3 ends at 3 + 3 + 1 = 7; B3 7–9, B2 9–11, B1 11–13, B0 13–15
    expect([op(3, 3, 'B').start, op(3, 3, 'B').end]).toEqual([7, 9]);
    expect([op(3, 0, 'B').start, op(3, 0, 'B').end]).toEqual([13, 15]);
  });
  it('each earlier stage waits one backward (2 units) longer: stage 0 runs B3 at 13–15 … B0 at 19–21', () => {
    // stage 2: B3 starts when stage 3 finishes B3 at 9 → 9–11; stage 1: 11–13; stage 0: 13–15
    expect([op(0, 3, 'B').start, op(0, 3, 'B').end]).toEqual([13, 15]);
    expect([op(0, 0, 'B').start, op(0, 0, 'B').end]).toEqual([19, 21]);
  });
  it('total 21 = (m + p − 1)(tf + tb) = 7 · 3; bubble 1 − 4·3/21 = 9/21 = 3/7 ≈ 0.43', () => {
    expect(s.total).toBe(21);
    expect(s.bubble).toBeCloseTo(3 / 7, 12);
    expect(s.bubble.toFixed(3)).toBe('0.429');
    expect(Math.round(s.bubble * 100)).toBe(43);
  });
  it('each stage is busy 12 of 21 units and idle 9: 3 units before (or between) forwards and 6 after', () => {
    const idle = idleSpans(s, 4);
    for (let i = 0; i < 4; i++) {
      const spans = idle.filter((x) => x.stage === i);
      expect(spans.reduce((a, x) => a + x.end - x.start, 0)).toBe(9);
    }
    // stage 0 waits at no start; stage 3 waits 3 units for the first micro-batch
    expect(idle.filter((x) => x.stage === 3)[0]).toEqual({ stage: 3, start: 0, end: 3 });
    // stage 0: idle from its last forward (t = 4) until stage 1 hands back the first gradient (t = 13)
    expect(idle.filter((x) => x.stage === 0)).toEqual([{ stage: 0, start: 4, end: 13 }]);
  });
});

describe('the simulated bubble equals (p − 1)/(m + p − 1), as the page prints it', () => {
  it.each([
    [4, 1, '0.750'],
    [4, 4, '0.429'],
    [4, 16, '0.158'],
    [8, 32, '0.179'],
  ])('p = %i, m = %i → %s', (p, m, printed) => {
    const b = gpipeSchedule(p, m).bubble;
    expect(b).toBeCloseTo(bubbleFormula(p, m), 12);
    expect(b.toFixed(3)).toBe(printed);
  });
  it('the bubble does not depend on the forward/backward ratio', () => {
    expect(gpipeSchedule(4, 4, 1, 1).bubble).toBeCloseTo(3 / 7, 12);
  });
});
