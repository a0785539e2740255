/**
 * Deciding what a query means before and after Pagefind answers it: which of its
 * words the results really matched (Pagefind falls back to the longest known prefix,
 * so "xyzzyq" "matches" every word starting with x), whether an unmatched word is
 * a real word of the index, and the closest real word to a typo.
 */
import type { SearchWords } from './search-words';

const norm = (s: string) => s.normalize('NFKC').toLowerCase();
const isLatin = (w: string) => /^[a-z][a-z0-9]*$/.test(w);
const HAN = /\p{Script=Han}/u;

/** The words of a query, lower case, as the browser's word segmenter (or a simple split) cuts them. */
export function queryWords(query: string, segment: (q: string) => string[] = (q) => q.split(/[^\p{L}\p{N}]+/u)): string[] {
  return segment(norm(query)).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * A word counts as matched when a highlighted word of the results starts with it
 * (the reader may still be typing), or is its stem: a highlight the word starts
 * with, at most three letters shorter and at least three long ("laws" → "law").
 * A Chinese word matches a highlight that contains it.
 */
export function isMatched(word: string, marks: readonly string[]): boolean {
  return marks.some((raw) => {
    const mark = norm(raw).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    // Chinese is indexed in longer runs than a query's words (因果掩码 on an English page).
    if (HAN.test(word)) return mark.includes(word);
    if (mark.startsWith(word)) return true;
    return word.startsWith(mark) && mark.length >= Math.max(3, word.length - 3);
  });
}

/** Whether the index holds the word, or a word it begins (a word being typed). */
export function isKnown(word: string, vocab: SearchWords): boolean {
  if (HAN.test(word)) return [...word].every((c) => !HAN.test(c) || vocab.han.includes(c));
  return vocab.words.some((w) => w.startsWith(word));
}

/** Optimal-string-alignment distance (edits, with a swap of neighbours as one), or Infinity past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return Infinity;
  }
  const d = rows[a.length]![b.length]!;
  return d > max ? Infinity : d;
}

/** Typos are corrected for Latin words of five letters or more, up to two edits. */
export const TYPO = { minLength: 5, maxEdits: 2 } as const;

/** The closest word of the index to a typo: fewest edits, then the most frequent. */
export function suggestWord(word: string, vocab: SearchWords): string | null {
  if (!isLatin(word) || word.length < TYPO.minLength) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const w of vocab.words) {
    if (w.length < TYPO.minLength - 1) continue;
    const d = editDistance(word, w, TYPO.maxEdits);
    if (d < bestDistance) {
      best = w;
      bestDistance = d;
      if (d === 1) break; // most frequent first: the first one-edit word wins
    }
  }
  return best;
}

export type QueryPlan =
  | { kind: 'search'; query: string }
  | { kind: 'corrected'; query: string; corrections: [string, string][]; dropped: string[] }
  | { kind: 'nothing' };

/**
 * What to do with a query some of whose words the results did not match (`matched`
 * are those they did). A typo is corrected; a word that is neither in the index nor one or two edits from a word
 * that is gets dropped, and the reader is told; a query left with no real word
 * gets no results rather than confident junk.
 */
export function planQuery(words: readonly string[], vocab: SearchWords, matched: ReadonlySet<string> = new Set()): QueryPlan {
  const corrections: [string, string][] = [];
  const dropped: string[] = [];
  const kept: string[] = [];
  for (const w of words) {
    // A Chinese word is real only if the index highlighted it: that its characters occur
    // somewhere (面 and 包) does not make 面包 a word of the index.
    if (matched.has(w) || (!HAN.test(w) && isKnown(w, vocab))) {
      kept.push(w);
      continue;
    }
    const s = suggestWord(w, vocab);
    if (s) {
      corrections.push([w, s]);
      kept.push(s);
    } else dropped.push(w);
  }
  if (kept.length === 0) return { kind: 'nothing' };
  if (corrections.length === 0 && dropped.length === 0) return { kind: 'search', query: words.join(' ') };
  return { kind: 'corrected', query: kept.join(' '), corrections, dropped };
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Results of a query whose words no single page has all of (Pagefind requires every
 * word): pages that match more of the words first, then by their summed score.
 */
export function mergeWordResults(perWord: readonly (readonly Scored[])[]): string[] {
  const pages = new Map<string, { words: number; score: number }>();
  for (const results of perWord) {
    for (const r of results) {
      const p = pages.get(r.id) ?? { words: 0, score: 0 };
      p.words += 1;
      p.score += r.score;
      pages.set(r.id, p);
    }
  }
  return [...pages].sort((a, b) => b[1].words - a[1].words || b[1].score - a[1].score).map(([id]) => id);
}
