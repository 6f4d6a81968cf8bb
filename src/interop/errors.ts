/**
 * Per-row import errors. The catalogue has no row-level code yet (BAD_IMPORT_ROW is proposed), so
 * rows use the closest existing codes: BAD_DATE for dates, UNKNOWN_CODE for event codes and
 * BAD_REQUEST for everything else. `item` is always `file:line`.
 */
import { BrinkError } from '../domain/errors.js';

export type RowProblem =
  { kind: 'date'; value: string } | { kind: 'code'; value: string } | { kind: 'row'; detail: string };

export function rowError(file: string, line: number, p: RowProblem): BrinkError {
  const item = `${file}:${line}`;
  switch (p.kind) {
    case 'date':
      return new BrinkError('BAD_DATE', { value: JSON.stringify(p.value) }, item);
    case 'code':
      return new BrinkError('UNKNOWN_CODE', { value: JSON.stringify(p.value) }, item);
    case 'row':
      return new BrinkError('BAD_REQUEST', { detail: `line ${line}: ${p.detail}` }, item);
  }
}

/** Thrown inside a row mapper; the reader turns it into a yielded error for that line. */
export class RowFault extends Error {
  constructor(readonly problem: RowProblem) {
    super(problem.kind === 'row' ? problem.detail : `${problem.kind} ${problem.value}`);
  }
}

export function fault(p: RowProblem): never {
  throw new RowFault(p);
}
