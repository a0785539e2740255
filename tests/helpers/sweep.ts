import { readQuestions } from './content';
import { questionPath } from '../../src/lib/urls';
import { LANGS, type Lang } from '../../src/lib/locales';

/**
 * Question pages that stand for all the others in slow browser sweeps, so test time
 * stays flat as the series grows: one page of each template and content feature —
 * the first and last question, every page with the attention explorer, and the
 * pages with the most tables, the most display formulas, the widest formula, the
 * most code and the most figures. What every page must satisfy statically is checked on every page by
 * the tests on dist/.
 */
export function representativeQuestions(lang: Lang): number[] {
  const qs = readQuestions(lang);
  if (qs.length === 0) return [];
  const most = (score: (body: string) => number) => qs.reduce((a, b) => (score(b.body) > score(a.body) ? b : a)).data.number;
  const count = (re: RegExp) => (body: string) => (body.match(re) ?? []).length;
  const widestFormula = (body: string) => Math.max(0, ...[...body.matchAll(/^\$\$\n([\s\S]*?)\n\$\$/gm)].map((m) => m[1]!.length));
  const picks = [
    qs[0]!.data.number,
    qs[qs.length - 1]!.data.number,
    ...qs.filter((q) => q.body.includes('<AttentionExplorer')).map((q) => q.data.number),
    most(count(/^\|[-| :]+\|$/gm)),
    most(count(/^\$\$$/gm)),
    most(widestFormula),
    most(count(/^```\w/gm)),
    most(count(/<Figure\b/g)),
  ];
  return [...new Set(picks)].sort((a, b) => a - b);
}

/** Site paths of the representative questions in every language. */
export const representativeQuestionPaths = () => LANGS.flatMap((lang) => representativeQuestions(lang).map((n) => questionPath(lang, n)));
