/** The decision matrix's starting list, in both languages: data, kept apart from the model's code. */
import type { Decision, MatrixLanguage } from './decision-matrix';

export type StartingDecision = Omit<Decision, 'id' | 'name' | 'notes'> & {
  name: Record<MatrixLanguage, string>;
  notes: Record<MatrixLanguage, string>;
};

/** The starting list: common decisions in a worker co-op, with a typical (not required) assignment. */
export const STARTING_DECISIONS: StartingDecision[] = [
  {
    name: { en: 'Admit a new member', es: 'Aceptar a un socio nuevo' },
    decides: 'members',
    consulted: 'committee',
    vote: 'majority',
    notes: {
      en: 'After the candidacy period.',
      es: 'Después del período de candidatura.',
    },
    reserved: false,
  },
  {
    name: { en: 'Remove (expel) a member', es: 'Expulsar a un socio' },
    decides: 'board',
    consulted: 'committee',
    vote: 'two-thirds',
    notes: {
      en: 'Follow the steps in the bylaws. The member can appeal to the members.',
      es: 'Siga los pasos de los estatutos. El socio puede apelar ante los socios.',
    },
    reserved: false,
  },
  {
    name: {
      en: 'Change the articles of incorporation',
      es: 'Cambiar el acta constitutiva',
    },
    decides: 'members',
    consulted: 'board',
    vote: 'two-thirds',
    notes: { en: '', es: '' },
    reserved: true,
  },
  {
    name: { en: 'Change the bylaws', es: 'Cambiar los estatutos' },
    decides: 'members',
    consulted: 'board',
    vote: 'two-thirds',
    notes: {
      en: 'Have a lawyer who knows co-ops read the change.',
      es: 'Pida a un abogado que conozca las cooperativas que revise el cambio.',
    },
    reserved: true,
  },
  {
    name: {
      en: 'Elect the board of directors',
      es: 'Elegir la junta directiva',
    },
    decides: 'members',
    consulted: 'none',
    vote: 'majority',
    notes: {
      en: 'At the annual meeting. One member, one vote.',
      es: 'En la asamblea anual. Un socio, un voto.',
    },
    reserved: true,
  },
  {
    name: {
      en: 'Approve the yearly budget',
      es: 'Aprobar el presupuesto del año',
    },
    decides: 'board',
    consulted: 'managers',
    vote: 'majority',
    notes: { en: '', es: '' },
    reserved: false,
  },
  {
    name: {
      en: 'Set the patronage allocation and the cash share',
      es: 'Fijar la asignación de patrocinio y la parte en efectivo',
    },
    decides: 'members',
    consulted: 'board',
    vote: 'majority',
    notes: { en: '', es: '' },
    reserved: false,
  },
  {
    name: {
      en: 'Hire or fire the general manager',
      es: 'Contratar o despedir al gerente general',
    },
    decides: 'board',
    consulted: 'members',
    vote: 'majority',
    notes: { en: '', es: '' },
    reserved: false,
  },
  {
    name: {
      en: 'Set wages and the pay scale',
      es: 'Fijar los salarios y la escala de pago',
    },
    decides: 'board',
    consulted: 'members',
    vote: 'majority',
    notes: { en: '', es: '' },
    reserved: false,
  },
  {
    name: { en: 'Make the work schedule', es: 'Hacer el horario de trabajo' },
    decides: 'managers',
    consulted: 'none',
    vote: 'none',
    notes: { en: '', es: '' },
    reserved: false,
  },
  {
    name: {
      en: 'Buy equipment over $5,000',
      es: 'Comprar equipo de más de $5,000',
    },
    decides: 'board',
    consulted: 'managers',
    vote: 'majority',
    notes: {
      en: 'Managers decide below this amount. Set your own amount.',
      es: 'Los gerentes deciden por debajo de esta cantidad. Fije su propia cantidad.',
    },
    reserved: false,
  },
  {
    name: {
      en: 'Take on a loan over $25,000',
      es: 'Pedir un préstamo de más de $25,000',
    },
    decides: 'board',
    consulted: 'members',
    vote: 'majority',
    notes: { en: 'Set your own amount.', es: 'Fije su propia cantidad.' },
    reserved: false,
  },
  {
    name: { en: 'Open a new location', es: 'Abrir un local nuevo' },
    decides: 'members',
    consulted: 'board',
    vote: 'majority',
    notes: { en: '', es: '' },
    reserved: false,
  },
  {
    name: {
      en: 'Sell the business or merge with another',
      es: 'Vender el negocio o fusionarlo con otro',
    },
    decides: 'members',
    consulted: 'board',
    vote: 'two-thirds',
    notes: { en: '', es: '' },
    reserved: true,
  },
  {
    name: {
      en: 'Close the co-op (dissolve it)',
      es: 'Cerrar la cooperativa (disolverla)',
    },
    decides: 'members',
    consulted: 'board',
    vote: 'two-thirds',
    notes: { en: '', es: '' },
    reserved: true,
  },
];
