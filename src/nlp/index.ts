export { buildPipeline, checkOrder, emptyDoc, GIVEN_FIELDS } from './pipeline.js';
export type { Component, DocField, Pipeline, PipelineInput } from './pipeline.js';
