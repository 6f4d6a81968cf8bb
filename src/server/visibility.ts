/**
 * Who sees which engagements. Viewers see public engagements only; analysts and admins see
 * public, restricted and confidential ones. A record a caller may not see does not exist for
 * them: lists and searches leave it out and a get answers 404, never 403. Every read or change of
 * a non-public record by anyone is written to the audit log.
 */
import type { Confidentiality, Engagement, Store } from '../store/types.js';
import type { Principal, Role } from './context.js';

const LEVELS: Record<Role, readonly Confidentiality[]> = {
  viewer: ['public'],
  analyst: ['public', 'restricted', 'confidential'],
  admin: ['public', 'restricted', 'confidential'],
};

export function visibleLevels(role: Role): readonly Confidentiality[] {
  return LEVELS[role];
}

export function canSee(role: Role, e: Pick<Engagement, 'confidentiality'>): boolean {
  return LEVELS[role].includes(e.confidentiality);
}

export function visible<T extends Pick<Engagement, 'confidentiality'>>(role: Role, list: T[]): T[] {
  return list.filter((e) => canSee(role, e));
}

/** Audits the non-public engagements among `list` as `action` by the principal. */
export async function auditSensitive(store: Store, p: Principal, action: string, list: Array<Pick<Engagement, 'id' | 'confidentiality'>>): Promise<void> {
  for (const e of list) {
    if (e.confidentiality === 'public') continue;
    await store.auth.audit({ who: p.user.name, action, record: `engagement:${e.id}`, detail: { level: e.confidentiality, userId: p.user.id } });
  }
}
