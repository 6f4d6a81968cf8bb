/** Plain text and Markdown → { title?, text }. Pure functions. */

export interface Extracted {
  text: string;
  title?: string;
  published?: string;
  url?: string;
  outlet?: string;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Plain text: a first line of at most 150 characters, not ending like a sentence, followed by a
 * blank line and more text, is taken as the title (and removed from the body).
 */
export function parsePlainText(raw: string): Extracted {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^[ \t]*([^\n]{1,150})\n[ \t]*\n([\s\S]*\S[\s\S]*)$/.exec(text.trimStart());
  if (m && !/[.,;:!?…"”']$/.test(m[1]!.trim()) && /\p{L}/u.test(m[1]!)) {
    const title = m[1]!.trim();
    // Pages copied as text often repeat the headline as the first line of the body.
    const body = m[2]!.replace(/^\s*([^\n]*)\n?/, (line, first: string) => (squash(first) === squash(title) ? '' : line));
    return body.trim() ? { title, text: body } : { title, text: m[2]! };
  }
  return { text };
}

const FRONT_KEYS: Record<string, 'title' | 'published' | 'url' | 'outlet'> = {
  title: 'title', headline: 'title', date: 'published', published: 'published', pubdate: 'published',
  url: 'url', link: 'url', source: 'outlet', outlet: 'outlet', publisher: 'outlet',
};

function frontMatter(md: string): { meta: Partial<Extracted>; body: string } {
  const m = /^---[ \t]*\n([\s\S]{0,4000}?)\n---[ \t]*\n/.exec(md);
  if (!m) return { meta: {}, body: md };
  const meta: Partial<Extracted> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(line);
    const key = kv ? FRONT_KEYS[kv[1]!.toLowerCase()] : undefined;
    if (kv && key) meta[key] = kv[2]!.trim().replace(/^["']|["']$/g, '');
  }
  return { meta, body: md.slice(m[0].length) };
}

function inline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*/g, '$1$2')
    .replace(/(^|\W)_(?=\S)([^_\n]*?\S)_(?=\W|$)/g, '$1$2')
    .replace(/~~([^~\n]+)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1');
}

/** Markdown → plain text: syntax stripped, paragraphs kept, first `#` heading is the title. */
export function parseMarkdown(raw: string): Extracted {
  const { meta, body } = frontMatter(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const lines = body.split('\n');
  const paragraphs: string[] = [];
  let current: string[] = [];
  let title = meta.title;
  let fence = false;
  const flush = (): void => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      flush();
      continue;
    }
    if (fence) continue;
    const next = lines[i + 1] ?? '';
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const setext = line.trim() && /^\s{0,3}(=+|-+)\s*$/.test(next) && current.length === 0;
    if (atx || setext) {
      flush();
      const heading = inline(atx ? atx[2]! : line.trim());
      if (!title && (atx ? atx[1] === '#' : /=/.test(next))) title = heading;
      else if (heading) paragraphs.push(heading);
      if (setext) i++;
      continue;
    }
    if (!line.trim() || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue;
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue;
    let content = line.replace(/^\s{0,3}(>\s?)+/, '');
    const item = /^\s*([-*+]|\d{1,9}[.)])\s+/.exec(content);
    if (item) {
      flush();
      content = content.slice(item[0].length);
    }
    if (content.includes('|')) content = content.replace(/^\s*\||\|\s*$/g, '').replace(/\s*\|\s*/g, ' ');
    current.push(inline(content.trim()));
    if (item) flush();
  }
  flush();
  const out: Extracted = { text: paragraphs.filter((p) => p.trim()).join('\n\n') };
  if (title) out.title = title;
  if (meta.published) out.published = meta.published;
  if (meta.url) out.url = meta.url;
  if (meta.outlet) out.outlet = meta.outlet;
  return out;
}
