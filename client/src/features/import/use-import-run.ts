import { useApolloClient, useMutation } from '@apollo/client';
import { useState } from 'react';
import type { ImportFormat } from '../../gql/graphql';
import { IMPORT_CASES, NEWEST_CASES } from './import-operations';
import { rowProblems, type RowProblem } from './import-row-problems';
import { batchSizeFor, type ImportBatch, type ParsedImport } from './import-rows';

/** How many of the newest cases the summary links to. */
const SHOWN_CASES = 20;

export interface RowError {
  row: number;
  line: number | null;
  message: string;
  /** The row's problems as codes and columns, to translate; null when only the server's sentence says what is wrong. */
  problems: RowProblem[] | null;
}

export type ImportStage =
  | { kind: 'edit' }
  | { kind: 'checking' }
  | { kind: 'checked'; rows: number; errors: RowError[] }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'failed'; done: number; total: number; error: unknown; errors: RowError[]; remaining: ImportBatch[] }
  | { kind: 'done'; created: number; cases: { id: string; reference: string; title: string }[] };

export interface ImportInput {
  organisationId: string | null;
  format: ImportFormat;
  text: string;
  /** The text cut into rows and batches; null when it could not be cut (then it goes as one piece). */
  parsed: ParsedImport | null;
}

/**
 * One import's run: a dry run over the whole file, then the import in batches with progress, a retry of
 * the remaining batches after a failure, and the newest cases at the end. The page only renders the stage.
 */
export function useImportRun({ organisationId, format, text, parsed }: ImportInput) {
  const client = useApolloClient();
  const [importCases] = useMutation(IMPORT_CASES);
  const [stage, setStage] = useState<ImportStage>({ kind: 'edit' });
  const [requestError, setRequestError] = useState<unknown>(null);

  const withLines = (errors: { row: number; message: string }[], offset = 0): RowError[] =>
    errors.map((e) => ({
      row: e.row + offset,
      line: parsed?.lineOfRow(e.row + offset) ?? null,
      message: e.message,
      problems: parsed ? rowProblems(parsed.rowValue(e.row + offset), e.message) : null,
    }));

  async function check() {
    if (!organisationId) return;
    setRequestError(null);
    setStage({ kind: 'checking' });
    try {
      // The whole file in one dry run: every bad row is listed, and references repeated across the file are caught.
      const { data } = await importCases({ variables: { organisationId, format, data: text, dryRun: true } });
      setStage({ kind: 'checked', rows: parsed?.rows ?? 0, errors: withLines(data!.importCases.errors) });
    } catch (error) {
      setRequestError(error);
      setStage({ kind: 'edit' });
    }
  }

  async function runBatches(batches: ImportBatch[], doneBefore: number, total: number) {
    if (!organisationId) return;
    setRequestError(null);
    let done = doneBefore;
    setStage({ kind: 'importing', done, total });
    for (const [i, batch] of batches.entries()) {
      try {
        const { data } = await importCases({ variables: { organisationId, format, data: batch.data, dryRun: false } });
        const result = data!.importCases;
        if (result.errors.length > 0) {
          setStage({ kind: 'failed', done, total, error: null, errors: withLines(result.errors, batch.offset), remaining: batches.slice(i) });
          return;
        }
        done += result.created;
        setStage({ kind: 'importing', done, total });
      } catch (error) {
        setStage({ kind: 'failed', done, total, error, errors: [], remaining: batches.slice(i) });
        return;
      }
    }
    // Lists and statistics elsewhere in the app were read before these cases existed.
    client.cache.evict({ fieldName: 'cases' });
    client.cache.evict({ fieldName: 'caseStatistics' });
    client.cache.gc();
    let cases: { id: string; reference: string; title: string }[] = [];
    try {
      const { data } = await client.query({
        query: NEWEST_CASES,
        variables: { filter: { ownerOrganisationId: organisationId }, first: Math.min(done, SHOWN_CASES) },
        fetchPolicy: 'network-only',
      });
      cases = data.cases.edges.map((e) => e.node);
    } catch {
      // The import itself succeeded; the links are a convenience.
    }
    setStage({ kind: 'done', created: done, cases });
  }

  function start() {
    const rows = parsed?.rows ?? 0;
    const batches = parsed ? parsed.batches(batchSizeFor(rows)) : [{ data: text, offset: 0, rows }];
    void runBatches(batches, 0, rows);
  }

  function retry() {
    if (stage.kind === 'failed') void runBatches(stage.remaining, stage.done, stage.total);
  }

  /** Back to editing: the source or its settings changed. */
  function edit() {
    setStage({ kind: 'edit' });
    setRequestError(null);
  }

  const busy = stage.kind === 'checking' || stage.kind === 'importing';
  return {
    stage,
    requestError,
    busy,
    // After an import (or part of one) the same file must not be checked and imported again by accident.
    locked: busy || stage.kind === 'done' || stage.kind === 'failed',
    check: () => void check(),
    start,
    retry,
    edit,
  };
}
