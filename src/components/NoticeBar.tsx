import { useOrgStore } from '../store/org-store.ts';

/** Notices about input the app could not use; each can be dismissed. */
export function NoticeBar() {
  const notices = useOrgStore((s) => s.notices);
  const dismiss = useOrgStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice, i) => (
        <div className="notice" key={`${i}-${notice}`}>
          <p>{notice}</p>
          <button type="button" className="button button--secondary" onClick={() => dismiss(i)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
