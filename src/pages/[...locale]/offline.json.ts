import type { APIContext } from 'astro';
import { getQuestions } from '../../data/questions';
import { everyLocale } from '../../data/locale-paths';
import type { Lang } from '../../lib/locales';

export const getStaticPaths = everyLocale;

/**
 * The question numbers "save all" fetches, one file per language. In every page's
 * footer the list would make each page grow with the series, and the site with its square.
 */
export async function GET({ props }: APIContext<{ lang: Lang }>): Promise<Response> {
  const numbers = (await getQuestions(props.lang)).map((q) => q.number);
  return new Response(JSON.stringify(numbers), { headers: { 'content-type': 'application/json' } });
}
