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

// Every inline pattern has bounded repetition so a hostile line cannot trigger quadratic
// backtracking (e.g. 100k unmatched `[` or `**`).
function inline(s: string): string {
  return s
    .replace(/!\[[^[\]\n]{0,500}\]\([^()\s]{0,2000}\)/g, '')
    .replace(/\[([^[\]\n]{0,500})\]\([^()\s]{0,2000}(?:\s+"[^"\n]{0,200}")?\)/g, '$1')
    .replace(/\[([^[\]\n]{1,500})\]\[[^[\]\n]{0,100}\]/g, '$1')
    .replace(/<(https?:\/\/[^<>\s]{1,2000})>/g, '$1')
    .replace(/<\/?[A-Za-z][^<>\n]{0,500}>/g, '')
    .replace(/`{1,3}([^`\n]{0,1000})`{1,3}/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_\n]{0,500}\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]{0,500}\S)\*/g, '$1$2')
    .replace(/(^|\W)_(?=\S)([^_\n]{0,500}\S)_(?=\W|$)/g, '$1$2')
    .replace(/~~([^~\n]{1,500})~~/g, '$1')
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
    const atx = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(line);
    const setext = line.trim() && /^\s{0,3}(=+|-+)\s*$/.test(next) && current.length === 0;
    if (atx || setext) {
      flush();
      const heading = inline(atx ? atx[2]!.replace(/[ \t]+#+[ \t]*$/, '').trim() : line.trim());
      if (!title && (atx ? atx[1] === '#' : /=/.test(next))) title = heading;
      else if (heading) paragraphs.push(heading);
      if (setext) i++;
      continue;
    }
    const trimmed = line.trim();
    if (!trimmed || /^([-*_])( {0,3}\1){2,}$/.test(trimmed)) {
      flush();
      continue;
    }
    if (/^\[[^\]\n]{1,500}\]:[ \t]*\S/.test(trimmed)) continue;
    if (/^\|? *:?-{3,}:? *(\| *:?-{3,}:? *)*\|?$/.test(trimmed)) continue;
    let content = trimmed.replace(/^(> ?){1,20}/, '');
    const item = /^([-*+]|\d{1,9}[.)])[ \t]+/.exec(content);
    if (item) {
      flush();
      content = content.slice(item[0].length);
    }
    if (content.includes('|')) content = content.replace(/^\||\|$/g, '').replace(/ *\| */g, ' ');
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
