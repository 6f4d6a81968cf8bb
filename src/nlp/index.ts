export { buildPipeline, checkOrder, emptyDoc, GIVEN_FIELDS } from './pipeline.js';
export type { Component, DocField, Pipeline, PipelineInput } from './pipeline.js';
export { tokenizer, tokenize, isSpace } from './tokenizer.js';
export { wink, WINK_PIPES } from './wink.js';
