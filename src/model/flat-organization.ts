/**
 * An organisation as flat, depth-first runs of units: the form it crosses from the reading worker
 * to the page in (a few thousand units per message, so no single task on the page rebuilds 100,000
 * units at once) and the form it is kept in this browser (no re-validation when it reopens).
 */
import {
  primeIndex,
  type Attribution,
  type Duty,
  type Office,
  type Organization,
} from './organization.ts';

/**
 * A run of consecutive units in depth-first order, packed so that passing it between threads or
 * storing it copies a few arrays and one string instead of tens of thousands of small objects.
 * Strings (each unit's id and name, then its duties' texts) are concatenated in `text`, cut by
 * `lengths`.
 */
export interface PackedRun {
  /** Position of the run's first unit in depth-first order. */
  first: number;
  /** Per unit: the position of its parent (-1 for the root). */
  parents: Int32Array;
  /** Per unit: how many duties it has. */
  dutyCounts: Int32Array;
  /** Per duty, in order: its number. */
  numbers: Int32Array;
  /** Per unit: how many skipped numbers it has; the numbers themselves follow in `missing`. */
  missingCounts: Int32Array;
  missing: Int32Array;
  /** Per unit: id length, name length, then each duty's text length. */
  lengths: Int32Array;
  text: string;
}

/** What is known of an organisation before its units: its name, source and size. */
export interface FlatHeader {
  name: string;
  attribution: Attribution;
  units: number;
  duties: number;
}

/** Units per run: small enough that rebuilding one run takes a few milliseconds. */
export const FLAT_RUN_UNITS = 4_000;

function pack(first: number, units: readonly { office: Office; parent: number }[]): PackedRun {
  let duties = 0;
  let missing = 0;
  for (const { office } of units) {
    duties += office.duties.length;
    missing += office.missingNumbers.length;
  }
  const run: PackedRun = {
    first,
    parents: new Int32Array(units.length),
    dutyCounts: new Int32Array(units.length),
    numbers: new Int32Array(duties),
    missingCounts: new Int32Array(units.length),
    missing: new Int32Array(missing),
    lengths: new Int32Array(units.length * 2 + duties),
    text: '',
  };
  const parts: string[] = [];
  let d = 0;
  let m = 0;
  let l = 0;
  units.forEach(({ office, parent }, u) => {
    run.parents[u] = parent;
    run.dutyCounts[u] = office.duties.length;
    run.missingCounts[u] = office.missingNumbers.length;
    for (const n of office.missingNumbers) run.missing[m++] = n;
    parts.push(office.id, office.name);
    run.lengths[l++] = office.id.length;
    run.lengths[l++] = office.name.length;
    for (const duty of office.duties) {
      run.numbers[d++] = duty.number;
      run.lengths[l++] = duty.text.length;
      parts.push(duty.text);
    }
  });
  run.text = parts.join('');
  return run;
}

/** The organisation's header and its units in depth-first source order, packed in runs. */
export function flattenOrganization(
  organization: Organization,
  runUnits = FLAT_RUN_UNITS,
): { header: FlatHeader; runs: PackedRun[] } {
  const runs: PackedRun[] = [];
  let run: { office: Office; parent: number }[] = [];
  let position = 0;
  let duties = 0;
  // An explicit stack: user-supplied trees may be far deeper than the call stack allows.
  const stack: { office: Office; parent: number }[] = [{ office: organization.root, parent: -1 }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const at = position++;
    duties += entry.office.duties.length;
    run.push(entry);
    if (run.length === runUnits) {
      runs.push(pack(at + 1 - run.length, run));
      run = [];
    }
    const { children } = entry.office;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ office: children[i]!, parent: at });
  }
  if (run.length > 0) runs.push(pack(position - run.length, run));
  const { name, attribution } = organization;
  return { header: { name, attribution, units: position, duties }, runs };
}

/**
 * Rebuilds an organisation run by run, in the order {@link flattenOrganization} wrote them.
 * Throws on a run that does not fit (a parent that comes later, a unit too many), so a damaged
 * stored copy is never shown half-built.
 */
export class OrganizationAssembler {
  private readonly offices: Office[] = [];
  // The organisation's lookups (see `indexOrganization`), built as the units arrive.
  private readonly byId = new Map<string, Office>();
  private readonly parentOf = new Map<string, string>();
  private readonly depthOf = new Map<string, number>();
  private readonly depths: number[] = [];

  constructor(private readonly header: FlatHeader) {}

  /** Units added so far. */
  get received(): number {
    return this.offices.length;
  }

  add(run: PackedRun): void {
    if (run.first !== this.offices.length) {
      throw new Error(
        `Units arrived out of order (${run.first}, expected ${this.offices.length}).`,
      );
    }
    let d = 0;
    let m = 0;
    let l = 0;
    let at = 0;
    const take = () => {
      const length = run.lengths[l++]!;
      const piece = run.text.slice(at, at + length);
      at += length;
      return piece;
    };
    for (let u = 0; u < run.parents.length; u++) {
      const position = this.offices.length;
      if (position >= this.header.units) {
        throw new Error('The organisation has more units than it said.');
      }
      const parent = run.parents[u]!;
      if (position === 0 ? parent !== -1 : !(parent >= 0 && parent < position)) {
        throw new Error(`Unit ${position + 1} names a parent that does not come before it.`);
      }
      const id = take();
      const name = take();
      const duties: Duty[] = [];
      for (let k = run.dutyCounts[u]!; k > 0; k--)
        duties.push({ number: run.numbers[d++]!, text: take() });
      const missingNumbers = Array.from(run.missing.subarray(m, m + run.missingCounts[u]!));
      m += run.missingCounts[u]!;
      const office: Office = { id, name, duties, missingNumbers, children: [] };
      const depth = position > 0 ? this.depths[parent]! + 1 : 0;
      if (position > 0) {
        const parentOffice = this.offices[parent]!;
        parentOffice.children.push(office);
        this.parentOf.set(id, parentOffice.id);
      }
      this.offices.push(office);
      this.depths.push(depth);
      this.byId.set(id, office);
      this.depthOf.set(id, depth);
    }
  }

  /** The organisation, once every unit has arrived. */
  finish(): Organization {
    if (this.offices.length !== this.header.units || this.offices.length === 0) {
      throw new Error(
        `The organisation arrived incomplete (${this.offices.length} of ${this.header.units} units).`,
      );
    }
    const organization: Organization = {
      name: this.header.name,
      attribution: this.header.attribution,
      root: this.offices[0]!,
    };
    const { byId, parentOf, depthOf } = this;
    primeIndex(organization, { byId, parentOf, depthOf, order: this.offices.map((o) => o.id) });
    return organization;
  }
}
