/** The entity choice comparison: a cooperative corporation under a state co-op law, taxed under Subchapter T. */
import { point, type LegalForm } from './entity-comparison-types';

export const COOP_CORPORATION: LegalForm = {
  id: 'coop',
  name: {
    en: 'Cooperative corporation (state co-op law)',
    es: 'Corporación cooperativa (ley estatal de cooperativas)',
  },
  description: {
    en: "A corporation formed under a state's co-op law, in some states under a law made for worker co-ops. It is usually taxed under Subchapter T, the federal tax rules for co-ops.",
    es: 'Una corporación creada bajo la ley de cooperativas de un estado; en algunos estados, bajo una ley hecha para cooperativas de trabajadores. Por lo general tributa bajo el Subchapter T, las reglas federales de impuestos para cooperativas.',
  },
  cells: {
    tax: {
      summary: {
        en: 'The co-op deducts patronage dividends, so that profit is taxed once, to the members.',
        es: 'La cooperativa deduce los dividendos de patrocinio, así que esa ganancia paga impuestos una sola vez, en manos de los socios.',
      },
      points: [
        point(
          'Subchapter T applies to a corporation that operates on a cooperative basis. The co-op deducts the patronage dividends it pays or allocates to members, so that part of its profit is taxed to the members, not to the co-op.',
          'El Subchapter T se aplica a una corporación que funciona como cooperativa. La cooperativa deduce los dividendos de patrocinio que paga o asigna a los socios, así que esa parte de la ganancia paga impuestos en manos de los socios y no de la cooperativa.',
          ['usc1381', 'usc1382'],
        ),
        point(
          'In a worker co-op, patronage is work. The US Tax Court let a worker co-op deduct margins it allocated by hours worked, under a rule set before the money was earned (Puget Sound Plywood, 1965).',
          'En una cooperativa de trabajadores, el patrocinio es el trabajo. El Tribunal Fiscal de EE. UU. permitió que una cooperativa de trabajadores dedujera el excedente que asignó según las horas trabajadas, con una regla fijada antes de ganar el dinero (Puget Sound Plywood, 1965).',
          ['pugetSound', 'usc1388'],
        ),
        point(
          'The co-op can keep part of each patronage dividend in members\' capital accounts and still deduct it now, with a qualified written notice of allocation. At least 20% must be paid in cash, and the member must agree to count the whole amount as income (or be able to cash the notice within 90 days). The member pays income tax on the whole amount that year; the cash part helps pay it.',
          'La cooperativa puede guardar parte de cada dividendo de patrocinio en las cuentas de capital de los socios y aun así deducirlo ahora, con un aviso escrito de asignación calificado. Hay que pagar en efectivo al menos el 20%, y el socio tiene que aceptar declarar la cantidad completa como ingreso (o poder cobrar el aviso en efectivo dentro de 90 días). El socio paga impuestos sobre la cantidad completa ese año; la parte en efectivo le ayuda a pagarlos.',
          ['usc1388', 'usc1385'],
          ['retain'],
        ),
        point(
          'With a nonqualified notice, no cash is needed now. But the co-op cannot deduct the amount until it pays the member out later, and the member pays tax only then.',
          'Con un aviso no calificado, no hace falta pagar efectivo ahora. Pero la cooperativa no puede deducir la cantidad hasta que se la paga al socio más adelante, y el socio paga impuestos solo entonces.',
          ['usc1382', 'usc1385', 'usc1388'],
          ['retain'],
        ),
        point(
          'Profit kept in the collective reserve, and not allocated to members, is taxed to the co-op at the corporate rate: 21% federal, plus any state tax.',
          'La ganancia que se guarda en la reserva colectiva, sin asignarla a los socios, paga impuestos en manos de la cooperativa con la tasa de las corporaciones: 21% federal, más el impuesto estatal que haya.',
          ['usc11'],
          ['retain'],
        ),
        point(
          'A loss stays with the co-op. Members cannot deduct it on their own tax returns. The co-op may be able to use it against profit in later years.',
          'Una pérdida se queda en la cooperativa. Los socios no la pueden deducir en su propia declaración de impuestos. La cooperativa tal vez pueda usarla contra las ganancias de años siguientes.',
          ['usc172'],
          ['losses'],
        ),
        point(
          'In a conversion, an owner who sells C corporation stock to a worker co-op may put off capital gains tax under Section 1042. The co-op must be taxed under Subchapter T, most members must be employees, members elect the board one member, one vote, and the co-op must own at least 30% of the company after the sale. The rules are strict.',
          'En una conversión, el dueño que vende acciones de una corporación C a una cooperativa de trabajadores puede aplazar el impuesto sobre las ganancias de capital con la Sección 1042. La cooperativa tiene que tributar bajo el Subchapter T, la mayoría de los socios tienen que ser empleados, los socios eligen la junta directiva con un socio, un voto, y la cooperativa debe quedar dueña de al menos el 30% de la empresa después de la venta. Las reglas son estrictas.',
          ['usc1042'],
          ['conversion'],
        ),
      ],
    },
    workers: {
      summary: {
        en: 'Worker-members are usually employees of the co-op, paid through payroll.',
        es: 'Los socios trabajadores por lo general son empleados de la cooperativa y cobran por nómina.',
      },
      points: [
        point(
          'Worker-members are usually employees. The co-op withholds their income tax, pays its half of Social Security and Medicare (7.65% of wages; the worker pays the same), pays federal unemployment tax, and reports pay on Form W-2.',
          'Los socios trabajadores por lo general son empleados. La cooperativa les retiene el impuesto sobre el ingreso, paga su mitad del Seguro Social y Medicare (7.65% del salario; el trabajador paga lo mismo), paga el impuesto federal de desempleo e informa el pago en el formulario W-2.',
          ['pub15'],
          ['payroll'],
        ),
        point(
          "As employees, worker-members are generally covered by state unemployment insurance and workers' compensation, and by wage laws such as minimum wage and overtime. Each state sets its own coverage rules and exceptions.",
          'Como empleados, los socios trabajadores por lo general tienen el seguro estatal de desempleo y el seguro de compensación laboral (workers\' compensation), y los protegen las leyes de salarios, como el salario mínimo y las horas extra. Cada estado fija sus propias reglas de cobertura y sus excepciones.',
          ['dolUi', 'dolComp', 'flsa'],
          ['payroll'],
        ),
        point(
          'Employee benefits work in the usual way. For example, health coverage the co-op provides is generally not taxable income to the worker.',
          'Los beneficios de los empleados funcionan de la forma normal. Por ejemplo, el seguro médico que da la cooperativa por lo general no es ingreso que paga impuestos para el trabajador.',
          ['usc106'],
          ['payroll'],
        ),
        point(
          'Employee status is not automatic. In California, for example, choosing the worker co-op form does not by itself make the workers employees; the facts of the work decide.',
          'Ser empleado no es automático. En California, por ejemplo, elegir la forma de cooperativa de trabajadores no hace por sí solo que los trabajadores sean empleados; lo deciden los hechos del trabajo.',
          ['ca12253'],
          ['payroll'],
        ),
        point(
          'Employers must check the work authorization of every employee on Form I-9. If any founder or future member may not be a US citizen, get advice from an immigration lawyer before you choose a form (standard LEG-08).',
          'Los empleadores tienen que revisar el permiso de trabajo de cada empleado con el formulario I-9. Si algún fundador o futuro socio tal vez no sea ciudadano de EE. UU., pida consejo a un abogado de inmigración antes de elegir una forma (estándar LEG-08).',
          ['i9'],
          ['citizenship'],
        ),
      ],
    },
    capital: {
      summary: {
        en: 'Each member buys one membership share; some states allow non-voting shares for investors.',
        es: 'Cada socio compra una acción de membresía; algunos estados permiten acciones sin voto para inversionistas.',
      },
      points: [
        point(
          'Each member buys one membership share with their buy-in, often paid over time. More capital builds as members leave part of their patronage in their internal capital accounts.',
          'Cada socio compra una acción de membresía con su cuota de ingreso, muchas veces pagada poco a poco. El capital crece cuando los socios dejan parte de su patrocinio en sus cuentas de capital internas.',
          ['ma6', 'ny92'],
          ['retain'],
        ),
        point(
          'Some state co-op laws let the co-op sell non-voting shares to outside investors; in New York, for example, only membership shares carry a vote. Co-op principles call for outside money on terms that keep control with the members.',
          'Algunas leyes estatales de cooperativas permiten vender acciones sin voto a inversionistas de afuera; en Nueva York, por ejemplo, solo las acciones de membresía dan voto. Los principios cooperativos piden que el dinero de afuera llegue en condiciones que dejen el control en manos de los socios.',
          ['ny89', 'ica'],
          ['investors'],
        ),
        point(
          'Dividends on investor shares are not patronage dividends, so the co-op cannot deduct them. It pays them out of profit after tax.',
          'Los dividendos de las acciones de inversionistas no son dividendos de patrocinio, así que la cooperativa no los puede deducir. Los paga con la ganancia después de impuestos.',
          ['usc1388'],
          ['investors'],
        ),
        point(
          'Shares may be securities. A membership share bought to take part, not to profit, may not be one, and some states exempt small member shares (California, for example, up to $1,000 per member, with conditions). Investor shares usually are securities: the co-op needs an exemption, such as a private or in-state offering, and the rules against fraud always apply.',
          'Las acciones pueden ser valores (securities). Una acción de membresía que se compra para participar, y no para ganar dinero, tal vez no lo sea, y algunos estados eximen las acciones pequeñas de los socios (California, por ejemplo, hasta $1,000 por socio, con condiciones). Las acciones de inversionistas por lo general sí son valores: la cooperativa necesita una exención, como una oferta privada o dentro de un solo estado, y las reglas contra el fraude siempre se aplican.',
          ['forman', 'caAb816', 'sec77c', 'sec77d', 'sec77q'],
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
        en: 'State co-op law backs one member, one vote and the rules on members and surplus.',
        es: 'La ley estatal de cooperativas respalda la regla de un socio, un voto y las reglas sobre los socios y el excedente.',
      },
      points: [
        point(
          'Members elect a board of directors, one member, one vote, and the board oversees the managers. Worker co-op laws set rules on who may be a member: in Massachusetts, for example, only people who work for the co-op may be members, and each owns one share.',
          'Los socios eligen una junta directiva con un socio, un voto, y la junta supervisa a los gerentes. Las leyes de cooperativas de trabajadores fijan quién puede ser socio: en Massachusetts, por ejemplo, solo las personas que trabajan para la cooperativa pueden ser socias, y cada una tiene una acción.',
          ['ma6', 'ny89', 'ica'],
          ['coopLaw'],
        ),
        point(
          'Some states have a law made for worker co-ops, such as California, Massachusetts, New York and Delaware. In other states, a group may use a general co-op law or a business corporation. A lawyer who knows co-ops can say which fits.',
          'Algunos estados tienen una ley hecha para cooperativas de trabajadores, como California, Massachusetts, Nueva York y Delaware. En otros estados, un grupo puede usar una ley general de cooperativas o una corporación comercial. Un abogado que conozca las cooperativas puede decirle cuál le conviene.',
          ['ca12253', 'ma2', 'ny82', 'delaware'],
          ['coopLaw'],
        ),
        point(
          'The articles and bylaws hold the key co-op rules: membership, patronage, the collective reserve and what happens to assets if the co-op closes. The statute adds its own rules; in New York, for example, the members hold the power to change the bylaws.',
          'El acta constitutiva y los estatutos tienen las reglas cooperativas clave: la membresía, el patrocinio, la reserva colectiva y qué pasa con los bienes si la cooperativa cierra. La ley agrega sus propias reglas; en Nueva York, por ejemplo, el poder de cambiar los estatutos es de los socios.',
          ['ny89', 'ny92'],
          ['coopLaw'],
        ),
      ],
    },
    cost: {
      summary: {
        en: 'More yearly work than an LLC: payroll for members, a co-op tax return and patronage paperwork.',
        es: 'Más trabajo cada año que una LLC: nómina para los socios, una declaración de impuestos de cooperativa y los papeles del patrocinio.',
      },
      points: [
        point(
          'To form it, file articles under the state co-op law, or elect worker co-op status where the law allows, then adopt bylaws. Fees and steps differ by state.',
          'Para crearla, presente el acta constitutiva bajo la ley estatal de cooperativas, o elija la forma de cooperativa de trabajadores donde la ley lo permita, y luego apruebe los estatutos. Los costos y los pasos cambian de un estado a otro.',
          ['ca12310', 'ny82'],
          ['simple'],
        ),
        point(
          'Each year: run payroll for worker-members (payroll tax returns and W-2s), file Form 1120-C, and send Form 1099-PATR to each member paid $10 or more in patronage.',
          'Cada año: hacer la nómina de los socios trabajadores (declaraciones de impuestos de nómina y formularios W-2), presentar el formulario 1120-C y enviar el formulario 1099-PATR a cada socio que recibió $10 o más de patrocinio.',
          ['pub15', 'form1120c', 'usc6044'],
          ['simple', 'payroll'],
        ),
        point(
          'Patronage must be paid or allocated within 8½ months after the tax year ends, and the co-op keeps a record of each member\'s consent to qualified notices.',
          'El patrocinio se tiene que pagar o asignar dentro de los 8 meses y medio después del cierre del año fiscal, y la cooperativa guarda constancia de que cada socio aceptó los avisos calificados.',
          ['usc1382', 'usc1388'],
          ['simple'],
        ),
      ],
    },
  },
};
