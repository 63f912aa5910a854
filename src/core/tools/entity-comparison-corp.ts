/** The entity choice comparison: a general business corporation with co-op articles and bylaws. */
import { point, type LegalForm } from './entity-comparison-types';

export const BUSINESS_CORPORATION: LegalForm = {
  id: 'corp',
  name: {
    en: 'Business corporation with co-op bylaws',
    es: 'Corporación comercial con estatutos cooperativos',
  },
  description: {
    en: "An ordinary corporation under the state's business corporation law, with the co-op rules written into its articles, bylaws and member agreements. Some states let it elect worker co-op status.",
    es: 'Una corporación común creada bajo la ley estatal de corporaciones comerciales, con las reglas cooperativas escritas en su acta constitutiva, sus estatutos y los acuerdos con los socios. Algunos estados le permiten elegir la forma de cooperativa de trabajadores.',
  },
  cells: {
    tax: {
      summary: {
        en: 'If it truly operates as a co-op, it can use Subchapter T; if not, it is taxed as an ordinary corporation.',
        es: 'Si de verdad funciona como cooperativa, puede usar el Subchapter T; si no, tributa como una corporación común.',
      },
      points: [
        point(
          'Subchapter T is open to any corporation operating on a cooperative basis, not only one formed under a co-op law. What counts is how it really runs: control by the members, and profit shared by patronage under a rule set in advance.',
          'El Subchapter T está abierto a cualquier corporación que funcione como cooperativa, no solo a las creadas bajo una ley de cooperativas. Lo que cuenta es cómo funciona de verdad: control de los socios, y ganancia repartida según el patrocinio con una regla fijada de antemano.',
          ['usc1381', 'pugetSound'],
          ['coopLaw'],
        ),
        point(
          'If it qualifies, the same rules apply as for a co-op corporation: it deducts patronage dividends, follows the 20% cash rule for qualified notices, and files Form 1120-C.',
          'Si cumple los requisitos, se aplican las mismas reglas que a una corporación cooperativa: deduce los dividendos de patrocinio, sigue la regla del 20% en efectivo para los avisos calificados y presenta el formulario 1120-C.',
          ['usc1382', 'usc1388', 'form1120c'],
          ['retain'],
        ),
        point(
          'If it does not qualify, it is taxed as a regular C corporation: it pays 21% federal tax on its profit, and profit paid to members as dividends on their shares is taxed again to them.',
          'Si no cumple los requisitos, tributa como una corporación C común: paga 21% de impuesto federal sobre su ganancia, y la ganancia que se les paga a los socios como dividendos de sus acciones vuelve a pagar impuestos en manos de ellos.',
          ['usc11'],
          ['retain'],
        ),
        point(
          'A loss stays with the corporation. Members cannot deduct it on their own tax returns.',
          'Una pérdida se queda en la corporación. Los socios no la pueden deducir en su propia declaración de impuestos.',
          ['usc172'],
          ['losses'],
        ),
        point(
          'In a conversion of a C corporation, the owner may put off capital gains tax under Section 1042 by selling to a worker co-op that meets its tests, including Subchapter T tax treatment and one member, one vote for the board. The rules are strict.',
          'En la conversión de una corporación C, el dueño puede aplazar el impuesto sobre las ganancias de capital con la Sección 1042 si le vende a una cooperativa de trabajadores que cumple sus requisitos, entre ellos tributar bajo el Subchapter T y elegir la junta directiva con un socio, un voto. Las reglas son estrictas.',
          ['usc1042'],
          ['conversion'],
        ),
      ],
    },
    workers: {
      summary: {
        en: 'As in a co-op corporation, worker-members are usually employees on payroll.',
        es: 'Como en una corporación cooperativa, los socios trabajadores por lo general son empleados en la nómina.',
      },
      points: [
        point(
          "Worker-members are usually employees: payroll, withholding and W-2s, with unemployment insurance and workers' compensation under state rules.",
          'Los socios trabajadores por lo general son empleados: nómina, retenciones y formularios W-2, con seguro de desempleo y seguro de compensación laboral según las reglas del estado.',
          ['pub15', 'dolUi', 'dolComp'],
          ['payroll'],
        ),
        point(
          'Employee benefits work as in any corporation. For example, health coverage the corporation provides is generally not taxable income to the worker.',
          'Los beneficios de los empleados funcionan como en cualquier corporación. Por ejemplo, el seguro médico que da la corporación por lo general no es ingreso que paga impuestos para el trabajador.',
          ['usc106'],
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
        en: 'Can issue classes of stock: one voting share per member, and non-voting shares for investors.',
        es: 'Puede emitir clases de acciones: una acción con voto por socio, y acciones sin voto para inversionistas.',
      },
      points: [
        point(
          'The articles can create classes of stock: one voting share for each member, with limits on selling it, and non-voting preferred shares for investors. In Massachusetts, for example, a corporation that elects the worker co-op law gives each member one membership share.',
          'El acta constitutiva puede crear clases de acciones: una acción con voto para cada socio, con límites para venderla, y acciones preferentes sin voto para inversionistas. En Massachusetts, por ejemplo, una corporación que elige la ley de cooperativas de trabajadores le da a cada socio una acción de membresía.',
          ['nyBcl612', 'ma2', 'ma6'],
          ['investors'],
        ),
        point(
          'Giving investors votes or a large return may undercut the co-op basis that Subchapter T needs. Co-op principles call for outside money on terms that keep control with the members.',
          'Darles votos o una ganancia grande a los inversionistas puede debilitar la base cooperativa que necesita el Subchapter T. Los principios cooperativos piden que el dinero de afuera llegue en condiciones que dejen el control en manos de los socios.',
          ['pugetSound', 'ica'],
          ['investors'],
        ),
        point(
          'Shares sold to investors are usually securities: the corporation needs an exemption, such as a private or in-state offering, and the rules against fraud always apply.',
          'Las acciones que se venden a inversionistas por lo general son valores (securities): la corporación necesita una exención, como una oferta privada o dentro de un solo estado, y las reglas contra el fraude siempre se aplican.',
          ['howey', 'sec77c', 'sec77d', 'sec77q'],
          ['investors'],
        ),
      ],
    },
    governance: {
      summary: {
        en: 'The co-op rules live in the articles, bylaws and member agreements, on top of a law written for investor-owned companies.',
        es: 'Las reglas cooperativas están en el acta constitutiva, los estatutos y los acuerdos con los socios, sobre una ley escrita para empresas de inversionistas.',
      },
      points: [
        point(
          'Business corporation law usually gives one vote per share unless the articles say otherwise. One member, one vote, patronage and the reserve must be written into the articles, bylaws and member agreements, and they can be changed the way those papers are changed.',
          'La ley de corporaciones comerciales por lo general da un voto por acción, a menos que el acta constitutiva diga otra cosa. La regla de un socio, un voto, el patrocinio y la reserva se tienen que escribir en el acta constitutiva, los estatutos y los acuerdos con los socios, y se pueden cambiar de la misma forma que se cambian esos documentos.',
          ['nyBcl612', 'ica'],
          ['coopLaw'],
        ),
        point(
          'Some states let a business corporation elect to follow the worker co-op law, which adds the statute\'s rules: New York and Massachusetts, for example.',
          'Algunos estados permiten que una corporación comercial elija seguir la ley de cooperativas de trabajadores, lo que agrega las reglas de esa ley: Nueva York y Massachusetts, por ejemplo.',
          ['ny82', 'ma2'],
          ['coopLaw'],
        ),
      ],
    },
    cost: {
      summary: {
        en: 'Routine to form; the co-op bylaws, payroll and co-op tax return add work.',
        es: 'Crearla es un trámite común; los estatutos cooperativos, la nómina y la declaración de impuestos de cooperativa suman trabajo.',
      },
      points: [
        point(
          'Forming it is routine: file articles of incorporation and adopt bylaws. The co-op articles, bylaws and member agreements are custom work for a lawyer.',
          'Crearla es un trámite común: presentar el acta constitutiva y aprobar los estatutos. El acta, los estatutos y los acuerdos cooperativos son un trabajo a la medida para un abogado.',
          ['ny82', 'ma2'],
          ['simple'],
        ),
        point(
          'Each year: payroll for worker-members, Form 1120-C if it uses Subchapter T, and Form 1099-PATR for each member paid $10 or more in patronage.',
          'Cada año: la nómina de los socios trabajadores, el formulario 1120-C si usa el Subchapter T, y el formulario 1099-PATR para cada socio que recibió $10 o más de patrocinio.',
          ['pub15', 'form1120c', 'usc6044'],
          ['simple', 'payroll'],
        ),
      ],
    },
  },
};
