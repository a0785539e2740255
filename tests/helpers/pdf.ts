import { readFileSync } from 'node:fs';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF read the way a reader's viewer reads it (pdf.js, the legacy build for Node). */
export interface ReadPdf {
  pages: number;
  /** Each page's extracted text, whitespace removed (a line break may fall anywhere). */
  text: string[];
  doc: PDFDocumentProxy;
}

export async function readPdf(file: string): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), fontExtraProperties: true, verbosity: 0 }).promise;
  const text: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    text.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, ''));
  }
  return { pages: doc.numPages, text, doc };
}

export interface PdfFont {
  name: string;
  /** Whether the font file is inside the PDF (not left to the viewer's system). */
  embedded: boolean;
}

/** The fonts page `p` (1-based) draws text with. */
export async function fontsOn(doc: PDFDocumentProxy, p: number): Promise<PdfFont[]> {
  const page = await doc.getPage(p);
  const ops = await page.getOperatorList();
  const ids = new Set<string>();
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.setFont) ids.add(String((ops.argsArray[i] as unknown[])[0]));
  });
  return [...ids].map((id) => {
    const font = page.commonObjs.get(id) as { name?: string; missingFile?: boolean };
    return { name: font.name ?? id, embedded: font.missingFile === false };
  });
}

/** The link annotations of page `p`: to a URL, or inside the document. */
export async function linksOn(doc: PDFDocumentProxy, p: number): Promise<{ url?: string; internal: boolean }[]> {
  const annotations = (await (await doc.getPage(p)).getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[];
  return annotations.filter((a) => a.subtype === 'Link').map((a) => ({ ...(a.url ? { url: a.url } : {}), internal: a.dest !== undefined && a.dest !== null }));
}
