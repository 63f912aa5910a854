/**
 * The sources behind every point of the entity choice comparison: the law itself, the IRS, courts and
 * well-known co-op bodies. A point names its sources by these keys; a test checks that each key exists
 * and that each source here is used. Notes say what in the source supports the point.
 */
import type { Source } from '../generated/content-types';
import { STATE_AND_OTHER_SOURCES } from './entity-comparison-sources-more';

const LII_USC = 'U.S. Congress (text via Legal Information Institute, Cornell Law School)';
const LII_CFR = 'U.S. Department of the Treasury (text via Legal Information Institute, Cornell Law School)';
const IRS = 'Internal Revenue Service';
const usc = (section: string, name: string, note: string): Source => ({
  title: `26 U.S. Code Section ${section} (${name})`,
  publisher: LII_USC,
  year: 2018,
  url: `https://www.law.cornell.edu/uscode/text/26/${section}`,
  note,
});

const SOURCES = {
  usc1381: usc('1381', 'Organizations to which part applies', 'Subsection (a)(2). Subchapter T applies to any corporation operating on a cooperative basis, with a few exceptions such as insurers and rural electric and telephone co-ops.'),
  usc1382: usc('1382', 'Taxable income of cooperatives', 'Subsection (b) lets the co-op leave out patronage dividends paid in money or in qualified written notices, and nonqualified notices only when redeemed; subsection (d) sets the payment period, ending on the 15th day of the 9th month after the tax year.'),
  usc1385: usc('1385', "Amounts includible in patron's gross income", 'Subsection (a): the member counts patronage dividends paid in money and the stated amount of qualified written notices as income in the year received; subsection (c): a nonqualified notice is taxed when it is redeemed.'),
  usc1388: usc('1388', 'Definitions; special rules', 'Subsection (a) defines a patronage dividend (paid by patronage, under an obligation that existed first, from net earnings from business with patrons); subsection (c) defines a qualified written notice of allocation (at least 20% paid in money or by qualified check, plus the member\'s consent or a 90-day cash redemption right); subsection (d) defines a nonqualified notice.'),
  usc6044: usc('6044', 'Returns regarding payments of patronage dividends', 'Subsection (a). A co-op files an information return for each person to whom it pays $10 or more of patronage dividends in a year (Form 1099-PATR).'),
  usc11: usc('11', 'Tax imposed', 'Subsection (b). The federal corporate income tax rate is 21%.'),
  usc172: usc('172', 'Net operating loss deduction', 'A corporation can carry a net operating loss forward to later years, within limits.'),
  usc701: usc('701', 'Partners, not partnership, subject to tax', 'A partnership does not pay federal income tax; its partners pay tax on their shares.'),
  usc704: usc('704', "Partner's distributive share", 'Subsection (b): the partnership agreement sets how income and loss are split, if the split has substantial economic effect; subsection (d): a partner may deduct losses only up to the basis of their interest.'),
  usc707: usc('707', 'Transactions between partner and partnership', 'Subsection (c) defines guaranteed payments: payments to a partner for services, set without regard to partnership income.'),
  usc1402: usc('1402', 'Definitions (self-employment income)', 'Subsection (a) counts a partner\'s distributive share of trade or business income as net earnings from self-employment; paragraph (13) leaves out a limited partner\'s share, except guaranteed payments for services.'),
  usc106: usc('106', 'Contributions by employer to accident and health plans', 'Subsection (a). Health coverage an employer provides is generally not income to the employee.'),
  usc1042: usc('1042', 'Sales of stock to employee stock ownership plans or certain cooperatives', 'Subsection (c)(1) requires stock of a domestic C corporation; subsection (c)(2) defines an eligible worker-owned cooperative, which must be an organization to which Subchapter T applies, with a majority of members who are employees and one member, one vote for the board.'),
  usc1377: usc('1377', 'Definitions and special rule', 'Subsection (a)(1). Each shareholder of an S corporation takes a share of income by the shares they hold, day by day.'),
  usc1361: usc('1361', 'S corporation defined', 'Subsection (b)(1)(D). An S corporation may have only one class of stock.'),
  usc409: usc('409', 'Qualifications for tax credit employee stock ownership plans', 'Subsection (e)(3). In a company whose stock is not publicly traded, ESOP participants must be able to direct the vote of their allocated shares only on major matters such as a merger, sale of substantially all assets, liquidation or dissolution.'),
  usc4975: usc('4975', 'Tax on prohibited transactions', 'Subsection (e)(7) defines an employee stock ownership plan: a qualified retirement plan designed to invest mainly in the employer\'s stock.'),
  usc501: usc('501', 'Exemption from tax on corporations, certain trusts, etc.', 'Subsection (c)(3). No part of a charity\'s net earnings may benefit any private shareholder or individual.'),
  nyBcl612: {
    title: 'New York Business Corporation Law, Section 612 (Qualification for voting)',
    publisher: 'New York State Legislature',
    year: 2014,
    url: 'https://www.nysenate.gov/legislation/laws/BSC/612',
    note: "One state's example. Unless the certificate of incorporation says otherwise, each share gives its holder one vote.",
  },
  reg7701: {
    title: '26 CFR 301.7701-3 (Classification of certain business entities)',
    publisher: LII_CFR,
    year: 2024,
    url: 'https://www.law.cornell.edu/cfr/text/26/301.7701-3',
    note: 'Paragraph (b)(1). A domestic LLC with two or more members is a partnership for federal tax unless it elects to be taxed as a corporation (Form 8832).',
  },
  reg704: {
    title: '26 CFR 1.704-1 (Partner\'s distributive share)',
    publisher: LII_CFR,
    year: 2024,
    url: 'https://www.law.cornell.edu/cfr/text/26/1.704-1',
    note: 'Paragraph (b)(2)(iv) sets detailed rules for keeping each partner\'s capital account.',
  },
  rr69184: {
    title: 'Revenue Ruling 69-184, 1969-1 C.B. 256',
    publisher: IRS,
    year: 1969,
    note: 'Bona fide partners are not employees of the partnership for Social Security and Medicare (FICA), federal unemployment (FUTA) or income tax withholding; a partner who works in the business is self-employed.',
  },
  rr9126: {
    title: 'Revenue Ruling 91-26, 1991-1 C.B. 184',
    publisher: IRS,
    year: 1991,
    note: 'Health insurance premiums a partnership pays for a partner who works in the business are treated as guaranteed payments, included in the partner\'s income.',
  },
  pub15: {
    title: 'Publication 15 (Circular E): Employer\'s Tax Guide',
    publisher: IRS,
    year: 2024,
    url: 'https://www.irs.gov/publications/p15',
    note: 'Employers withhold income tax, withhold and pay Social Security and Medicare tax, pay federal unemployment (FUTA) tax, and report wages on Form W-2.',
  },
  pub541: {
    title: 'Publication 541: Partnerships',
    publisher: IRS,
    year: 2024,
    url: 'https://www.irs.gov/publications/p541',
    note: 'A partnership files Form 1065 and gives each partner a Schedule K-1; partners report their share of income whether or not it is paid out to them; guaranteed payments.',
  },
  seTax: {
    title: 'Self-employment tax (Social Security and Medicare taxes)',
    publisher: IRS,
    year: 2024,
    url: 'https://www.irs.gov/businesses/small-businesses-self-employed/self-employment-tax-social-security-and-medicare-taxes',
    note: 'The self-employment tax rate is 15.3%: 12.4% for Social Security, up to a yearly earnings limit, and 2.9% for Medicare.',
  },
  estimated: {
    title: 'Estimated taxes',
    publisher: IRS,
    year: 2024,
    url: 'https://www.irs.gov/businesses/small-businesses-self-employed/estimated-taxes',
    note: 'People with income that has no tax withheld, such as partners, generally pay estimated tax during the year.',
  },
  form1120c: {
    title: 'About Form 1120-C, U.S. Income Tax Return for Cooperative Associations',
    publisher: IRS,
    year: 2024,
    url: 'https://www.irs.gov/forms-pubs/about-form-1120-c',
    note: 'The yearly federal income tax return of a corporation operating on a cooperative basis.',
  },
  form8832: {
    title: 'About Form 8832, Entity Classification Election',
    publisher: IRS,
    year: 2024,
    url: 'https://www.irs.gov/forms-pubs/about-form-8832',
    note: 'The form an eligible entity, such as an LLC, files to choose how it is taxed, for example as a corporation.',
  },
  pugetSound: {
    title: 'Puget Sound Plywood, Inc. v. Commissioner, 44 T.C. 305',
    publisher: 'United States Tax Court',
    year: 1965,
    note: 'A worker co-op that allocated its margins to worker-members by hours worked, under an obligation that existed first, was treated as a co-op for tax and could leave those patronage dividends out of its income.',
  },
  ...STATE_AND_OTHER_SOURCES,
} satisfies Record<string, Source>;

export type EntitySourceId = keyof typeof SOURCES;

export const ENTITY_SOURCES: Readonly<Record<EntitySourceId, Source>> = SOURCES;
