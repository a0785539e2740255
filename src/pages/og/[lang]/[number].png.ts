import type { APIContext } from 'astro';
import { getQuestions } from '../../../data/questions';
import { t, tagName } from '../../../lib/i18n';
import { LANGS, type Lang } from '../../../lib/taxonomy';
import { cachedCard } from '../../../og/cached-card';
import { cardText, type CardText } from '../../../og/card';
import { fontsFor, type CardFonts } from '../../../og/fonts';

type Question = Awaited<ReturnType<typeof getQuestions>>[number];

export async function getStaticPaths() {
  const paths = await Promise.all(
    LANGS.map(async (lang) => (await getQuestions(lang)).map((q) => ({ params: { lang, number: String(q.number) }, props: { lang, number: q.number } }))),
  );
  return paths.flat();
}

const card = (lang: Lang, q: Question): CardText => ({
  site: t(lang, 'siteTitle'),
  label: t(lang, 'questionN', { n: q.number }),
  title: q.data.title,
  summary: q.data.short,
  tags: q.data.tags.map((tag) => tagName(lang, tag)),
});

/** One font set covering every card of the site, so Satori parses the fonts once per build. */
let siteFonts: Promise<CardFonts> | undefined;
const allCardFonts = () =>
  (siteFonts ??= Promise.all(LANGS.map(async (lang) => (await getQuestions(lang)).map((q) => cardText(card(lang, q))))).then((texts) =>
    fontsFor(texts.flat().join('')),
  ));

/** The link-preview image of one question (`og:image`). */
export async function GET({ props }: APIContext<{ lang: Lang; number: number }>) {
  const { lang, number } = props;
  const q = (await getQuestions(lang)).find((x) => x.number === number)!;
  const png = await cachedCard(card(lang, q), await allCardFonts());
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
