import { useT } from '../i18n/i18n';
import { explorerMessages } from './messages';

export interface SavedQueryItem {
  id: string;
  name: string;
  description?: string | null;
  shared: boolean;
  mine: boolean;
  ownerName: string;
}

/** Where the server streams a saved query's result, run with its stored variables (a plain link: a GET). */
const savedExportUrl = (id: string, format: 'csv' | 'xlsx') =>
  `/export/saved/${encodeURIComponent(id)}?format=${format}`;

/** Your saved queries and the shared ones: open or download any, delete your own. */
export function SavedQueryList(props: {
  items: readonly SavedQueryItem[];
  openedId: string | null;
  onOpen(id: string): void;
  onDelete(item: SavedQueryItem): void;
}) {
  const t = useT(explorerMessages);
  if (props.items.length === 0) return <p className="empty">{t('savedEmpty')}</p>;
  return (
    <ul className="explorer-list" aria-label={t('saved')}>
      {props.items.map((item) => (
        <li key={item.id} aria-current={item.id === props.openedId ? 'true' : undefined}>
          <div className="explorer-item-head">
            <strong>{item.name}</strong>
            {item.shared && <span className="badge">{t('sharedBadge')}</span>}
          </div>
          <p className="explorer-meta">{t('owner', { name: item.ownerName })}</p>
          {item.description && <p className="explorer-meta">{item.description}</p>}
          <div className="actions">
            <button type="button" aria-label={`${t('open')}: ${item.name}`} onClick={() => props.onOpen(item.id)}>
              {t('open')}
            </button>
            <a href={savedExportUrl(item.id, 'xlsx')} download aria-label={`${t('exportXlsx')}: ${item.name}`}>
              {t('exportXlsx')}
            </a>
            <a href={savedExportUrl(item.id, 'csv')} download aria-label={`${t('exportCsv')}: ${item.name}`}>
              {t('exportCsv')}
            </a>
            {item.mine && (
              <button type="button" aria-label={`${t('delete')}: ${item.name}`} onClick={() => props.onDelete(item)}>
                {t('delete')}
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
