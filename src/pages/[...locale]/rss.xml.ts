import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getQuestions } from '../../data/questions';
import { everyLocale } from '../../data/locale-paths';
import { feedItems } from '../../lib/feed';
import { htmlLang, t } from '../../lib/i18n';
import type { Lang } from '../../lib/locales';
import { BASE, urlWithBase } from '../../utils/base';

export const getStaticPaths = everyLocale;

/** The RSS feed of one language's questions. */
export async function GET(context: APIContext<{ lang: Lang }>): Promise<Response> {
  const { lang } = context.props;
  const questions = await getQuestions(lang);
  return rss({
    title: t(lang, 'siteTitle'),
    description: t(lang, 'siteTagline'),
    site: urlWithBase('/', context.site),
    items: feedItems(lang, questions.map((q) => ({ number: q.number, title: q.data.title, short: q.data.short })), BASE).map((item) => ({
      ...item,
      link: new URL(item.link, context.site).href,
    })),
    customData: `<language>${htmlLang(lang)}</language>`,
  });
}
