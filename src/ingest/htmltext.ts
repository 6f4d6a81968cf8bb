import { parseHTML } from 'linkedom';

/** Elements whose content is never article text. */
export const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'head', 'dialog', 'menu',
]);

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt',
  'dd', 'table', 'tr', 'thead', 'tbody', 'tfoot', 'caption', 'figure', 'figcaption', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'address', 'details', 'summary', 'body', 'html', 'center', 'fieldset',
]);

type N = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<N> };

/**
 * Visible text of a DOM subtree with paragraph breaks at block elements and line breaks at
 * `<br>`. Iterative (a deeply nested document cannot overflow the stack).
 */
export function nodeText(root: unknown, skip: Set<string> = SKIP): string {
  const out: string[] = [];
  const stack: Array<N | string> = [root as N];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      out.push(item.textContent ?? '');
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const name = item.nodeName.toLowerCase();
    if (skip.has(name)) continue;
    if (name === 'br') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(name) || name === 'td' || name === 'th';
    const sep = name === 'td' || name === 'th' ? ' ' : '\n\n';
    if (block) stack.push(sep);
    const kids = item.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    if (block) stack.push(sep);
  }
  return out.join('').replace(/[ \t\u00A0]*\n[ \t\u00A0]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Text of an HTML fragment (feed content, NDJSON `html`), entities decoded. */
export function htmlFragmentToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return nodeText(document.body ?? document);
}
