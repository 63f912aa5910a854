/** The entity choice comparison: an LLC taxed as a partnership and run as a co-op by its operating agreement. */
import { point, type LegalForm } from './entity-comparison-types';

export const COOP_LLC: LegalForm = {
  id: 'llc',
  name: {
    en: 'LLC taxed as a partnership, run as a co-op',
    es: 'LLC que tributa como sociedad (partnership), manejada como cooperativa',
  },
  description: {
    en: 'A limited liability company under state LLC law. Its operating agreement writes in the co-op rules. With two or more members, it is taxed as a partnership unless it chooses otherwise.',
    es: 'Una compañía de responsabilidad limitada creada bajo la ley estatal de LLC. Su acuerdo operativo incluye las reglas cooperativas. Con dos o más socios, tributa como sociedad (partnership), a menos que elija otra cosa.',
  },
  cells: {
    tax: {
      summary: {
        en: 'The LLC pays no income tax; each member pays tax on their share of profit, paid out or not.',
        es: 'La LLC no paga impuesto sobre el ingreso; cada socio paga impuestos sobre su parte de la ganancia, se le pague o no.',
      },
      points: [
        point(
          'An LLC with two or more members is taxed as a partnership unless it chooses otherwise. It pays no federal income tax itself. It files Form 1065 and gives each member a Schedule K-1.',
          'Una LLC con dos o más socios tributa como sociedad (partnership), a menos que elija otra cosa. La LLC misma no paga impuesto federal sobre el ingreso. Presenta el formulario 1065 y le da a cada socio un Anexo K-1.',
          ['reg7701', 'usc701', 'pub541'],
        ),
        point(
          'Each member pays income tax on their share of the year\'s profit, even the part kept in the business. Subchapter T and its 20% cash rule do not apply, but members still need cash to pay that tax, so plan for it.',
          'Cada socio paga impuestos sobre su parte de la ganancia del año, aun la parte que se queda en el negocio. El Subchapter T y su regla del 20% en efectivo no se aplican, pero los socios igual necesitan efectivo para pagar ese impuesto; planéelo.',
          ['usc701', 'pub541', 'usc1381'],
          ['retain'],
        ),
        point(
          'The operating agreement can split profit by patronage (hours or wages), if the split follows the partnership tax rules on capital accounts.',
          'El acuerdo operativo puede repartir la ganancia según el patrocinio (horas o salarios), si el reparto sigue las reglas de impuestos de las sociedades sobre las cuentas de capital.',
          ['usc704', 'reg704'],
        ),
        point(
          'Losses pass through too: members may deduct their share on their own tax returns, up to what they have in the LLC (their basis) and within other limits.',
          'Las pérdidas también pasan a los socios: cada socio puede deducir su parte en su propia declaración de impuestos, hasta lo que tiene en la LLC (su base) y dentro de otros límites.',
          ['usc704'],
          ['losses'],
        ),
        point(
          "A working member generally owes self-employment tax on their share of business profit and on guaranteed payments: 15.3% (12.4% for Social Security, up to a yearly limit, and 2.9% for Medicare). It covers both the worker's and the employer's share.",
          'Un socio que trabaja por lo general debe el impuesto sobre el trabajo por cuenta propia sobre su parte de la ganancia del negocio y sobre sus pagos garantizados: 15.3% (12.4% para el Seguro Social, hasta un límite cada año, y 2.9% para Medicare). Cubre la parte del trabajador y la del empleador.',
          ['seTax', 'usc1402', 'usc707'],
          ['payroll'],
        ),
        point(
          'Section 1042 does not fit this form: the buyer must be a co-op taxed under Subchapter T, and an LLC taxed as a partnership is not.',
          'La Sección 1042 no sirve con esta forma: el comprador tiene que ser una cooperativa que tributa bajo el Subchapter T, y una LLC que tributa como sociedad no lo es.',
          ['usc1042', 'usc1381'],
          ['conversion'],
        ),
      ],
    },
    workers: {
      summary: {
        en: 'Members are partners for tax, not employees: no W-2 and no withholding for members.',
        es: 'Para los impuestos, los socios son socios de una sociedad, no empleados: sin W-2 y sin retenciones para los socios.',
      },
      points: [
        point(
          'Members who work in the LLC are not its employees for federal payroll taxes (Revenue Ruling 69-184). They get no W-2, and nothing is withheld. They are paid through guaranteed payments and shares of profit.',
          'Los socios que trabajan en la LLC no son sus empleados para los impuestos federales de nómina (Resolución 69-184 del IRS). No reciben W-2 y no se les retiene nada. Cobran con pagos garantizados y con su parte de la ganancia.',
          ['rr69184', 'usc707'],
          ['payroll'],
        ),
        point(
          'Each member pays their own income tax and self-employment tax, usually through estimated payments four times a year.',
          'Cada socio paga su propio impuesto sobre el ingreso y sobre el trabajo por cuenta propia, por lo general con pagos estimados cuatro veces al año.',
          ['estimated', 'seTax'],
          ['payroll'],
        ),
        point(
          "Because members are not employees, federal unemployment tax does not apply to them, and they usually cannot count on unemployment insurance. Workers' compensation for LLC members follows state law, and some states let members choose to be covered. Check your state.",
          'Como los socios no son empleados, el impuesto federal de desempleo no se aplica a ellos, y por lo general no pueden contar con el seguro de desempleo. El seguro de compensación laboral (workers\' compensation) de los socios de una LLC depende de la ley estatal, y algunos estados permiten que los socios elijan tenerlo. Averigüe las reglas de su estado.',
          ['rr69184', 'dolUi', 'dolComp'],
          ['payroll'],
        ),
        point(
          'Wage laws such as minimum wage and overtime protect employees, so they may not protect members. The operating agreement should set how members are paid.',
          'Las leyes de salarios, como el salario mínimo y las horas extra, protegen a los empleados, así que tal vez no protejan a los socios. El acuerdo operativo debe fijar cómo se les paga a los socios.',
          ['flsa'],
          ['payroll'],
        ),
        point(
          "Benefits work differently. Health insurance the LLC pays for a working member counts as a guaranteed payment, part of the member's income, though the member may be able to deduct it.",
          'Los beneficios funcionan de otra forma. El seguro médico que la LLC paga por un socio que trabaja cuenta como pago garantizado, parte del ingreso del socio, aunque el socio tal vez pueda deducirlo.',
          ['rr9126'],
          ['payroll'],
        ),
        point(
          'Staff who are not members are employees, and the LLC runs payroll for them.',
          'Las personas del equipo que no son socias son empleadas, y la LLC les hace la nómina.',
          ['pub15', 'rr69184'],
          ['payroll'],
        ),
        point(
          "Immigration law has its own tests, apart from tax. Whether a member's work in an LLC needs work authorization depends on the facts. If any founder or future member may not be a US citizen, get advice from an immigration lawyer first (standard LEG-08).",
          'La ley de inmigración tiene sus propias pruebas, aparte de los impuestos. Si el trabajo de un socio en una LLC necesita permiso de trabajo depende de los hechos. Si algún fundador o futuro socio tal vez no sea ciudadano de EE. UU., pida primero consejo a un abogado de inmigración (estándar LEG-08).',
          ['i9'],
          ['citizenship'],
        ),
      ],
    },
    capital: {
      summary: {
        en: 'Flexible, but investors become partners for tax, with a K-1 and tax on their share.',
        es: 'Es flexible, pero los inversionistas pasan a ser socios de la sociedad para los impuestos, con un K-1 e impuestos sobre su parte.',
      },
      points: [
        point(
          'Members put in capital, and each has a capital account kept under detailed partnership tax rules. Retained profit adds to the accounts, and members have already paid tax on it.',
          'Los socios aportan capital, y cada uno tiene una cuenta de capital que se lleva según reglas detalladas de impuestos de las sociedades. La ganancia que se deja en el negocio se suma a las cuentas, y los socios ya pagaron impuestos sobre ella.',
          ['reg704', 'pub541'],
          ['retain'],
        ),
        point(
          'The operating agreement can create non-voting units for investors. Investors then become partners for tax: they get a K-1 and owe tax on their share of profit, which adds paperwork for them.',
          'El acuerdo operativo puede crear participaciones sin voto para inversionistas. Entonces los inversionistas pasan a ser socios de la sociedad para los impuestos: reciben un K-1 y deben impuestos sobre su parte de la ganancia, lo que les da más papeleo.',
          ['rullca', 'pub541'],
          ['investors'],
        ),
        point(
          'Interests of members who run the business may not be securities, but units sold to people who will not take part in running it usually are. The same exemptions and rules against fraud apply as for shares.',
          'Las participaciones de los socios que manejan el negocio tal vez no sean valores (securities), pero las que se venden a personas que no van a participar en manejarlo por lo general sí lo son. Se aplican las mismas exenciones y reglas contra el fraude que a las acciones.',
          ['howey', 'sec77d', 'sec77q'],
          ['investors'],
        ),
        point(
          'Mission-driven lenders, such as co-op loan funds, lend to worker co-ops on terms meant to leave ownership and control with the members.',
          'Los prestamistas con una misión afín, como los fondos de préstamo cooperativos, prestan a cooperativas de trabajadores en condiciones pensadas para dejar la propiedad y el control en manos de los socios.',
          ['seedCommons'],
          ['investors'],
        ),
      ],
    },
    governance: {
      summary: {
        en: 'The operating agreement holds the co-op rules; state LLC law lets members write their own.',
        es: 'El acuerdo operativo tiene las reglas cooperativas; la ley estatal de LLC deja que los socios escriban las suyas.',
      },
      points: [
        point(
          "The operating agreement sets who is a member, one member, one vote, patronage, the reserve and how members leave. State LLC law fills any gaps, and its default rules may not match co-op practice, so the agreement must spell out the co-op's rules.",
          'El acuerdo operativo fija quién es socio, la regla de un socio, un voto, el patrocinio, la reserva y cómo se van los socios. La ley estatal de LLC llena lo que falte, y sus reglas de base tal vez no coincidan con la práctica cooperativa; por eso el acuerdo debe escribir con claridad las reglas de la cooperativa.',
          ['rullca', 'ica'],
          ['coopLaw'],
        ),
        point(
          'The co-op rules rest on the agreement, not on a co-op law. Members can change them by amending the agreement, in the way the agreement allows.',
          'Las reglas cooperativas dependen del acuerdo, no de una ley de cooperativas. Los socios pueden cambiarlas modificando el acuerdo, de la forma que el mismo acuerdo permita.',
          ['rullca'],
          ['coopLaw'],
        ),
        point(
          'The LLC can be run by all its members or by managers they elect, who can act like a board of directors.',
          'La LLC puede ser manejada por todos sus socios o por administradores que ellos eligen, que pueden funcionar como una junta directiva.',
          ['rullca'],
        ),
      ],
    },
    cost: {
      summary: {
        en: 'Quick to form; the operating agreement and partnership tax work need skilled help.',
        es: 'Se crea rápido; el acuerdo operativo y los impuestos de la sociedad necesitan ayuda experta.',
      },
      points: [
        point(
          'Forming it takes a short filing with the state. The co-op operating agreement is long and made to fit the group, so plan for a lawyer\'s time.',
          'Para crearla basta un trámite corto ante el estado. El acuerdo operativo de una cooperativa es largo y hecho a la medida del grupo; cuente con el tiempo de un abogado.',
          ['rullca'],
          ['simple'],
        ),
        point(
          'Each year: Form 1065 and a Schedule K-1 for every member. No payroll for members, only for staff who are not members.',
          'Cada año: el formulario 1065 y un Anexo K-1 para cada socio. No hay nómina para los socios, solo para el personal que no es socio.',
          ['pub541', 'rr69184'],
          ['simple'],
        ),
        point(
          'Capital accounts must follow detailed partnership tax rules, so the books need an accountant who knows them.',
          'Las cuentas de capital tienen que seguir reglas detalladas de impuestos de las sociedades; por eso los libros necesitan un contador que las conozca.',
          ['reg704'],
          ['simple'],
        ),
      ],
    },
  },
};
