/**
 * The words of the entity choice comparison that are part of its content: topic names, the
 * priorities a group can choose, the forms it does not compare (and why), and the caution that goes
 * with every view and download.
 */
import type { Bilingual, OtherForm, PriorityId, TopicId } from './entity-comparison-types';

export const TOPIC_NAMES: Record<TopicId, Bilingual> = {
  tax: { en: 'Taxes on the co-op and its members', es: 'Impuestos de la cooperativa y de los socios' },
  workers: { en: 'Worker-owners: employees or not', es: 'Trabajadores-dueños: ¿empleados o no?' },
  capital: { en: 'Raising money', es: 'Conseguir dinero' },
  governance: { en: 'Governance and control', es: 'Gobernanza y control' },
  cost: { en: 'Cost and work to form and run it', es: 'Costo y trabajo para crearla y mantenerla' },
};

export const PRIORITY_NAMES: Record<PriorityId, Bilingual> = {
  payroll: { en: 'We want members on payroll as employees', es: 'Queremos que los socios estén en la nómina como empleados' },
  investors: { en: 'We need money from outside investors or lenders', es: 'Necesitamos dinero de inversionistas o prestamistas de afuera' },
  retain: { en: 'We want to keep most of the profit in the business', es: 'Queremos dejar la mayor parte de la ganancia en el negocio' },
  losses: { en: 'We expect losses in the first years', es: 'Esperamos pérdidas en los primeros años' },
  simple: { en: 'We want set-up and upkeep to be simple and low-cost', es: 'Queremos que crearla y mantenerla sea sencillo y barato' },
  coopLaw: { en: 'We want co-op rules backed by state law', es: 'Queremos que la ley estatal respalde las reglas cooperativas' },
  conversion: { en: 'We are buying a business from its owner (a conversion)', es: 'Vamos a comprarle el negocio a su dueño (una conversión)' },
  citizenship: { en: 'Some founders or future members may not be US citizens', es: 'Algunos fundadores o futuros socios tal vez no sean ciudadanos de EE. UU.' },
};

/** Shown above the table, in every download and on paper. */
export const CAUTION: Bilingual = {
  en: 'This comparison is general information, not legal or tax advice. Laws differ by state and change over time, and your facts matter. Before you choose, check with a lawyer and an accountant who know co-ops.',
  es: 'Esta comparación es información general, no asesoría legal ni de impuestos. Las leyes cambian de un estado a otro y con el tiempo, y los detalles de su caso importan. Antes de elegir, consulte con un abogado y un contador que conozcan las cooperativas.',
};

/** Forms a group may hear about that work differently from a worker co-op, or fit only some cases. */
export const OTHER_FORMS: readonly OtherForm[] = [
  {
    id: 'llc-corporate-tax',
    name: { en: 'An LLC taxed as a corporation', es: 'Una LLC que tributa como corporación' },
    text: {
      en: 'An LLC can choose to be taxed as a corporation by filing Form 8832. If it then operates on a cooperative basis, it may use Subchapter T, and members who work can be on payroll. Ask an accountant who knows co-ops before you choose this mix.',
      es: 'Una LLC puede elegir tributar como corporación con el formulario 8832. Si además funciona como cooperativa, puede usar el Subchapter T, y los socios que trabajan pueden estar en la nómina. Consulte con un contador que conozca las cooperativas antes de elegir esta combinación.',
    },
    sources: ['form8832', 'reg7701', 'usc1381'],
  },
  {
    id: 'limited-cooperative-association',
    name: { en: 'Limited cooperative association', es: 'Asociación cooperativa limitada' },
    text: {
      en: "Some states have a co-op form with two kinds of members: patron members, such as the workers, and investor members. A model law from 2007 is behind several of them, and Minnesota's Chapter 308B is one example. How much say investors can have differs by state.",
      es: 'Algunos estados tienen una forma de cooperativa con dos tipos de socios: los socios usuarios (patron members), como los trabajadores, y los socios inversionistas. Varias de estas leyes siguen una ley modelo de 2007; el Capítulo 308B de Minnesota es un ejemplo. Cuánto pueden decidir los inversionistas cambia de un estado a otro.',
    },
    sources: ['ulcaa', 'minnesota'],
  },
  {
    id: 's-corporation',
    name: { en: 'S corporation', es: 'Corporación S' },
    text: {
      en: 'An S corporation splits its profit by the shares each owner holds, not by work, and may have only one class of stock. So it does not fit sharing profit by patronage.',
      es: 'Una corporación S reparte su ganancia según las acciones de cada dueño, no según el trabajo, y solo puede tener una clase de acciones. Por eso no sirve para repartir la ganancia según el patrocinio.',
    },
    sources: ['usc1377', 'usc1361'],
  },
  {
    id: 'esop',
    name: { en: 'ESOP (employee stock ownership plan)', es: 'ESOP (plan de propiedad de acciones para empleados)' },
    text: {
      en: "An ESOP is a retirement plan. A trust holds company stock for the employees, and a trustee holds and usually votes the shares. In a company whose stock is not sold to the public, workers direct the vote of their shares only on major matters, such as a merger or a sale of the business. In a co-op, each member votes, one member, one vote. An owner can use Section 1042 with an ESOP too.",
      es: 'Un ESOP es un plan de jubilación. Un fideicomiso guarda acciones de la empresa para los empleados, y un fiduciario tiene las acciones y por lo general vota con ellas. En una empresa cuyas acciones no se venden al público, los trabajadores deciden el voto de sus acciones solo en asuntos grandes, como una fusión o la venta del negocio. En una cooperativa, cada socio vota: un socio, un voto. El dueño también puede usar la Sección 1042 con un ESOP.',
    },
    sources: ['usc4975', 'usc409', 'usc1042'],
  },
  {
    id: 'nonprofit',
    name: { en: 'Nonprofit (charity)', es: 'Organización sin fines de lucro (caridad)' },
    text: {
      en: 'None of the net earnings of a charity under Section 501(c)(3) may benefit a private shareholder or person. So it cannot share profit with workers as owners. A nonprofit can support a co-op, for example with training or loans, but it is not one.',
      es: 'Nada de las ganancias netas de una organización benéfica bajo la Sección 501(c)(3) puede beneficiar a un accionista o a una persona particular. Por eso no puede repartir ganancias con los trabajadores como dueños. Una organización sin fines de lucro puede apoyar a una cooperativa, por ejemplo con capacitación o préstamos, pero no es una cooperativa.',
    },
    sources: ['usc501'],
  },
];
