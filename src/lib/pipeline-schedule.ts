/**
 * The GPipe schedule of question 83: p pipeline stages, m micro-batches, every forward
 * first (stage by stage), then every backward, last micro-batch first, as in that
 * page's simulation. Times are in units of one forward of one micro-batch on one stage.
 */

export interface PipelineOp {
  /** 0-based stage (GPU). */
  stage: number;
  /** 0-based micro-batch. */
  micro: number;
  kind: 'F' | 'B';
  start: number;
  end: number;
}

export interface PipelineSchedule {
  ops: PipelineOp[];
  /** From the first forward to the last backward. */
  total: number;
  /** Idle share of stage-time: 1 − m·(tf + tb) / total. */
  bubble: number;
}

export function gpipeSchedule(p: number, m: number, tf = 1, tb = 2): PipelineSchedule {
  const fEnd = Array.from({ length: p }, () => new Array<number>(m).fill(0));
  const bEnd = Array.from({ length: p }, () => new Array<number>(m).fill(0));
  const ops: PipelineOp[] = [];
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < m; j++) {
      // A forward waits for the previous stage's output and for this stage's previous forward.
      const start = Math.max(i > 0 ? fEnd[i - 1]![j]! : 0, j > 0 ? fEnd[i]![j - 1]! : 0);
      fEnd[i]![j] = start + tf;
      ops.push({ stage: i, micro: j, kind: 'F', start, end: start + tf });
    }
  }
  for (let i = p - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      // A backward waits for the next stage's gradient (or, on the last stage, the last forward)
      // and for this stage's previous backward (or its last forward).
      const ready = i < p - 1 ? bEnd[i + 1]![j]! : fEnd[i]![m - 1]!;
      const prev = j < m - 1 ? bEnd[i]![j + 1]! : fEnd[i]![m - 1]!;
      const start = Math.max(ready, prev);
      bEnd[i]![j] = start + tb;
      ops.push({ stage: i, micro: j, kind: 'B', start, end: start + tb });
    }
  }
  const total = bEnd[0]![0]!;
  return { ops, total, bubble: 1 - (m * (tf + tb)) / total };
}

/** The closed form on the page: (p − 1)/(m + p − 1). */
export const bubbleFormula = (p: number, m: number): number => (p - 1) / (m + p - 1);

/** Idle stretches of each stage, [start, end) in time units, between and around its ops. */
export function idleSpans(schedule: PipelineSchedule, p: number): { stage: number; start: number; end: number }[] {
  const spans: { stage: number; start: number; end: number }[] = [];
  for (let i = 0; i < p; i++) {
    const own = schedule.ops.filter((o) => o.stage === i).sort((a, b) => a.start - b.start);
    let t = 0;
    for (const o of own) {
      if (o.start > t) spans.push({ stage: i, start: t, end: o.start });
      t = o.end;
    }
    if (t < schedule.total) spans.push({ stage: i, start: t, end: schedule.total });
  }
  return spans;
}
