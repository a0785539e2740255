import { OPTIONAL_SECTION_IDS, SECTION_IDS } from './taxonomy';

/**
 * Returns a description of what is wrong with a question's section ids, or null when
 * they are exactly the required sections in the standard order.
 */
export function checkSectionOrder(ids: readonly string[]): string | null {
  const known = new Set<string>(SECTION_IDS);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return `unknown section id ${unknown.map((id) => `"${id}"`).join(', ')} (allowed: ${SECTION_IDS.join(', ')})`;
  }
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) return `section id "${dup}" appears twice`;
  const missing = SECTION_IDS.filter((id) => !OPTIONAL_SECTION_IDS.includes(id) && !ids.includes(id));
  if (missing.length > 0) {
    return `missing section ${missing.map((id) => `<h2 id="${id}">`).join(', ')}`;
  }
  const expected = SECTION_IDS.filter((id) => ids.includes(id));
  if (expected.join() !== ids.join()) {
    return `sections are out of order: found ${ids.join(', ')}; expected ${expected.join(', ')}`;
  }
  return null;
}
