/** Readiness factor 3: management depth, or who runs things besides the owner. */
import { SCALE, type ReadinessFactor } from './readiness-model';

export const MANAGEMENT_FACTOR: ReadinessFactor = {
  id: 'management',
  title: { en: 'Management depth', es: 'La capacidad de gestión' },
  intro: {
    en: 'Who besides the owner knows how to run the business. When everything runs through the owner, the business, and its value, may walk out the door with them.',
    es: 'Quién, además del dueño, sabe dirigir el negocio. Cuando todo pasa por el dueño, el negocio, y lo que vale, se puede ir con él.',
  },
  lessons: ['curricula/conversion-practitioner/culture-after-close'],
  questions: [
    {
      id: 'management-tasks',
      factor: 'management',
      key: true,
      text: {
        en: 'People besides the owner know how to do the key jobs: sales, pricing, payroll, buying and dealing with the bank.',
        es: 'Otras personas, además del dueño, saben hacer los trabajos clave: ventas, precios, nómina, compras y el trato con el banco.',
      },
      help: {
        en: '"Not yet" means everything runs through the owner. That is a serious barrier until others learn these jobs.',
        es: '"Todavía no" quiere decir que todo pasa por el dueño. Eso es una barrera seria hasta que otros aprendan esos trabajos.',
      },
      options: SCALE,
      action: {
        en: 'Map every task the owner does. For each one, name who will learn it, how and by when.',
        es: 'Haga una lista de cada tarea que hace el dueño. Para cada una, diga quién la aprenderá, cómo y para cuándo.',
      },
      standards: ['CONV-06', 'FORM-07'],
    },
    {
      id: 'management-relationships',
      factor: 'management',
      text: {
        en: 'Key customers, suppliers and the bank know and trust someone besides the owner.',
        es: 'Los clientes clave, los proveedores y el banco conocen y confían en alguien además del dueño.',
      },
      help: {
        en: "Much of a small business's value lies in the owner's ties to customers. Those ties must pass to others before the owner leaves.",
        es: 'Mucho del valor de un negocio pequeño está en la relación del dueño con los clientes. Esas relaciones deben pasar a otros antes de que el dueño se vaya.',
      },
      options: SCALE,
      action: {
        en: 'Bring the people who will take over to meetings with key customers, suppliers and the bank, starting now.',
        es: 'Lleve desde ahora a las personas que tomarán el relevo a las reuniones con los clientes clave, los proveedores y el banco.',
      },
      standards: ['CONV-06'],
    },
    {
      id: 'management-manager',
      factor: 'management',
      text: {
        en: 'A manager, or a team of leads, could run the business day to day after the sale.',
        es: 'Un gerente, o un equipo de encargados, podría dirigir el negocio en el día a día después de la venta.',
      },
      help: {
        en: 'After the sale, managers answer to a board that the worker-owners elect. Someone still has to run the daily work.',
        es: 'Después de la venta, los gerentes responden a una junta directiva que eligen los trabajadores-dueños. Alguien tiene que seguir dirigiendo el trabajo diario.',
      },
      options: SCALE,
      action: {
        en: 'Decide who will manage day to day after the sale: train a current worker or plan to hire. Write down the duties, the skills needed and how the manager will report to the board.',
        es: 'Decidan quién dirigirá el día a día después de la venta: capacitar a un trabajador actual o planear una contratación. Escriban las tareas, las habilidades necesarias y cómo el gerente rendirá cuentas a la junta directiva.',
      },
      standards: ['FEAS-06', 'GOV-06'],
    },
    {
      id: 'management-written',
      factor: 'management',
      text: {
        en: 'Key ways of working are written down, such as how to price a job, run payroll or order supplies.',
        es: 'Las formas clave de trabajar están por escrito, como poner precio a un trabajo, hacer la nómina o pedir materiales.',
      },
      help: {
        en: 'Written steps let new people learn the work, and keep it going when someone is away.',
        es: 'Los pasos por escrito permiten que personas nuevas aprendan el trabajo, y que siga cuando alguien falta.',
      },
      options: SCALE,
      action: {
        en: 'Write down the key ways of working while the owner is still there to explain them. List the skills the business needs and who will learn each one.',
        es: 'Escriban las formas clave de trabajar mientras el dueño sigue ahí para explicarlas. Hagan una lista de las habilidades que el negocio necesita y de quién aprenderá cada una.',
      },
      standards: ['FORM-07', 'CONV-06'],
    },
    {
      id: 'management-plan',
      factor: 'management',
      text: {
        en: "There is a written plan to hand over the owner's work, with names, training and dates.",
        es: 'Hay un plan escrito para entregar el trabajo del dueño, con nombres, capacitación y fechas.',
      },
      help: {
        en: "A transition plan says who takes over each of the owner's tasks and when, and what the owner does after the sale.",
        es: 'Un plan de transición dice quién toma cada tarea del dueño y cuándo, y qué hace el dueño después de la venta.',
      },
      options: SCALE,
      action: {
        en: "Write a transition plan: each of the owner's tasks, who takes it over, the training they need and a date. Set the owner's role and end date after the sale.",
        es: 'Escriban un plan de transición: cada tarea del dueño, quién la toma, la capacitación que necesita y una fecha. Fijen el papel del dueño después de la venta y cuándo termina.',
      },
      standards: ['CONV-06'],
    },
  ],
};
