/**
 * Sources of the entity choice comparison beyond the federal tax code: state co-op laws (each one a
 * single state's example), securities law, labor and immigration agencies, model acts and co-op bodies.
 */
import type { Source } from '../generated/content-types';

const LII_USC = 'U.S. Congress (text via Legal Information Institute, Cornell Law School)';
const CA = (section: string, name: string, note: string): Source => ({
  title: `California Corporations Code, Section ${section} (${name})`,
  publisher: 'California State Legislature',
  year: 2016,
  url: `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CORP&sectionNum=${section}`,
  note: `One state's example. ${note} Added by Assembly Bill 816 (2015), in effect from 2016.`,
});
const NY = (section: string, name: string, note: string): Source => ({
  title: `New York Cooperative Corporations Law, Section ${section} (${name})`,
  publisher: 'New York State Legislature',
  year: 2014,
  url: `https://www.nysenate.gov/legislation/laws/CCO/${section}`,
  note: `One state's example. ${note}`,
});
const MA = (section: string, name: string, note: string): Source => ({
  title: `Massachusetts General Laws, Chapter 157A, Section ${section} (${name})`,
  publisher: 'Massachusetts Legislature',
  year: 2024,
  url: `https://malegislature.gov/Laws/GeneralLaws/PartI/TitleXXII/Chapter157A/Section${section}`,
  note: `One state's example. ${note} The year is that of the version consulted.`,
});

