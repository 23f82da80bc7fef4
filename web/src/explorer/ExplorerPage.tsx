import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';
import { useMutation, useQuery, skipToken } from '@apollo/client/react';
import { useGraphiQL } from '@graphiql/react';
import { EXPLORER_EXAMPLES, type ExplorerExample } from '@kinerja/shared';
import { GraphiQL } from 'graphiql';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { makeRefusal, refusalOf, type Refusal } from '../common/refusal';
import { getLanguage, useLocalized, useT } from '../i18n/i18n';
import {
  DeleteSavedQueryDocument,
  ExplorerContextDocument,
  SavedQueriesDocument,
  SavedQueryDocument,
  SaveSavedQueryDocument,
} from './operations';
import { explorerContextOf } from './explorer-context';
import { requestExport, saveBlob, type ExportFormat } from './export';
import { explorerFetcher } from './fetcher';
import { explorerMessages } from './messages';
import { SaveQueryForm, type SaveFields } from './SaveQueryForm';
import { SavedQueryList, type SavedQueryItem } from './SavedQueryList';
import { isJsonObject, parseVariables } from './variables';

/** What the page needs from GraphiQL's editors. */
interface EditorAccess {
  read(): { query: string; variablesText: string; operationName: string | undefined };
  load(query: string, variables: unknown): void;
}

/** Rendered inside GraphiQL: hands its editors to the page once Monaco has made them. */
function EditorBridge({ onReady }: { onReady(access: EditorAccess | null): void }) {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const operationName = useGraphiQL((state) => state.operationName);
  const operation = useRef(operationName);
  useEffect(() => {
    operation.current = operationName;
  }, [operationName]);
  useEffect(() => {
    if (!queryEditor || !variableEditor) return;
    onReady({
      read: () => ({
        query: queryEditor.getValue(),
        variablesText: variableEditor.getValue(),
        operationName: operation.current || undefined,
      }),
      load: (query, variables) => {
        queryEditor.setValue(query);
        variableEditor.setValue(variables == null ? '' : JSON.stringify(variables, null, 2));
      },
    });
    return () => onReady(null);
  }, [queryEditor, variableEditor, onReady]);
  return null;
}

const BLANK: SaveFields = { name: '', description: '', shared: false };
const fetcher = explorerFetcher();

