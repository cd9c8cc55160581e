export interface GeneratedUnit {
  name: string;
  duties: string[];
  children?: GeneratedUnit[];
}

export interface GeneratedOrganization {
  name: string;
  source: { title: string; note: string };
  root: GeneratedUnit;
}

export declare function mulberry32(seed: number): () => number;
export declare function generateOrganization(options: {
  units: number;
  seed?: number;
}): GeneratedOrganization;
