/**
 * Names and ids shared by every reader: whitespace clean-up, slugs, and ids unique within one
 * organisation.
 */

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function normalizeWhitespace(text: string): string {
  // Nearly all text is already clean; testing is far cheaper than rebuilding 500,000 strings.
  return NEEDS_CLEANING.test(text) ? text.replace(/\s+/gu, ' ').trim() : text;
}

/** Whitespace other than a single space between words. */
const NEEDS_CLEANING = /^\s|\s$|[^\S ]|\s\s/u;

// Letters that Unicode does not decompose into a base letter and an accent.
const LATIN_EXTRAS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Lowercase ASCII letters and digits joined by single hyphens, at most `max` long: a unit's id
 * such as `loan-management-office`, or a part of a file name. `atWord` cuts at a word boundary
 * (unless that would throw away most of the room) rather than mid-word.
 */
export function slugify(text: string, max = 80, { atWord = false } = {}): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => LATIN_EXTRAS[c] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const lastHyphen = slug.slice(0, max + 1).lastIndexOf('-');
  const end = atWord && lastHyphen >= max / 2 ? lastHyphen : max;
  return slug.slice(0, end).replace(/-+$/, '');
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
