// A synthetic but plausible public-sector organisation in the nested JSON format
// (docs/data-format.md), for benchmarks and for trying large files. Plain JavaScript so that
// `npm run gen` runs on Node 20 without a TypeScript loader; types are in the .d.mts beside it.

/**
 * A small seeded PRNG (mulberry32): the same seed always gives the same organisation.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Northvale',
  'Eastmere',
  'Ashford',
  'Riverton',
  'Kingsbridge',
  'Westhaven',
  'Marlow Bay',
  'Stonebury',
  'Fairhaven',
  'Glenmoor',
];
const BODIES = [
  'City Council',
  'County Council',
  'Regional Government',
  'Metropolitan Authority',
  'Municipal Administration',
];
const AREAS = [
  'Finance',
  'Transport',
  'Housing',
  'Public Health',
  'Education',
  'Environment',
  'Public Works',
  'Social Welfare',
  'Urban Planning',
  'Water Resources',
  'Agriculture',
  'Culture and Tourism',
  'Labour and Employment',
  'Justice',
  'Civil Affairs',
  'Emergency Management',
  'Statistics',
  'Commerce',
  'Digital Services',
  'Veterans Affairs',
  'Land Registry',
  'Taxation',
  'Public Procurement',
  'Audit',
  'Parks and Recreation',
  'Energy',
  'Consumer Protection',
  'Building Control',
  'Libraries and Archives',
  'Youth and Sport',
  'Waste Management',
  'Trading Standards',
  'Elections',
  'Immigration Services',
  'Fisheries',
  'Forestry',
  'Heritage',
  'Road Safety',
  'Child Services',
  'Pensions',
];
const AREA_FORMS = ['Department of {}', '{} Bureau', 'Office of {}', '{} Department'];
const TOPICS = [
  'Policy',
  'Planning',
  'Budget',
  'Licensing',
  'Inspection',
  'Grants',
  'Compliance',
  'Records',
  'Procurement',
  'Customer Service',
  'Data and Analytics',
  'Infrastructure',
  'Maintenance',
  'Communications',
  'Legal Affairs',
  'Human Resources',
  'Training',
  'Risk Management',
  'Appeals',
  'Contracts',
  'Field Operations',
  'Research',
  'Standards',
  'Quality Assurance',
  'Community Outreach',
  'Enforcement',
  'Payments',
  'Registration',
  'Permits',
  'Information Security',
  'Asset Management',
  'Performance Review',
  'Case Management',
  'Partnerships',
  'Project Delivery',
  'Internal Audit',
  'Facilities',
  'Accessibility',
  'Consultation',
  'Evaluation',
];
const REGIONS = [
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Coastal',
  'Metropolitan',
  'Rural',
  'Harbour',
  'Riverside',
  'Upland',
  'Valley',
];
const OBJECTS = [
  'building permits',
  'grant applications',
  'service contracts',
  'public complaints',
  'licence renewals',
  'site inspections',
  'statistical returns',
  'service agreements',
  'field surveys',
  'planning applications',
  'benefit claims',
  'safety certificates',
  'land titles',
  'tender submissions',
  'incident reports',
  'maintenance requests',
];
const PARTNERS = [
  'neighbouring authorities',
  'national ministries',
  'community organisations',
  'the police and fire services',
  'universities',
  'private contractors',
  'other departments',
];
const FREQUENCIES = ['month', 'quarter', 'year'];
const DUTIES = [
  'Draft and implement {topic} policies for {area}, and monitor how they are applied.',
  'Manage the {topic} budget and report spending to senior management each {freq}.',
  'Process {object} and keep the register of decisions up to date.',
  'Inspect {object} for compliance with {area} regulations and follow up on findings.',
  'Coordinate with {partner} on {topic} matters that cross departmental lines.',
  'Answer public enquiries and complaints about {object} within the published service standards.',
  'Collect and analyse {topic} data, and publish statistics each {freq}.',
  'Prepare briefings on {topic} for senior management and elected members.',
  'Keep records of {object} in line with the retention schedule.',
  'Train staff in {topic} procedures and keep the guidance current.',
  'Plan and oversee {topic} projects in the {region} district.',
  'Assess risks to {area} services and keep contingency plans tested.',
  'Manage contracts with suppliers for {object} and review their performance each {freq}.',
  'Handle appeals against decisions on {object}.',
  'Contribute to draft legislation and regulations affecting {area}.',
  'Publish open data on {object} and answer requests under freedom of information law.',
];

/**
 * @template T
 * @param {() => number} random
 * @param {readonly T[]} items
 * @returns {T}
 */
function pick(random, items) {
  return /** @type {T} */ (items[Math.floor(random() * items.length)]);
}

/**
 * Picks names for siblings without repeats until the list runs out, so siblings rarely share one.
 * @param {() => number} random
 * @param {readonly string[]} items
 */
