import type { BrinkError } from '../domain/errors.js';
import type { Document, Event } from '../domain/types.js';

/** GDELT's source counts and tone for one event (stored by `brink import` in event_import_facts). */
export interface GdeltMentions {
  mentions: number;
  sources: number;
  articles: number;
  avgTone: number;
  isRoot: boolean;
}

/** ACLED fields with no place in Event. */
export interface AcledExtra {
  fatalities: number;
  disorderType?: string;
  eventType: string;
  subEventType: string;
  interaction?: string;
  civilianTargeting: boolean;
  tags?: string;
}

export type ImportedEvent = Event & { gdelt?: GdeltMentions; acled?: AcledExtra };

/** One row of an import: an event with its synthetic document, or the error that skipped it. */
export interface ImportRow {
  /** 1-based physical line where the row starts. */
  line: number;
  event?: ImportedEvent;
  doc?: Document;
  error?: BrinkError;
}
