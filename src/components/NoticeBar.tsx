import './notices.css';
import { useId } from 'react';
import { useOrgStore } from '../store/org-store.ts';

/**
 * Notices about input the app could not use (a link naming an office that is not there, an
 * unknown layout…), each dismissible. They float over the top of the chart and never push it
 * down; repeats are counted, not stacked, and the store keeps only the newest few.
 */
export function NoticeBar() {
  const notices = useOrgStore((s) => s.notices);
  const dismiss = useOrgStore((s) => s.dismissNotice);
  const dismissAll = useOrgStore((s) => s.dismissAllNotices);
  const id = useId();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice, i) => (
        <div className="notice" key={notice.text}>
          <p id={`${id}-${i}`}>
            {notice.text}
            {notice.count > 1 && <span className="notice__count"> ({notice.count} times)</span>}
          </p>
          <button
            type="button"
            className="button button--secondary"
            aria-describedby={`${id}-${i}`}
            onClick={() => dismiss(notice.text)}
          >
            Dismiss
          </button>
        </div>
      ))}
      {notices.length > 1 && (
        <button type="button" className="button notices__all" onClick={dismissAll}>
          Dismiss all {notices.length}
        </button>
      )}
    </div>
  );
}
