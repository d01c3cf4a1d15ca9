/**
 * The framework as a 1EdTech CASE 1.1 package (/framework.case.json): one CFDocument, a CFItem per domain, per
 * live and per retired statement and per standard the statements map to, and the CFAssociations between them.
 * Domains are children of the document and statements of their domain (isChildOf: origin = child, destination =
 * parent). Retired statements are outside the tree, with replacedBy to what took their place. Standards are
 * related (isRelatedTo), never exact matches: a statement is one behaviour that evidences a standard, not the
 * standard itself.
 */
import { ASSESSMENT_LABELS } from '../schema/competency.ts';
import { guidancePath, replacementsOf, statementPath } from '../competency.ts';
import { entryName, frameworkName, standardIndex, standardPath } from '../standards.ts';
import { exportId } from './ids.ts';
import { LEVEL_WORDS, domainPath, publishedDateTime, uriFor, type ExportInput } from './site.ts';

/** CASE 1.1's association types, in the order the specification lists them. */
export const CASE_ASSOCIATION_TYPES = [
  'isChildOf',
  'isPeerOf',
  'isPartOf',
  'exactMatchOf',
  'precedes',
  'isRelatedTo',
  'replacedBy',
  'exemplar',
  'hasSkillLevel',
  'isTranslationOf',
] as const;
export type CaseAssociationType = (typeof CASE_ASSOCIATION_TYPES)[number];

/** CASE's reference to another object: LinkGenURI. */
export interface CaseLink {
  title: string;
  identifier: string;
  uri: string;
}

export interface CaseItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  humanCodingScheme: string;
  CFItemType: string;
  listEnumeration?: string;
  notes?: string;
  language: string;
  statusEndDate?: string;
  lastChangeDateTime: string;
  CFDocumentURI: CaseLink;
}

export interface CaseAssociation {
  identifier: string;
  uri: string;
  associationType: CaseAssociationType;
  sequenceNumber?: number;
  originNodeURI: CaseLink;
  destinationNodeURI: CaseLink;
  CFDocumentURI: CaseLink;
  lastChangeDateTime: string;
}

export interface CasePackage {
  CFDocument: {
    identifier: string;
    uri: string;
    creator: string;
    title: string;
    lastChangeDateTime: string;
    version: string;
    description?: string;
    language: string;
    licenseURI: CaseLink;
  };
  CFItems: CaseItem[];
  CFAssociations: CaseAssociation[];
  CFDefinitions: {
    CFLicenses: { identifier: string; uri: string; title: string; licenseText: string; lastChangeDateTime: string }[];
  };
}

/** The content's licence (LICENSE, part 2). Its address names it; nothing is fetched from it. */
const LICENCE = {
  title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  uri: 'https://creativecommons.org/licenses/by/4.0/',
  text: 'The Rapport guide and framework are under CC BY 4.0: you may share and adapt them, with credit.',
};

const link = (x: { identifier: string; uri: string }, title: string): CaseLink => ({ title, identifier: x.identifier, uri: x.uri });

