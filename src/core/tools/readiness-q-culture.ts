/** Readiness factor 5: culture, meaning trust, open information and taking part in decisions. */
import { options, SCALE, type ReadinessFactor } from './readiness-model';

export const CULTURE_FACTOR: ReadinessFactor = {
  id: 'culture',
  title: { en: 'Culture: trust, open information and participation', es: 'La cultura: confianza, información abierta y participación' },
  intro: {
    en: 'How decisions are made today, how openly information is shared, and whether everyone is included. Worker-owners govern together, so the habits of today carry into the co-op.',
    es: 'Cómo se toman hoy las decisiones, qué tan abiertamente se comparte la información y si se incluye a todos. Los trabajadores-dueños gobiernan juntos, así que las costumbres de hoy pasan a la cooperativa.',
  },
  lessons: [
    'curricula/conversion-practitioner/culture-after-close',
    'curricula/worker-owner-foundations/reading-the-financials',
    'curricula/worker-owner-foundations/meetings-and-decisions',
  ],
  questions: [
    {
      id: 'culture-trust',
      factor: 'culture',
      text: {
        en: 'Workers and the owner trust each other: people raise problems without fear, and conflicts get settled fairly.',
        es: 'Los trabajadores y el dueño se tienen confianza: la gente habla de los problemas sin miedo, y los conflictos se resuelven de forma justa.',
      },
      help: {
        en: 'A sale to the workers asks everyone to share hard facts and make big choices together. That takes trust.',
        es: 'Una venta a los trabajadores pide que todos compartan datos difíciles y tomen juntos grandes decisiones. Eso requiere confianza.',
      },
      options: SCALE,
      action: {
        en: 'Build trust before the sale: share plans early, keep promises, and agree in writing on fair steps for settling conflicts.',
        es: 'Construya confianza antes de la venta: comparta los planes pronto, cumpla lo que promete y pónganse de acuerdo por escrito en pasos justos para resolver conflictos.',
      },
      standards: ['GOV-07', 'DEV-02'],
    },
    {
      id: 'culture-numbers',
      factor: 'culture',
      text: { en: 'How often do workers see the key numbers of the business, such as sales, costs and profit?', es: '¿Con qué frecuencia ven los trabajadores las cifras clave del negocio, como las ventas, los costos y las ganancias?' },
      help: {
        en: 'Sharing the numbers and teaching people to read them is called open-book management. Owners need to read the numbers to make good choices.',
        es: 'Compartir las cifras y enseñar a leerlas se llama gestión a libro abierto. Los dueños necesitan leer las cifras para decidir bien.',
      },
      options: options(
        { en: 'Never', es: 'Nunca' },
        { en: 'Once in a while', es: 'De vez en cuando' },
        { en: 'Often, for some numbers', es: 'Con frecuencia, algunas cifras' },
        { en: 'Regularly, with help to understand them', es: 'Con regularidad, y con ayuda para entenderlas' },
      ),
      action: {
        en: 'Start sharing a few key numbers now, on a set schedule, with plain-language training on how to read them.',
        es: 'Empiece ya a compartir algunas cifras clave, en fechas fijas, con capacitación en lenguaje sencillo para leerlas.',
      },
      standards: ['MEM-05', 'GOV-03'],
    },
    {
      id: 'culture-participation',
      factor: 'culture',
      text: {
        en: 'Workers take part in decisions about their work, such as schedules, methods or hiring.',
        es: 'Los trabajadores participan en las decisiones sobre su trabajo, como los horarios, los métodos o las contrataciones.',
      },
      help: {
        en: 'Groups that already plan their work together find it easier to govern a co-op.',
        es: 'A los grupos que ya planean juntos su trabajo les resulta más fácil gobernar una cooperativa.',
      },
      options: SCALE,
      action: {
        en: 'Give teams real decisions now, such as their own schedules, and practice running meetings. Write down who decides what.',
        es: 'Dé a los equipos decisiones reales desde ahora, como sus propios horarios, y practiquen cómo llevar reuniones. Escriban quién decide qué.',
      },
      standards: ['GOV-04', 'GOV-03'],
    },
    {
      id: 'culture-inclusion',
      factor: 'culture',
      text: {
        en: 'Meetings and key information reach every worker, on every shift, in a language they know well.',
        es: 'Las reuniones y la información clave llegan a todos los trabajadores, de todos los turnos, en un idioma que conocen bien.',
      },
      help: {
        en: 'When one group is always left out, by language, shift or role, it cannot take its full part as owners.',
        es: 'Cuando un grupo siempre queda fuera, por el idioma, el turno o el puesto, no puede participar de lleno como dueño.',
      },
      options: SCALE,
      action: {
        en: 'Provide key papers, meetings and training in the languages workers use, with trained interpreters, at times every shift can attend.',
        es: 'Dé los documentos clave, las reuniones y la capacitación en los idiomas de los trabajadores, con intérpretes capacitados, en horarios a los que pueda asistir cada turno.',
      },
      standards: ['EQI-01', 'EQI-04'],
    },
  ],
};
