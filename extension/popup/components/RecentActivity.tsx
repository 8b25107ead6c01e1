/**
 * Home's Activity tab: the newest few transactions, compact (the Activity screen's rows without
 * the origin), a skeleton while they load, and past five a way to the whole list (Home's
 * **Activity** button opens it too).
 */
import { t } from '../i18n';
import { useActivity } from '../useActivity';
import { ActivityList } from './ActivityList';
import { ErrorAlert } from './ErrorAlert';
import { SkeletonRows } from './Skeleton';

const RECENT = 5;

export function RecentActivity({ onShowAll }: { onShowAll(): void }) {
  const { view, busy, error } = useActivity();
  return (
    <div className="stack">
      <ErrorAlert message={error} />
      {!view && busy && <SkeletonRows rows={2} label={t('activityLoading')} />}
      {view && view.items.length === 0 && <p className="empty">{t('activityEmpty')}</p>}
      {view && view.items.length > 0 && (
        <>
          <ActivityList items={view.items.slice(0, RECENT)} compact />
          {view.items.length > RECENT && (
            <button type="button" className="secondary small" onClick={onShowAll}>
              {t('activityShowAll', view.items.length)}
            </button>
          )}
        </>
      )}
    </div>
  );
}
