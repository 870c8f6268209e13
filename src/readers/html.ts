/**
 * HTML pages: the article text through Mozilla's Readability (on linkedom,
 * a light DOM), title, byline and publication date from the page's
 * metadata. The analysed text is the headline, a blank line, and the
 * article's blocks separated by blank lines.
 *
 * @example
 *   readHtml('page.html', '<html><head><title>T</title>…') // => { title: 'T', text: 'T\n\n…' }
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { findDateline, parsePublished } from './dates.js';
import type { RawDoc } from './raw-doc.js';

type Doc = ReturnType<typeof parseHTML>['document'];

const DATE_META = [
  'meta[property="article:published_time"]', 'meta[property="og:published_time"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]', 'meta[itemprop="datePublished"]', 'meta[name="sailthru.date"]',
];

function metaDate(document: Doc): string | null {
  for (const sel of DATE_META) {
    const d = parsePublished(document.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const d = m ? parsePublished(m[1]) : null;
    if (d) return d;
  }
  return parsePublished(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

function metaContent(document: Doc, ...selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const v = document.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'DT', 'DD']);

/** The article's blocks as paragraphs of plain text. */
function blocksOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (BLOCKS.has(child.tagName) || !child.querySelector('p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,div')) {
        const t = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t) out.push(t);
      } else walk(child);
    }
  };
  walk(document.body as unknown as Element);
  return out;
}

export function readHtml(source: string, html: string): RawDoc {
  const { document } = parseHTML(html);
  const published = metaDate(document);
  const outlet = metaContent(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const url = metaContent(document, 'meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const article = new Readability(document as unknown as Document).parse();
  const title = (article?.title ?? document.querySelector('title')?.textContent ?? '').trim() || null;
  const blocks = article?.content ? blocksOf(article.content) : [];
  if (title && blocks[0] === title) blocks.shift();
  const text = [title, ...blocks].filter(Boolean).join('\n\n');
  const byline = article?.byline?.trim();
  return {
    source,
    title,
    published: published ?? parsePublished(article?.publishedTime) ?? findDateline(blocks.join('\n')),
    text,
    ...(outlet ? { outlet } : {}),
    ...(url ? { url } : {}),
    ...(byline ? { byline } : {}),
  };
}
