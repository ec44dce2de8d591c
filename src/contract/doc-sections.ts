/**
 * Section anchors of the API page, so a report can link each clause to the section that states its
 * rule. The page's address is configured (VBS_API_DOC_URL) because vendors publish it at different
 * addresses; the anchors are those of the page's published source.
 */
import type { Clause } from './clauses';

export const DOC_SECTION_ANCHORS: Readonly<Record<Clause['docSection'], string>> = {
  URI: 'section202261121119',
  Response: 'section332171191116',
  'Status Codes': 'section1512371161119',
};

/** Returns the link to a section of the API page, or undefined when no page address is configured. */
export function docSectionUrl(apiDocUrl: string | undefined, section: Clause['docSection']): string | undefined {
  if (!apiDocUrl) return undefined;
  return `${apiDocUrl}#${DOC_SECTION_ANCHORS[section]}`;
}
