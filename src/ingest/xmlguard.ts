import { BrinkError } from '../domain/errors.js';

/** Deepest element nesting accepted in a feed. */
export const MAX_XML_DEPTH = 64;

/**
 * Refuses dangerous XML before any parser sees it:
 * - any `<!ENTITY` declaration → XML_ENTITY_EXPANSION (billion laughs), or XML_EXTERNAL_ENTITY
 *   when it is SYSTEM/PUBLIC (XXE);
 * - a DOCTYPE with an external SYSTEM/PUBLIC identifier → XML_EXTERNAL_ENTITY;
 * - element nesting deeper than MAX_XML_DEPTH → XML_TOO_DEEP (linear scan, no recursion).
 */
export function guardXml(xml: string, origin: string): void {
  const doctype = /<!DOCTYPE\b/i.exec(xml);
  const entity = /<!ENTITY\b([^>]*)/i.exec(xml);
  if (entity) {
    const external = /\b(SYSTEM|PUBLIC)\b/i.test(entity[1]!);
    throw new BrinkError(external ? 'XML_EXTERNAL_ENTITY' : 'XML_ENTITY_EXPANSION', {}, origin);
  }
  if (doctype) {
    const decl = xml.slice(doctype.index, xml.indexOf('>', doctype.index) + 1 || undefined);
    if (/\b(SYSTEM|PUBLIC)\b/i.test(decl)) throw new BrinkError('XML_EXTERNAL_ENTITY', {}, origin);
  }
  if (xmlDepth(xml, MAX_XML_DEPTH) > MAX_XML_DEPTH) {
    throw new BrinkError('XML_TOO_DEEP', { limit: MAX_XML_DEPTH }, origin);
  }
}

/** Maximum element depth (stops counting once past `stopAt`). Skips comments, CDATA, PIs. */
export function xmlDepth(xml: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  let i = xml.indexOf('<');
  while (i !== -1 && i < xml.length) {
    let end: number;
    if (xml.startsWith('<!--', i)) end = endOf(xml, '-->', i + 4);
    else if (xml.startsWith('<![CDATA[', i)) end = endOf(xml, ']]>', i + 9);
    else if (xml.startsWith('<?', i)) end = endOf(xml, '?>', i + 2);
    else if (xml.startsWith('<!', i)) end = endOf(xml, '>', i + 2);
    else {
      end = endOf(xml, '>', i + 1);
      if (xml[i + 1] === '/') depth = Math.max(0, depth - 1);
      else if (xml[end - 2] !== '/') {
        depth++;
        if (depth > max) max = depth;
        if (max > stopAt) return max;
      }
    }
    i = xml.indexOf('<', end);
  }
  return max;
}

function endOf(s: string, token: string, from: number): number {
  const j = s.indexOf(token, from);
  return j === -1 ? s.length : j + token.length;
}

/** Decodes the five predefined XML entities and numeric character references, in one pass. */
export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (m, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'amp': return '&';
      case 'quot': return '"';
      case 'apos': return "'";
    }
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
  });
}
