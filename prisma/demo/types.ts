// The shape of the hand-built demo record. Kept free of Prisma types so the record reads as plain data;
// prisma/demo/load-demo.ts maps it onto the database.

export type IsoDate = `${number}-${number}-${number}`;

export type DemoTopic = { slug: string; title: string; summary: string };

export type DemoRelation = {
  key: string; // e.g. "pledges-allegiance-to"
  label: string; // "pledges allegiance to"
  exclusive: boolean; // a subject holds it towards one object at a time
  description: string;
};

export type DemoEntity = {
  slug: string;
  name: string;
  kind: 'ORGANIZATION' | 'PERSON' | 'PLACE' | 'EVENT' | 'OTHER';
  description: string;
  aliases: { alias: string; validFrom?: IsoDate; validTo?: IsoDate; note?: string }[];
};

export type DemoSource = {
  key: string;
  title: string;
  url?: string; // omitted when the item's own address is not known
  publisher: string;
  author?: string;
  publishedAt?: IsoDate;
  accessedAt?: IsoDate;
  kind: 'PRIMARY_STATEMENT' | 'NEWS_REPORT' | 'ANALYSIS' | 'BLOG' | 'SOCIAL_MEDIA' | 'OFFICIAL' | 'OTHER';
  language: string; // BCP 47, e.g. "en", "ar"
  grade: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  gradeNote: string;
  snapshotFile?: string; // a file in prisma/demo/corpus/
  derivedFrom?: string; // key of another DemoSource
  correctionKind?: 'UPDATED' | 'CORRECTED' | 'RETRACTED';
  correctedAt?: IsoDate;
  correctionNote?: string;
};

export type DemoCitation = {
  source: string; // DemoSource key
  quote: string; // verbatim from the source's snapshot file
  originalQuote?: string;
  translation?: string;
  translator?: string;
  locator?: string;
  attributedTo?: string;
};

export type DemoAuthor = 'editor' | 'editor2';
export type DemoReviewer = 'reviewer' | 'reviewer2';

export type DemoClaim = {
  key: string;
  statement: string;
  claimant?: string; // entity slug of who asserts it
  subject?: string; // entity slug
  relation?: string; // relation key
  object?: string; // entity slug
  polarity?: 'AFFIRMS' | 'DENIES';
  claimedAt: IsoDate;
  validFrom?: IsoDate;
  validTo?: IsoDate;
  credibility: 1 | 2 | 3 | 4 | 5 | 6;
  credibilityNote: string;
  topics: string[];
  author: DemoAuthor;
  status: 'DRAFT' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'APPROVED' | 'REJECTED' | 'RETRACTED';
  reviewer?: DemoReviewer; // who decided, for every status past IN_REVIEW
  reviewNote?: string; // required for CHANGES_REQUESTED, REJECTED, RETRACTED
  citations: DemoCitation[];
};

export type DemoLink = {
  claimA: string; // DemoClaim key
  claimB: string;
  kind: 'CONTRADICTS' | 'SUPPORTS' | 'SUPERSEDES' | 'QUALIFIES';
  note: string;
  resolution: 'UNRESOLVED' | 'A_HOLDS' | 'B_HOLDS' | 'BOTH_PARTLY' | 'NEITHER';
  resolutionNote?: string;
  author: DemoAuthor;
  status: 'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'REJECTED' | 'RETRACTED';
  reviewer?: DemoReviewer;
  reviewNote?: string;
};

export type DemoRecord = {
  topics: DemoTopic[];
  relations: DemoRelation[];
  entities: DemoEntity[];
  sources: DemoSource[];
  claims: DemoClaim[];
  links: DemoLink[];
};
