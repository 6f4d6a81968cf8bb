/** Who: the actors of the article, with their codes and roles on the date and how each was found. */
import type { Resolution } from '../domain/types.js';
import type { StoryContext } from './context.js';
import type { ReportActor } from './types.js';

export function who(ctx: StoryContext): ReportActor[] {
  const acting = new Set<string>();
  for (const e of ctx.asserted) {
    if (e.source.actorId) acting.add(e.source.actorId);
    acting.add(e.source.code);
    if (e.target?.actorId) acting.add(e.target.actorId);
    if (e.target) acting.add(e.target.code);
  }
  const byId = new Map<string, ReportActor & { hows: Set<Resolution> }>();
  for (const m of ctx.doc.actors) {
    if (m.members && m.members.length > 1) continue; // group nouns are references, not actors
    let r = byId.get(m.actorId);
    if (!r) {
      r = { actorId: m.actorId, code: m.code, name: m.name, kind: m.kind, how: [], mentions: 0, acted: false, hows: new Set() };
      if (m.role) r.role = m.role;
      byId.set(m.actorId, r);
    }
    r.mentions++;
    r.hows.add(m.how);
    if (!r.role && m.role) r.role = m.role;
  }
  const out: ReportActor[] = [];
  for (const r of byId.values()) {
    const { hows, ...rest } = r;
    out.push({ ...rest, how: [...hows], acted: acting.has(r.actorId) || (r.kind === 'country' && acting.has(r.code)) });
  }
  const kindOrder: Record<string, number> = { person: 0, country: 1, igo: 2, group: 3, agent: 4, media: 5 };
  return out.sort((a, b) => (kindOrder[a.kind] ?? 9) - (kindOrder[b.kind] ?? 9) || b.mentions - a.mentions || a.name.localeCompare(b.name));
}
