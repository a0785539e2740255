/**
 * The book as PDF is printed by a headless Chromium after the build, which takes a
 * while: only builds that ask for it make it (the deploy and the tests set BOOK_PDF=1),
 * so an everyday `npm run build` stays fast. The pages link the PDF only then.
 */
export const bookPdfWanted = (env: Record<string, string | undefined>) => env.BOOK_PDF === '1';

/**
 * Stands in the built pages for the PDF's size, which is known only once the PDF is
 * printed from the built book; the build replaces it before the link check runs.
 */
export const PDF_SIZE_TOKEN = '%%BOOK-PDF-SIZE%%';

/** A file size for readers: "850 KB", "1.2 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'MB'] : bytes >= 1e3 ? [bytes / 1e3, 'KB'] : [bytes, 'B'];
  const digits = unit === 'MB' && value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${unit}`;
}
