export { buildPipeline, checkOrder, emptyDoc, GIVEN_FIELDS } from './pipeline.js';
export type { Component, DocField, Pipeline, PipelineInput } from './pipeline.js';
export { tokenizer, tokenize, isSpace } from './tokenizer.js';
export { wink, WINK_PIPES } from './wink.js';
export { timeFinder, findTimes } from './time/finder.js';
export { loadZones, defaultZones, zoneTable, pickAbbr, countryZone, applyEntry, formatOffset } from './time/zones.js';
export type { ZoneEntry, ZoneTable, AppliedZone } from './time/zones.js';
export { placeFinder, loadGazetteer, gazetteer, findPlaces } from './places.js';
export type { Gazetteer, GazetteerEntry } from './places.js';
