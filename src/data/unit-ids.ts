import type { Office } from '../model/organization.ts';
import { IdAllocator } from './names.ts';
import { quote, type Collector } from './problems.ts';

/**
 * The ids of one organisation's units, as a reader meets the units in file order. Given ids must
 * be unique; the other units get ids made from their names once every given id is known, so a
 * made-up id never takes one the file gives later.
 */
export class UnitIds {
  /** Given ids, with where each was first used, for duplicate messages. */
  private readonly given = new Map<string, () => string>();
  /** Offices still without an id, in document order, with the fallback for an unsluggable name. */
  private readonly pending: { office: Office; fallback: string }[] = [];

  constructor(private readonly problems: Collector) {}

  /**
   * Gives the office the id its input gives, reporting an id already used by an earlier unit.
   * `where` names the unit, `whereId` its id field (e.g. `units[3]` and `units[3].id`).
   */
  claim(office: Office, id: string, where: () => string, whereId: () => string): void {
    office.id = id;
    const first = this.given.get(id);
    if (first) {
      this.problems.add(
        whereId,
        `Id ${quote(id)} is already used by ${first()}; ids must be unique.`,
      );
    } else {
      this.given.set(id, where);
    }
  }

  /**
   * Leaves the office to be named by {@link assign}, from its name or else `fallback`. A synthetic
   * root goes `first`, so it claims its id before any unit, as the text reader's root does.
   */
  defer(office: Office, fallback: string, first = false): void {
    if (first) this.pending.unshift({ office, fallback });
    else this.pending.push({ office, fallback });
  }

  /** Gives every deferred office an id from its name, never one of the given ids. */
  assign(): void {
    const allocator = new IdAllocator();
    for (const id of this.given.keys()) allocator.reserve(id);
    for (const { office, fallback } of this.pending) {
      office.id = allocator.allocate(office.name, fallback);
    }
  }
}