export function casePackage({ view, site }: ExportInput): CasePackage {
  const { meta, domains } = view;
  const changed = publishedDateTime(view);
  const docId = exportId.document();
  const document = { identifier: docId, uri: uriFor(site, 'framework/', docId) };
  const docLink = link(document, meta.title);
  const items: CaseItem[] = [];
  const associations: CaseAssociation[] = [];
  const links = new Map<string, CaseLink>();

  function addItem(key: string, item: Omit<CaseItem, 'lastChangeDateTime' | 'CFDocumentURI' | 'language'>): void {
    items.push({ ...item, language: 'en', lastChangeDateTime: changed, CFDocumentURI: docLink });
    links.set(key, link(item, `${item.humanCodingScheme} ${item.fullStatement}`));
  }
  function associate(type: CaseAssociationType, origin: CaseLink, destination: CaseLink, sequenceNumber?: number): void {
    const identifier = exportId.association(type, origin.identifier, destination.identifier);
    associations.push({
      identifier,
      uri: `urn:uuid:${identifier}`,
      associationType: type,
      ...(sequenceNumber === undefined ? {} : { sequenceNumber }),
      originNodeURI: origin,
      destinationNodeURI: destination,
      CFDocumentURI: docLink,
      lastChangeDateTime: changed,
    });
  }

  /** The core a live and a retired statement share: its id, address and wording, as a competency. */
  function statementItem(statementId: string, text: string) {
    const identifier = exportId.statement(statementId);
    return { identifier, uri: uriFor(site, statementPath(statementId), identifier), fullStatement: text, humanCodingScheme: statementId, CFItemType: 'Competency' };
  }

  domains.forEach((domain, d) => {
    const identifier = exportId.domain(domain.id);
    addItem(`domain:${domain.id}`, {
      identifier,
      uri: uriFor(site, domainPath(domain.slug), identifier),
      fullStatement: domain.title,
      humanCodingScheme: domain.id,
      CFItemType: 'Domain',
      listEnumeration: String(d + 1),
      notes: domain.summary,
    });
    associate('isChildOf', links.get(`domain:${domain.id}`)!, docLink, d + 1);
    domain.statements.forEach((s, i) => {
      const methods = (s.assessment ?? []).map((m) => ASSESSMENT_LABELS[m].toLowerCase());
      const guidance = site.absolute ? s.guidance.map((ref) => site.absolute!(guidancePath(ref))) : [];
      addItem(`statement:${s.id}`, {
        ...statementItem(s.id, s.statement),
        listEnumeration: String(i + 1),
        notes: [
          `Level: ${LEVEL_WORDS[s.level]}.`,
          methods.length > 0 && `Assessed by ${methods.join(', ')}.`,
          guidance.length > 0 && `Guidance: ${guidance.join(' ')}`,
        ]
          .filter(Boolean)
          .join(' '),
      });
      associate('isChildOf', links.get(`statement:${s.id}`)!, links.get(`domain:${domain.id}`)!, i + 1);
    });
  });

  const releaseDates = new Map(meta.changelog.map((c) => [c.version, c.date.toISOString().slice(0, 10)]));
  const replacements = replacementsOf(domains);
  for (const domain of domains)
    for (const r of domain.retired) {
      const ended = releaseDates.get(r.retiredIn);
      addItem(`statement:${r.id}`, {
        ...statementItem(r.id, r.statement),
        notes: `Retired in version ${r.retiredIn}.${r.reason ? ` ${r.reason}` : ''}`,
        ...(ended ? { statusEndDate: ended } : {}),
      });
      for (const to of replacements.get(r.id) ?? []) associate('replacedBy', links.get(`statement:${r.id}`)!, links.get(`statement:${to}`)!);
    }

  // Only the standards some statement cites: the others would hang in the package with nothing to say.
  const standards = standardIndex(view.standards);
  const cited = new Set(domains.flatMap((d) => d.statements.flatMap((s) => s.standards ?? [])));
  for (const [id, standard] of standards) {
    if (!cited.has(id)) continue;
    const identifier = exportId.standard(id);
    addItem(`standard:${id}`, {
      identifier,
      uri: uriFor(site, standardPath(id), identifier),
      fullStatement: `${frameworkName(standard.framework)}: ${entryName(standard.entry)}`,
      humanCodingScheme: id,
      CFItemType: 'Standard',
      notes: `From ${standard.framework.title} (${standard.framework.source}). Statements that evidence it are related to it.`,
    });
  }
  for (const domain of domains)
    for (const s of domain.statements)
      for (const id of new Set(s.standards ?? [])) {
        const to = links.get(`standard:${id}`);
        if (to) associate('isRelatedTo', links.get(`statement:${s.id}`)!, to);
      }

  const licenceId = exportId.licence();
  return {
    CFDocument: {
      ...document,
      creator: site.creator,
      title: meta.title,
      lastChangeDateTime: changed,
      version: meta.version,
      ...(meta.summary ? { description: meta.summary } : {}),
      language: 'en',
      licenseURI: { title: LICENCE.title, identifier: licenceId, uri: LICENCE.uri },
    },
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: {
      CFLicenses: [{ identifier: licenceId, uri: LICENCE.uri, title: LICENCE.title, licenseText: LICENCE.text, lastChangeDateTime: changed }],
    },
  };
}
