// Its own module: the page loads it on every page, without the rest of the URL helpers.
/**
 * The same page in another language, at the same place: the reader's query (a
 * search, `?highlight=`) and section (`#pitfalls`) carry over, since both
 * languages share section ids and search parameters.
 */
export function samePlaceIn(target: string, search: string, hash: string): string {
  const path = target.replace(/[?#].*$/, '');
  return `${path}${search === '?' ? '' : search}${hash === '#' ? '' : hash}`;
}
