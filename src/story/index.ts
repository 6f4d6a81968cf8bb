export { buildReport, type ReportInput } from './report.js';
export { loadIssues, compileIssues, type IssueLexicon } from './issues.js';
export { renderMarkdown, renderText, formatWhen, type Style } from './render.js';
export * from './types.js';
export { evidenceOfTime, reportsCollapse } from './ceasefires.js';
