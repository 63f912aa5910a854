/** Readiness factor 1: the owner's timeline and goals. */
import { options, SCALE, type ReadinessFactor } from './readiness-model';

export const OWNER_FACTOR: ReadinessFactor = {
  id: 'owner',
  title: { en: "The owner's timeline and goals", es: 'Los plazos y las metas del dueño' },
  intro: {
    en: 'What the owner wants from the sale, and how much time there is. A conversion goes best when there is time to plan and the owner says openly what they hope for.',
    es: 'Lo que el dueño quiere de la venta y cuánto tiempo hay. Una conversión sale mejor cuando hay tiempo para planear y el dueño dice abiertamente lo que espera.',
  },
  lessons: ['curricula/conversion-practitioner/engaging-owners'],
  questions: [
    {
      id: 'owner-interest',
      factor: 'owner',
      text: { en: 'How interested is the owner in selling the business to the workers?', es: '¿Cuánto le interesa al dueño vender el negocio a los trabajadores?' },
      help: {
        en: 'The owner decides whether to sell to the workers. At the start, many owners are only curious, and that is fine.',
        es: 'El dueño decide si vende a los trabajadores. Al principio, muchos dueños solo sienten curiosidad, y eso está bien.',
      },
      options: options(
        { en: 'Has not thought about it', es: 'No lo ha pensado' },
        { en: 'Open to the idea', es: 'Está abierto a la idea' },
        { en: 'Interested and wants to learn more', es: 'Le interesa y quiere saber más' },
        { en: 'Has decided to try it', es: 'Ha decidido intentarlo' },
      ),
      action: {
        en: 'Hold an early, open talk with the owner about their goals and the options, including a worker co-op, a democratic ESOP and an employee ownership trust. Give facts, not pressure.',
        es: 'Tenga pronto una conversación abierta con el dueño sobre sus metas y las opciones, como una cooperativa de trabajadores, un ESOP democrático o un fideicomiso de propiedad de los empleados. Dé datos, no presión.',
      },
      standards: ['CONV-01', 'CONV-07'],
    },
    {
      id: 'owner-timeline',
      factor: 'owner',
      key: true,
      text: { en: 'How long until the owner wants to step away?', es: '¿Cuánto falta para que el dueño quiera retirarse?' },
      help: {
        en: 'Workers need time to learn, organize and find the money to buy. A date only months away is a serious warning sign.',
        es: 'Los trabajadores necesitan tiempo para aprender, organizarse y conseguir el dinero para comprar. Una fecha a solo unos meses es una señal de alerta seria.',
      },
      options: options(
        { en: 'Less than 6 months', es: 'Menos de 6 meses' },
        { en: '6 to 12 months', es: 'De 6 a 12 meses' },
        { en: '1 to 2 years', es: 'De 1 a 2 años' },
        { en: 'More than 2 years, or the date is flexible', es: 'Más de 2 años, o la fecha es flexible' },
      ),
      action: {
        en: "Plan backward from the owner's date, and say so if it is too close. A longer handover, a sale in stages or the owner staying on for a set time can help.",
        es: 'Planee hacia atrás desde la fecha del dueño, y dígale si es demasiado pronto. Puede ayudar una entrega más larga, una venta por etapas o que el dueño se quede un tiempo fijo.',
      },
      standards: ['CONV-01', 'CONV-06'],
    },
    {
      id: 'owner-goals',
      factor: 'owner',
      text: {
        en: "The owner's goals are written down: the timeline, the hoped-for price, their role after the sale and what they want for the workers.",
        es: 'Las metas del dueño están por escrito: los plazos, el precio que espera, su papel después de la venta y lo que quiere para los trabajadores.',
      },
      help: {
        en: 'Goals that stay unspoken can sink a deal late, after the workers have spent months planning.',
        es: 'Las metas que nadie dice en voz alta pueden hundir un trato al final, después de que los trabajadores pasaron meses planeando.',
      },
      options: SCALE,
      action: {
        en: "Write a short note of the owner's goals, timeline, hoped-for price and role after the sale. Share it with the developer and update it when anything changes.",
        es: 'Escriba una nota corta con las metas, los plazos, el precio que espera y el papel del dueño después de la venta. Compártala con el desarrollador(a) de cooperativas y actualícela cuando algo cambie.',
      },
      standards: ['CONV-01'],
    },
    {
      id: 'owner-price',
      factor: 'owner',
      text: { en: 'How does the owner think about the price?', es: '¿Cómo piensa el dueño sobre el precio?' },
      help: {
        en: 'A fair price rests on an independent valuation (an estimate of what the business is worth by an appraiser who works for neither side) and on what the business can pay from its own earnings.',
        es: 'Un precio justo se basa en una valoración independiente (un cálculo de lo que vale el negocio, hecho por un tasador que no trabaja para ninguna de las partes) y en lo que el negocio puede pagar con sus propias ganancias.',
      },
      options: options(
        { en: 'Has a fixed number and will not move', es: 'Tiene una cifra fija y no la cambia' },
        { en: 'Has a number, but may adjust it', es: 'Tiene una cifra, pero puede ajustarla' },
        { en: 'Open to an independent valuation', es: 'Está abierto a una valoración independiente' },
        { en: 'Agrees to a valuation and a price the business can carry', es: 'Acepta una valoración y un precio que el negocio puede pagar' },
      ),
      action: {
        en: 'Explain early that the price will rest on a written valuation by an independent, qualified appraiser, and on loan payments the business can make even in a bad year.',
        es: 'Explique desde el principio que el precio se basará en una valoración escrita por un tasador independiente y calificado, y en pagos de préstamo que el negocio pueda hacer incluso en un mal año.',
      },
      standards: ['CONV-02', 'CONV-03'],
    },
    {
      id: 'owner-role',
      factor: 'owner',
      text: {
        en: 'The owner is willing to stay on for a set time to train others, and to be paid part of the price over time if needed.',
        es: 'El dueño está dispuesto a quedarse un tiempo fijo para capacitar a otros, y a recibir parte del precio a plazos si hace falta.',
      },
      help: {
        en: 'In many sales to workers, the seller lends part of the price to the buyers and is paid back over several years. This is called a seller note.',
        es: 'En muchas ventas a los trabajadores, el vendedor presta parte del precio a los compradores y se le paga en varios años. Esto se llama pagaré del vendedor.',
      },
      options: SCALE,
      action: {
        en: "Talk about the owner's role after the sale: for how long, doing what, for what pay, and whether part of the price can be paid over time.",
        es: 'Hablen del papel del dueño después de la venta: por cuánto tiempo, haciendo qué, con qué pago, y si parte del precio se puede pagar a plazos.',
      },
      standards: ['CONV-06', 'CONV-03'],
    },
  ],
};
