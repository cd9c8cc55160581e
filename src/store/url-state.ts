import { LAYOUT_MODES, type LayoutMode } from '../layout/layout-tree.ts';

/** The part of the view a link reproduces. */
export interface ViewState {
  selectedId: string | null;
  layout: LayoutMode;
}

export const DEFAULT_VIEW: ViewState = { selectedId: null, layout: 'compact' };

/** Longest parameter value we look at; anything longer is not one of ours. */
const MAX_VALUE_LENGTH = 200;

/** Writes the view as readable parameters, leaving out defaults so links stay short. */
export function toSearchParams(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.selectedId) params.set('office', view.selectedId);
  if (view.layout !== DEFAULT_VIEW.layout) params.set('layout', view.layout);
  return params;
}

export interface ParsedView {
  view: ViewState;
  /** Plain-language notes on parts of the link that could not be used. */
  notices: string[];
}

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * Reads a view from a query string. Never throws: unusable parts fall back to defaults and are
 * explained in `notices`. `officeExists` decides which office ids are real.
 */
export function fromSearchParams(
  search: string,
  officeExists: (id: string) => boolean,
): ParsedView {
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      view: DEFAULT_VIEW,
      notices: ['The link could not be read, so the whole chart is shown.'],
    };
  }
  const view: ViewState = { ...DEFAULT_VIEW };

  const office = params.get('office');
  if (office !== null && office !== '') {
    if (office.length <= MAX_VALUE_LENGTH && officeExists(office)) {
      view.selectedId = office;
    } else {
      notices.push(
        `The link names an office that does not exist here (“${shorten(office)}”), so the whole chart is shown.`,
      );
    }
  }

  const layout = params.get('layout');
  if (layout !== null) {
    if ((LAYOUT_MODES as readonly string[]).includes(layout)) {
      view.layout = layout as LayoutMode;
    } else {
      notices.push(
        `Unknown layout “${shorten(layout)}”; showing the ${DEFAULT_VIEW.layout} layout.`,
      );
    }
  }
  return { view, notices };
}
