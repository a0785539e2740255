import { t } from './i18n';
import type { Lang } from './taxonomy';
import { questionPath, withBase } from './urls';

export interface FeedQuestion {
  number: number;
  title: string;
  short: string;
}

/** Feed items, newest question (highest number) first. */
export function feedItems(lang: Lang, questions: readonly FeedQuestion[], base: string) {
  return [...questions]
    .sort((a, b) => b.number - a.number)
    .map((q) => ({
      title: `${t(lang, 'questionN', { n: q.number })} ${q.title}`,
      link: withBase(questionPath(lang, q.number), base),
      description: q.short,
    }));
}
