/**
 * Open Badges 3.0 achievement definitions (/badges/<domain>.json): one Achievement per domain, aligned to the
 * domain's CASE items. Definitions only: a badge a person holds is a credential signed by an issuer with keys on
 * a server, which a static site does not have. A badge platform can import these and issue against them.
 */
import type { Domain } from '../competency.ts';
import { statementPath } from '../competency.ts';
import { ASSESSMENT_LABELS } from '../schema/competency.ts';
import { SIGN_OFF_PATH } from './paths.ts';
import { exportId, uuidV5 } from './ids.ts';
import { LEVEL_WORDS, domainPath, uriFor, type ExportInput } from './site.ts';

/** The JSON-LD contexts of an Open Badges 3.0 document: Verifiable Credentials 2.0, then Open Badges 3.0. */
export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;

export interface Alignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetCode: string;
  targetFramework: string;
  targetType: 'CFItem';
  targetDescription?: string;
}

export interface Achievement {
  '@context': readonly string[];
  id: string;
  type: ['Achievement'];
  achievementType: 'Competency';
  name: string;
  description: string;
  criteria: { id?: string; narrative: string };
  humanCode: string;
  inLanguage: string;
  version: string;
  alignment: Alignment[];
}

/** The site path of a domain's achievement definition. */
export function badgePath(slug: string): string {
  return `badges/${slug}.json`;
}

export function achievement(input: ExportInput, domain: Domain): Achievement {
  const { view, site } = input;
  const framework = view.meta.title;
  const domainItem = exportId.domain(domain.id);
  const id = uuidV5(`achievement:${domain.id}`);
  const statements = domain.statements.map((s) => {
    const methods = (s.assessment ?? []).map((m) => ASSESSMENT_LABELS[m].toLowerCase()).join(', ');
    return `- ${s.id} (${LEVEL_WORDS[s.level]}${methods ? `; ${methods}` : ''}): ${s.statement}`;
  });
  return {
    '@context': OB3_CONTEXT,
    id: uriFor(site, badgePath(domain.slug), id),
    type: ['Achievement'],
    achievementType: 'Competency',
    name: domain.title,
    description: domain.summary,
    criteria: {
      ...(site.absolute ? { id: site.absolute(SIGN_OFF_PATH) } : {}),
      narrative: [
        `An assessor has signed the holder off against every statement of ${domain.title} (${domain.id}) that applies to their role, by the methods each names, and recorded it on the sign-off sheet.`,
        '',
        ...statements,
      ].join('\n'),
    },
    humanCode: domain.id,
    inLanguage: 'en',
    version: view.meta.version,
    alignment: [
      {
        type: ['Alignment'],
        targetName: domain.title,
        targetUrl: uriFor(site, domainPath(domain.slug), domainItem),
        targetCode: domain.id,
        targetFramework: framework,
        targetType: 'CFItem',
        targetDescription: domain.summary,
      },
      ...domain.statements.map(
        (s): Alignment => ({
          type: ['Alignment'],
          targetName: s.statement,
          targetUrl: uriFor(site, statementPath(s.id), exportId.statement(s.id)),
          targetCode: s.id,
          targetFramework: framework,
          targetType: 'CFItem',
        }),
      ),
    ],
  };
}
