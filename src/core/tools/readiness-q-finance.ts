/** Readiness factor 2: the financial health of the business. */
import { options, SCALE, type ReadinessFactor } from './readiness-model';

export const FINANCE_FACTOR: ReadinessFactor = {
  id: 'finance',
  title: { en: 'Financial health', es: 'La salud financiera' },
  intro: {
    en: "Most worker buyouts are paid with loans that the co-op repays from the business's own earnings. So the business must earn enough, and its books must be clear enough for a lender and an appraiser to trust.",
    es: 'La mayoría de las compras por los trabajadores se pagan con préstamos que la cooperativa devuelve con las ganancias del propio negocio. Por eso el negocio debe ganar lo suficiente, y sus libros deben ser tan claros que un prestamista y un tasador puedan confiar en ellos.',
  },
  lessons: ['curricula/conversion-practitioner/readiness-and-valuation', 'curricula/conversion-practitioner/financing-and-section-1042'],
  questions: [
    {
      id: 'finance-profit',
      factor: 'finance',
      key: true,
      text: { en: 'Over the last three years, how has the business done?', es: 'En los últimos tres años, ¿cómo le ha ido al negocio?' },
      help: {
        en: 'The co-op will pay for the business out of its profit, on top of wages. Years of losses are a serious barrier.',
        es: 'La cooperativa pagará el negocio con sus ganancias, además de los salarios. Varios años de pérdidas son una barrera seria.',
      },
      options: options(
        { en: 'Lost money most years', es: 'Perdió dinero la mayoría de los años' },
        { en: 'About broke even, or had ups and downs', es: 'Más o menos sin ganar ni perder, o con altibajos' },
        { en: 'Made a steady profit', es: 'Tuvo ganancias estables' },
        { en: 'Made a steady profit, with room to pay a loan', es: 'Tuvo ganancias estables, con margen para pagar un préstamo' },
      ),
      action: {
        en: "Find out why profit is low and whether it can improve. Before anyone agrees to a price, test the loan payments against the business's cash flow in a normal year and a bad year.",
        es: 'Averigüe por qué las ganancias son bajas y si pueden mejorar. Antes de acordar un precio, pruebe los pagos del préstamo con el flujo de efectivo del negocio en un año normal y en un mal año.',
      },
      standards: ['CONV-03', 'FEAS-02'],
    },
    {
      id: 'finance-books',
      factor: 'finance',
      text: {
        en: "The books are clean: the owner's personal costs are kept out, and yearly financial statements are ready to share.",
        es: 'Los libros están en orden: los gastos personales del dueño no están mezclados, y los estados financieros de cada año están listos para compartir.',
      },
      help: {
        en: 'The appraiser and the lenders will ask for several years of statements. Personal costs mixed into the books make the business hard to judge.',
        es: 'El tasador y los prestamistas pedirán los estados financieros de varios años. Los gastos personales mezclados en los libros hacen difícil juzgar el negocio.',
      },
      options: SCALE,
      action: {
        en: "Clean up the books with an accountant: take out the owner's personal costs and prepare statements for the last three years.",
        es: 'Ponga los libros en orden con un contador: saque los gastos personales del dueño y prepare los estados financieros de los últimos tres años.',
      },
      standards: ['CONV-02', 'FIN-07'],
    },
    {
      id: 'finance-customers',
      factor: 'finance',
      text: { en: 'How much of the sales comes from the largest customer?', es: '¿Qué parte de las ventas viene del cliente más grande?' },
      help: {
        en: 'When one customer brings in most of the sales, losing that customer could sink the business and its loans.',
        es: 'Cuando un solo cliente trae la mayor parte de las ventas, perderlo podría hundir el negocio y sus préstamos.',
      },
      options: options(
        { en: 'More than half', es: 'Más de la mitad' },
        { en: 'A quarter to a half', es: 'Entre una cuarta parte y la mitad' },
        { en: 'A tenth to a quarter', es: 'Entre una décima y una cuarta parte' },
        { en: 'Less than a tenth', es: 'Menos de una décima parte' },
      ),
      action: {
        en: 'List the risk of losing the largest customer, how likely it is and how serious. Write a plan to keep that customer after the sale and to find others.',
        es: 'Anote el riesgo de perder al cliente más grande, qué tan probable es y qué tan grave sería. Escriba un plan para conservar a ese cliente después de la venta y para conseguir otros.',
      },
      standards: ['FEAS-07'],
    },
    {
      id: 'finance-cash',
      factor: 'finance',
      text: {
        en: 'The business keeps enough cash to get through a slow month or a surprise cost.',
        es: 'El negocio guarda suficiente efectivo para pasar un mes flojo o un gasto inesperado.',
      },
      help: {
        en: 'After the sale, the co-op must make loan payments every month. A cash cushion keeps a slow season from becoming a crisis.',
        es: 'Después de la venta, la cooperativa tendrá que pagar el préstamo cada mes. Un colchón de efectivo evita que una temporada floja se vuelva una crisis.',
      },
      options: SCALE,
      action: {
        en: 'Make a 12-month cash-flow forecast, and plan how the business will build and keep a cash cushion after it starts paying for the buyout.',
        es: 'Haga un pronóstico del flujo de efectivo de 12 meses, y planee cómo el negocio formará y mantendrá un colchón de efectivo cuando empiece a pagar la compra.',
      },
      standards: ['CONV-03', 'FIN-07'],
    },
    {
      id: 'finance-budget',
      factor: 'finance',
      text: {
        en: 'The business has a yearly budget, and someone compares the results with it every month.',
        es: 'El negocio tiene un presupuesto anual, y alguien compara cada mes los resultados con él.',
      },
      help: {
        en: 'A budget checked every month is how the future board will see problems early.',
        es: 'Un presupuesto revisado cada mes es la forma en que la futura junta directiva verá los problemas a tiempo.',
      },
      options: SCALE,
      action: {
        en: 'Start a yearly budget and a monthly check of results against it. Invite the people who will run the co-op to take part.',
        es: 'Empiece un presupuesto anual y una revisión mensual de los resultados. Invite a participar a las personas que dirigirán la cooperativa.',
      },
      standards: ['FIN-07'],
    },
  ],
};
