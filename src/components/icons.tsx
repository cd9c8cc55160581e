import type { SVGProps } from 'react';

/** Small stroke icons drawn inline, so no icon font or emoji font is needed. */
export function Icon({ children, ...props }: SVGProps<SVGSVGElement>) {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

export const OutlineIcon = () => (
  <Icon>
    <path d="M4 6h16M8 12h12M8 18h12M4 12h.01M4 18h.01" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon>
    <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
    <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
  </Icon>
);

export const SunIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
  </Icon>
);

export const MoonIcon = () => (
  <Icon>
    <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon width="20" height="20">
    <path d="M6 6l12 12M18 6L6 18" />
  </Icon>
);

export const ChevronIcon = ({ direction }: { direction: 'left' | 'right' | 'down' }) => (
  <Icon width="16" height="16">
    <path
      d={
        direction === 'left'
          ? 'M15 6l-6 6 6 6'
          : direction === 'right'
            ? 'M9 6l6 6-6 6'
            : 'M6 9l6 6 6-6'
      }
    />
  </Icon>
);

export const DownloadIcon = () => (
  <Icon>
    <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
  </Icon>
);

/** Small pictures of the three layouts, shown instead of their names on narrow screens. */
export const LayoutIcon = ({ mode }: { mode: 'compact' | 'top-down' | 'left-right' }) => (
  <Icon width="20" height="20" strokeWidth="1.8">
    {mode === 'compact' && (
      <path d="M9 3h6v4H9zM5 11h5v3H5zM14 11h5v3h-5zM5 17h5v3H5zM14 17h5v3h-5zM12 7v2M4 9h16M4 9v11M13 9v11" />
    )}
    {mode === 'top-down' && (
      <path d="M9 3h6v4H9zM2 15h5v4H2zM9.5 15h5v4h-5zM17 15h5v4h-5zM12 7v4M4.5 11h15M4.5 11v4M12 11v4M19.5 11v4" />
    )}
    {mode === 'left-right' && (
      <path d="M2 9.5h5v5H2zM16 3h6v4h-6zM16 10h6v4h-6zM16 17h6v4h-6zM7 12h4M11 5v14M11 5h5M11 12h5M11 19h5" />
    )}
  </Icon>
);

export const FolderIcon = () => (
  <Icon>
    <path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
  </Icon>
);

/** Four corners: fit the whole chart in view. */
export const FitIcon = () => (
  <Icon width="16" height="16">
    <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />
  </Icon>
);

/** The functions table: a grid. */
export const TableIcon = () => (
  <Icon>
    <rect x="3" y="4" width="18" height="16" rx="1.5" />
    <path d="M3 10h18M3 15h18M9 4v16" />
  </Icon>
);

/** A speech bubble with a question mark: the question box. */
export const QuestionIcon = () => (
  <Icon>
    <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z" />
    <path d="M10 9.5a2.2 2.2 0 1 1 3 2c-.7.3-1 .8-1 1.5M12 16h.01" />
  </Icon>
);
