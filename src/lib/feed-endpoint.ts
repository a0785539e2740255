import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getQuestions } from '../data/questions';
import { feedItems } from './feed';
import { htmlLang, t } from './i18n';
import type { Lang } from './taxonomy';

/** The RSS feed of one language's questions, shared by both feed routes. */
export async function questionFeed(lang: Lang, context: APIContext): Promise<Response> {
  const base = import.meta.env.BASE_URL;
  const questions = await getQuestions(lang);
  return rss({
    title: t(lang, 'siteTitle'),
    description: t(lang, 'siteTagline'),
    site: new URL(base, context.site ?? 'http://localhost:4321'),
    items: feedItems(lang, questions.map((q) => ({ number: q.number, title: q.data.title, short: q.data.short })), base).map(
      (item) => ({ ...item, link: new URL(item.link, context.site ?? 'http://localhost:4321').href }),
    ),
    customData: `<language>${htmlLang[lang]}</language>`,
  });
}
