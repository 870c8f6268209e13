/**
 * Plain text and Markdown files. Markdown is reduced to its plain text (the
 * analysed text); a YAML front matter's `title` and `date` are used.
 *
 * @example
 *   readPlainText('notes.txt', 'Headline\n\nBody…') // => { title: 'Headline', … }
 */
import { findDateline, parsePublished } from './dates.js';
import { headlineOf } from './headline.js';
import type { RawDoc } from './raw-doc.js';

/** A dateline at the top of the text, or at the top of the body under the headline. */
function datelineUnder(title: string | null, text: string): string | null {
  const top = findDateline(text);
  if (top || !title) return top;
  const after = text.indexOf(title) + title.length;
  return findDateline(text.slice(after).trimStart());
}

export function readPlainText(source: string, text: string): RawDoc {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const title = headlineOf(clean);
  return { source, title, published: datelineUnder(title, clean), text: clean };
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** Markdown to plain text: headings, emphasis, links and images lose their markup. */
export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '$1')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^*\w])\*(?=\S)([^*\n]*?\S)\*/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^ {0,3}([-*_] *){3,}$/gm, '');
}

export function readMarkdown(source: string, markdown: string): RawDoc {
  let md = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let title: string | null = null;
  let published: string | null = null;
  const fm = FRONT_MATTER.exec(md);
  if (fm) {
    md = md.slice(fm[0].length);
    const field = (name: string) => new RegExp(`^${name}:\\s*["']?(.*?)["']?\\s*$`, 'mi').exec(fm[1]!)?.[1] ?? null;
    title = field('title');
    published = parsePublished(field('date') ?? field('published'));
  }
  const heading = /^\s*#\s+(.+)$/m.exec(md);
  const text = markdownToText(md).replace(/^\n+/, '');
  const headline = title ?? (heading ? heading[1]!.trim() : headlineOf(text));
  return { source, title: headline, published: published ?? datelineUnder(headline, text), text };
}
