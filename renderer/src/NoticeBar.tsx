import { useStore } from './state/useStore.ts';
import { useWorkbench } from './state/workbench.ts';

/** The last thing the app said, read out by screen readers (errors at once), with its action if it has one. */
export function NoticeBar() {
  const notice = useStore(useWorkbench().notices, (n) => n);
  return (
    <div
      className={`notice ${notice?.kind ?? ''}`}
      role={notice?.kind === 'error' ? 'alert' : 'status'}
      key={notice?.id}
    >
      {notice?.text}
      {notice?.action ? (
        <button type="button" className="notice-action" onClick={() => notice.action?.run()}>
          {notice.action.label}
        </button>
      ) : null}
    </div>
  );
}
