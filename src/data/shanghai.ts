import type { Organization } from '../model/organization.ts';
import { parseSourceText } from './parse-source.ts';

/** The published page this dataset is parsed from. */
export const SHANGHAI_SOURCE_URL = 'http://4idols.com/PublicInterestSMS/mbwubgtkom.html';

/** Parses the source page; it is the one source of truth for every office and duty. */
export function loadShanghaiCenter(text: string): Organization {
  const { organization, problems } = parseSourceText(text);
  if (!organization || problems.length > 0) {
    throw new Error(
      `The source did not parse cleanly: ${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`,
    );
  }
  return {
    ...organization,
    attribution: {
      ...organization.attribution,
      url: SHANGHAI_SOURCE_URL,
      note: 'English machine translation, kept as published',
    },
  };
}