export const STATE_AND_OTHER_SOURCES = {
  ca12253: CA('12253.5', 'Worker cooperative defined', 'A worker cooperative is a co-op corporation with a class of worker-members whose patronage is their work; at least 51% of its workers must be worker-members or candidates; choosing this form does not by itself make workers employees for any purpose.'),
  ca12310: CA('12310.5', 'Election to be governed as a worker cooperative', 'A corporation under the Cooperative Corporation Law becomes a worker cooperative by a statement in its articles of incorporation.'),
  caAb816: {
    title: 'Assembly Bill 816 (Cooperative corporations: worker cooperatives), Senate floor analysis',
    publisher: 'California State Senate',
    year: 2015,
    url: 'http://www.leginfo.ca.gov/pub/15-16/bill/asm/ab_0801-0850/ab_816_cfa_20150710_155601_sen_floor.html',
    note: "One state's example. The bill raised, from $300 to $1,000, the most a member may invest in a co-op's shares or memberships while the sale stays exempt from a state securities permit.",
  },
  ma2: MA('2', 'Definitions', 'An employee cooperative is a corporation that has elected to be governed by Chapter 157A.'),
  ma6: MA('6', 'Members; membership shares; fees; rights and responsibilities', 'Only people employed by the co-op may be members, and each member owns one membership share.'),
  ny82: NY('82', 'Election to be governed as worker cooperative', 'A corporation formed under the Business Corporation Law may elect to be governed as a worker cooperative by saying so in its certificate of incorporation.'),
  ny89: NY('89', 'Voting shares; by-laws; amendment of certificate of incorporation', 'Only membership shares carry voting power; the members hold the power to change the bylaws, except as the law lets the directors.'),
  ny92: NY('92', 'Internal capital accounts; recall or redemption of shares; interest; collective reserve account', 'A worker co-op may keep internal capital accounts for members and a collective reserve.'),
  delaware: {
    title: 'Delaware Code, Title 6, Chapter 14 (Delaware Workers Cooperative Act)',
    publisher: 'Delaware General Assembly',
    year: 2024,
    url: 'http://delcode.delaware.gov/title6/c014/index.shtml',
    note: "One state's example of a worker co-op statute. The year is that of the version consulted.",
  },
  minnesota: {
    title: 'Minnesota Statutes, Chapter 308B (Minnesota Cooperative Associations Act)',
    publisher: 'Minnesota Legislature, Office of the Revisor of Statutes',
    year: 2003,
    url: 'https://www.revisor.mn.gov/statutes/cite/308B',
    note: "One state's example of a co-op law that allows both patron members and investor members. The year is the year of enactment.",
  },
  ulcaa: {
    title: 'Uniform Limited Cooperative Association Act',
    publisher: 'Uniform Law Commission',
    year: 2007,
    note: 'A model law for a co-op form with patron members and investor members. It applies only in states that have adopted a version of it.',
  },
  rullca: {
    title: 'Revised Uniform Limited Liability Company Act',
    publisher: 'Uniform Law Commission',
    year: 2006,
    note: 'A model LLC law adopted, with changes, by many states. Section 105: the operating agreement governs relations among the members; section 407: default rules for decisions when the operating agreement is silent.',
  },
  ica: {
    title: 'Statement on the Cooperative Identity',
    publisher: 'International Cooperative Alliance',
    year: 1995,
    url: 'https://ica.coop/en/cooperatives/cooperative-identity',
    note: 'Second principle, democratic member control (in primary co-ops, one member, one vote); fourth principle, outside capital raised on terms that keep democratic control by the members.',
  },
  forman: {
    title: 'United Housing Foundation, Inc. v. Forman, 421 U.S. 837',
    publisher: 'Supreme Court of the United States',
    year: 1975,
    url: 'https://supreme.justia.com/cases/federal/us/421/837/',
    note: 'Co-op shares bought to get housing, not to earn profits, were not securities; the test looks at the economic reality of the deal.',
  },
  howey: {
    title: 'SEC v. W. J. Howey Co., 328 U.S. 293',
    publisher: 'Supreme Court of the United States',
    year: 1946,
    url: 'https://supreme.justia.com/cases/federal/us/328/293/',
    note: 'An investment of money in a common enterprise, with profits expected from the efforts of others, is an investment contract and so a security.',
  },
  sec77c: {
    title: '15 U.S. Code Section 77c (Classes of securities under this subchapter)',
    publisher: LII_USC,
    year: 2018,
    url: 'https://www.law.cornell.edu/uscode/text/15/77c',
    note: 'Subsection (a)(11): the exemption for securities offered and sold only to residents of the one state where the issuer is formed and does business.',
  },
  sec77d: {
    title: '15 U.S. Code Section 77d (Exempted transactions)',
    publisher: LII_USC,
    year: 2018,
    url: 'https://www.law.cornell.edu/uscode/text/15/77d',
    note: 'Subsection (a)(2): offerings that are not public; subsection (a)(6): crowdfunding.',
  },
  sec77q: {
    title: '15 U.S. Code Section 77q (Fraudulent interstate transactions)',
    publisher: LII_USC,
    year: 2018,
    url: 'https://www.law.cornell.edu/uscode/text/15/77q',
    note: 'Subsection (c). The anti-fraud rules apply even to securities that are exempt from registration.',
  },
  dolUi: {
    title: 'Unemployment insurance',
    publisher: 'U.S. Department of Labor',
    year: 2024,
    url: 'https://www.dol.gov/general/topic/unemployment-insurance',
    note: 'Unemployment insurance is a joint federal and state program; each state runs its own program and sets who is covered.',
  },
  dolComp: {
    title: "Workers' compensation",
    publisher: 'U.S. Department of Labor',
    year: 2024,
    url: 'https://www.dol.gov/general/topic/workcomp',
    note: "Most workers' compensation programs are run by the states, under state law.",
  },
  flsa: {
    title: 'Wages and the Fair Labor Standards Act',
    publisher: 'U.S. Department of Labor, Wage and Hour Division',
    year: 2024,
    url: 'https://www.dol.gov/agencies/whd/flsa',
    note: 'The federal law on minimum wage, overtime and pay records for covered employees.',
  },
  i9: {
    title: 'I-9, Employment Eligibility Verification',
    publisher: 'U.S. Citizenship and Immigration Services',
    year: 2024,
    url: 'https://www.uscis.gov/i-9',
    note: 'Employers must check the identity and work authorization of each person they hire as an employee, on Form I-9.',
  },
  seedCommons: {
    title: "Seed Commons' Approach to Non-Extractive Finance",
    publisher: 'Seed Commons',
    year: 2024,
    url: 'https://seedcommons.org/about-seed-commons/seed-commons-approach-to-non-extractive-finance/',
    note: 'A national network of community loan funds that lends to co-ops, among others, on non-extractive terms: what the lender gets back never exceeds the wealth the borrower creates with the loan. Undated web page; the year is that of the version cited.',
  },
} satisfies Record<string, Source>;
