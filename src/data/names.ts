/**
 * Names and ids shared by every reader: whitespace clean-up, slugs, and ids unique within one
 * organisation.
 */

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Turns a unit name into a URL-safe id such as `loan-management-office`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/**
 * Hands out ids unique within one organisation, suffixing `-2`, `-3`… on clashes. It remembers the
 * next suffix per name, so thousands of units with one name stay fast.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  /** Marks an id as used (one given in the data, say), so {@link allocate} never hands it out. */
  reserve(id: string): void {
    this.taken.add(id);
  }

  /** An id from the name's slug, or from `fallback` when the name gives none, made unique. */
  allocate(name: string, fallback: string): string {
    const base = slugify(name) || fallback;
    let id = base;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.taken.has(id)) id = `${base}-${n++}`;
    this.nextSuffix.set(base, n);
    this.taken.add(id);
    return id;
  }
}