/** Eksplorasi Data: GraphiQL on the signed-in session, example questions, saved and shared queries, export. */
export default function ExplorerPage() {
  const t = useT(explorerMessages);
  const localized = useLocalized();
  const [params, setParams] = useSearchParams();
  const openedId = params.get('kueri');
  const [editors, setEditors] = useState<EditorAccess | null>(null);
  const [example, setExample] = useState<ExplorerExample | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  /** The saved query whose text is in the editor, so a reload of its data does not overwrite edits. */
  const loadedId = useRef<string | null>(null);

  const context = useQuery(ExplorerContextDocument);
  const list = useQuery(SavedQueriesDocument);
  const opened = useQuery(SavedQueryDocument, openedId ? { variables: { id: openedId } } : skipToken);
  const [saveQuery] = useMutation(SaveSavedQueryDocument);
  const [deleteQuery] = useMutation(DeleteSavedQueryDocument);

  const items = useMemo(() => list.data?.savedQueries.edges.map((edge) => edge.node) ?? [], [list.data]);
  const current = (openedId ? opened.data?.savedQuery : null) ?? null;
  const exampleContext = useMemo(() => explorerContextOf(context.data), [context.data]);

  // Opening by URL (a link, or a reload): the query goes into the editor once both are there.
  useEffect(() => {
    if (!editors || !current || loadedId.current === current.id) return;
    loadedId.current = current.id;
    editors.load(current.query, current.variables);
  }, [editors, current]);

  const onReady = useCallback((access: EditorAccess | null) => setEditors(access), []);

  const open = (id: string) => {
    const item = items.find((q) => q.id === id);
    if (item && editors) {
      loadedId.current = id;
      editors.load(item.query, item.variables);
    }
    setExample(null);
    setNotice(null);
    setParams({ kueri: id });
  };

  const chooseExample = (chosen: ExplorerExample) => {
    editors?.load(chosen.query, chosen.variables(exampleContext));
    loadedId.current = null;
    setExample(chosen);
    setNotice(null);
    setParams({});
  };

  const save = async (fields: SaveFields, asNew: boolean): Promise<Refusal | null> => {
    if (!editors) return null;
    const { query, variablesText } = editors.read();
    const variables = parseVariables(variablesText);
    if (!variables.ok)
      return makeRefusal('BAD_USER_INPUT', t('variablesNotJson'), [
        { field: 'variables', message: t('variablesNotJson') },
      ]);
    setNotice(null);
    const update = current?.mine && !asNew ? { id: current.id, expectedVersion: current.version } : {};
    try {
      const result = await saveQuery({
        variables: {
          input: {
            ...update,
            name: fields.name,
            description: fields.description || null,
            shared: fields.shared,
            query,
            variables: variables.value,
          },
        },
      });
      const saved = result.data?.saveSavedQuery.savedQuery;
      await list.refetch();
      if (saved) {
        loadedId.current = saved.id;
        setExample(null);
        setNotice({ kind: 'ok', text: t('savedOk', { name: saved.name }) });
        setParams({ kueri: saved.id });
      }
      return null;
    } catch (error) {
      return refusalOf(error);
    }
  };

  const remove = async (item: SavedQueryItem) => {
    if (!window.confirm(t('confirmDelete', { name: item.name }))) return;
    try {
      await deleteQuery({ variables: { id: item.id } });
      await list.refetch();
      if (item.id === openedId) {
        loadedId.current = null;
        setParams({});
      }
      setNotice({ kind: 'ok', text: t('deleted', { name: item.name }) });
    } catch (error) {
      setNotice({ kind: 'error', text: refusalOf(error).message });
    }
  };

  const download = async (format: ExportFormat) => {
    if (!editors) return;
    const { query, variablesText, operationName } = editors.read();
    const variables = parseVariables(variablesText);
    if (!variables.ok || (variables.value !== null && !isJsonObject(variables.value))) {
      setNotice({ kind: 'error', text: t('variablesNotJson') });
      return;
    }
    setExporting(true);
    setNotice(null);
    const result = await requestExport(
      format,
      {
        query,
        ...(variables.value ? { variables: variables.value as Record<string, unknown> } : {}),
        ...(operationName ? { operationName } : {}),
      },
      fetch,
      getLanguage(),
    );
    setExporting(false);
    if (result.ok) {
      saveBlob(result.blob, result.filename);
      setNotice({ kind: 'ok', text: t('exported', { filename: result.filename }) });
    } else {
      setNotice({ kind: 'error', text: result.message });
    }
  };

  const initial: SaveFields = current
    ? { name: current.name, description: current.description ?? '', shared: current.shared }
    : example
      ? { name: localized(example.title), description: example.description, shared: false }
      : BLANK;
  const formKey = current ? `${current.id}:${current.version}` : example ? `example:${example.key}` : 'new';

  return (
    <section aria-labelledby="explorer-heading" className="explorer">
      <h1 id="explorer-heading">{t('heading')}</h1>
      <p>{t('intro')}</p>
      <div className="explorer-layout">
        <aside className="explorer-side">
          <section aria-labelledby="explorer-examples" className="card">
            <h2 id="explorer-examples">{t('examples')}</h2>
            <ul className="explorer-list" aria-label={t('examples')}>
              {EXPLORER_EXAMPLES.map((item) => (
                <li key={item.key}>
                  <button type="button" className="link-button" disabled={!editors} onClick={() => chooseExample(item)}>
                    {localized(item.title)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="explorer-saved" className="card">
            <h2 id="explorer-saved">{t('saved')}</h2>
            {openedId && opened.data && !opened.data.savedQuery && (
              <p role="alert" className="error">
                {t('notFound')}
              </p>
            )}
            <SavedQueryList items={items} openedId={openedId} onOpen={open} onDelete={(item) => void remove(item)} />
          </section>
          <SaveQueryForm
            key={formKey}
            initial={initial}
            editing={current?.mine ? { name: current.name } : null}
            ownerOfOpened={current && !current.mine ? current.ownerName : null}
            onSave={save}
            onNew={() => {
              loadedId.current = null;
              setExample(null);
              setParams({});
            }}
          />
          <section aria-labelledby="explorer-export" className="card">
            <h2 id="explorer-export">{t('export')}</h2>
            <div className="actions">
              <button type="button" disabled={!editors || exporting} onClick={() => void download('csv')}>
                {t('exportCsv')}
              </button>
              <button type="button" disabled={!editors || exporting} onClick={() => void download('xlsx')}>
                {t('exportXlsx')}
              </button>
            </div>
            {exporting && <p role="status">{t('exporting')}</p>}
          </section>
          {notice && (
            <p
              role={notice.kind === 'error' ? 'alert' : 'status'}
              className={notice.kind === 'error' ? 'error' : 'explorer-ok'}
            >
              {notice.text}
            </p>
          )}
        </aside>
        <div className="explorer-graphiql">
          <GraphiQL
            fetcher={fetcher}
            isHeadersEditorEnabled={false}
            defaultEditorToolsVisibility="variables"
            defaultQuery={EXPLORER_EXAMPLES[0]!.query}
          >
            <EditorBridge onReady={onReady} />
          </GraphiQL>
        </div>
      </div>
    </section>
  );
}