function sampler(random, items) {
  /** @type {string[]} */
  let left = [];
  return () => {
    if (left.length === 0) left = [...items];
    const i = Math.floor(random() * left.length);
    return /** @type {string} */ (left.splice(i, 1)[0]);
  };
}

/**
 * Splits `rest` units over four levels that grow geometrically: a few departments, more
 * divisions, more sections again, and the most teams.
 * @param {number} rest units below the root
 */
function levelSizes(rest) {
  if (rest === 0) return [];
  const first = Math.min(40, Math.max(1, Math.round(rest ** 0.25 * 1.5)));
  let low = 0;
  let high = 1000;
  for (let i = 0; i < 60; i++) {
    const q = (low + high) / 2;
    if (first * (1 + q + q * q + q * q * q) < rest) low = q;
    else high = q;
  }
  const sizes = [];
  let left = rest;
  for (let level = 0; level < 4 && left > 0; level++) {
    const size = level === 3 ? left : Math.min(left, Math.max(1, Math.round(first * low ** level)));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/**
 * @typedef {{ name: string, duties: string[], children?: Unit[] }} Unit
 * @typedef {{ unit: Unit, area: string, topic: string, region: string }} Placed
 */

/**
 * Builds an organisation with exactly `units` units (the root included), deterministic per seed.
 * @param {{ units: number, seed?: number }} options
 */
export function generateOrganization({ units, seed = 1 }) {
  if (!Number.isInteger(units) || units < 1) {
    throw new RangeError(`units must be a whole number of at least 1, not ${units}`);
  }
  const random = mulberry32(seed);
  const name = `${pick(random, PLACES)} ${pick(random, BODIES)}`;

  /**
   * @param {Placed} at
   * @param {string} owner who assigns extra tasks: the parent unit's name
   */
  const duties = (at, owner) => {
    const count = 2 + Math.floor(random() * 7);
    const template = sampler(random, DUTIES);
    const texts = [];
    for (let i = 0; i < count - 1; i++) {
      texts.push(
        template()
          .replace('{topic}', at.topic.toLowerCase())
          .replace('{area}', at.area.toLowerCase())
          .replace('{object}', pick(random, OBJECTS))
          .replace('{partner}', pick(random, PARTNERS))
          .replace('{freq}', pick(random, FREQUENCIES))
          .replace('{region}', at.region.toLowerCase()),
      );
    }
    texts.push(`Undertake other tasks assigned by the ${owner}.`);
    return texts;
  };

  /** @type {Placed} */
  const root = {
    unit: { name, duties: [] },
    area: 'public administration',
    topic: 'corporate governance',
    region: pick(random, REGIONS),
  };
  root.unit.duties = duties(root, 'elected members');

  /** @type {Placed[]} */
  let parents = [root];
  const areas = sampler(random, AREAS);
  for (const [level, size] of levelSizes(units - 1).entries()) {
    // Every parent gets one child before any gets a second; the rest go by uneven weights, so
    // some units are large and some small, as in real organisations.
    const weights = parents.map(() => 0.3 + random() * 1.7);
    const cumulative = [];
    let total = 0;
    for (const weight of weights) cumulative.push((total += weight));
    /** @type {Placed[][]} */
    const childrenOf = parents.map(() => []);
    const samplers = parents.map(() => sampler(random, TOPICS));
    for (let i = 0; i < size; i++) {
      let p = i;
      if (i >= parents.length) {
        const target = random() * total;
        let low = 0;
        let high = parents.length - 1;
        while (low < high) {
          const mid = (low + high) >>> 1;
          if (/** @type {number} */ (cumulative[mid]) < target) low = mid + 1;
          else high = mid;
        }
        p = low;
      }
      const parent = /** @type {Placed} */ (parents[p]);
      const topic = /** @type {() => string} */ (samplers[p])();
      /** @type {Placed} */
      const at = {
        unit: { name: '', duties: [] },
        area: parent.area,
        topic,
        region: parent.region,
      };
      if (level === 0) {
        at.area = areas();
        at.topic = at.area;
        at.unit.name = pick(random, AREA_FORMS).replace('{}', at.area);
      } else if (level === 1) {
        at.unit.name = `${topic} Division`;
      } else if (level === 2) {
        at.unit.name =
          topic === parent.topic ? `${topic} Section` : `${parent.topic} ${topic} Section`;
      } else {
        at.region = pick(random, REGIONS);
        at.unit.name = `${at.region} ${topic} Team`;
      }
      at.unit.duties = duties(at, parent.unit.name);
      /** @type {Placed[]} */ (childrenOf[p]).push(at);
    }
    parents.forEach((parent, i) => {
      const children = /** @type {Placed[]} */ (childrenOf[i]);
      if (children.length > 0) parent.unit.children = children.map((child) => child.unit);
    });
    parents = childrenOf.flat();
  }

  return {
    name,
    source: {
      title: `${name}: organisation and responsibilities`,
      note: `Synthetic data generated with seed ${seed}; not a real organisation.`,
    },
    root: root.unit,
  };
}
