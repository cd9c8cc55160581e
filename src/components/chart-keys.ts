import { nearestCard, type ScreenDirection } from '../layout/spatial.ts';
import type { TreeLayout } from '../layout/layout-tree.ts';
import { neighbour } from '../model/navigation.ts';
import { isMoreCardId } from '../model/tree.ts';

export { focusNode, keepCardFocus, pendingFocus } from './focus-node.ts';
import type { OrganizationIndex } from '../model/organization.ts';

/** Arrow keys move on screen; the Outline offers moves along the tree. */
const ARROW_DIRECTIONS: Record<string, ScreenDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
const GROUP_MOVES: Record<string, 'first' | 'last'> = { Home: 'first', End: 'last' };

/**
 * The card a key moves to from `from`: an arrow key to the nearest card that way on screen,
 * Home and End to the first and last unit of its group. Null where there is nowhere to go.
 */
export function keyTarget(
  key: string,
  from: string,
  layout: TreeLayout,
  index: OrganizationIndex,
): string | null {
  const direction = ARROW_DIRECTIONS[key];
  if (direction) {
    const box = layout.nodes.find((n) => n.id === from);
    // The "show more" cards are reached with Tab (they hold a button), not as units.
    const cards = layout.nodes.filter((n) => !isMoreCardId(n.id));
    return box ? (nearestCard(cards, box, direction)?.id ?? null) : null;
  }
  const group = GROUP_MOVES[key];
  return group ? neighbour(index, from, group) : null;
}
