import type { Tag } from './taxonomy';
import { TAGS } from './taxonomy';

/** Questions grouped by tag, in the fixed tag order, each list sorted by number; empty tags left out. */
export function questionsByTag<T extends { number: number; tags: readonly Tag[] }>(questions: readonly T[]): Map<Tag, T[]> {
  const map = new Map<Tag, T[]>();
  for (const tag of TAGS) {
    const list = questions.filter((q) => q.tags.includes(tag)).sort((a, b) => a.number - b.number);
    if (list.length > 0) map.set(tag, list);
  }
  return map;
}
