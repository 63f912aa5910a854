/**
 * The worker co-op bylaws outline: each article with the choices to make, a note on them, and what to
 * check in state law. It follows LEG-02 (co-op principles in the bylaws), GOV-01 to GOV-03, MEM-01,
 * MEM-08, MEM-09 and FIN-01 to FIN-03 and FIN-06.
 */
import { HOW_TO_USE } from './common';
import { bullets, note, paragraph, section, signature, stateLaw, type TemplateSource } from './model';

export const BYLAWS_OUTLINE: TemplateSource = {
  caution: {
    en: 'This is an outline, not a set of bylaws: a lawyer who knows co-ops should turn your group’s choices into bylaws that work under your state’s law and your co-op’s legal form.',
    es: 'Esto es un esquema, no unos estatutos: un abogado que conozca de cooperativas debe convertir las decisiones de su grupo en estatutos que funcionen según la ley de su estado y la forma legal de su cooperativa.',
  },
  sections: [
    HOW_TO_USE,
    section(
      'purpose',
      { en: 'Article 1. Name and purpose', es: 'Artículo 1. Nombre y propósito' },
      paragraph(
        'The name of the co-op is [Co-op name]. It is organized under [the state law it is formed under]. Its purpose is to run a [kind of business] that is owned and democratically controlled by the people who work in it, to provide good jobs to its members, and to follow the cooperative principles. [Other purposes in the group’s own words.]',
        'El nombre de la cooperativa es [Nombre de la cooperativa]. Está organizada según [la ley estatal con que se forma]. Su propósito es manejar un [tipo de negocio] que es propiedad de las personas que trabajan en él y que ellas controlan de forma democrática, dar buenos empleos a sus socios y seguir los principios cooperativos. [Otros propósitos, en las palabras del grupo.]',
      ),
      note(
        'Write the purpose from the values your group wrote together (standard FORM-01). A purpose that names worker ownership helps keep it if the business is ever offered for sale.',
        'Escriba el propósito a partir de los valores que su grupo escribió junto (estándar FORM-01). Un propósito que nombra la propiedad de los trabajadores ayuda a mantenerla si algún día alguien ofrece comprar el negocio.',
      ),
      stateLaw(
        'Which law the co-op is formed under: some states have a worker co-op law, others a co-op corporation law, and many co-ops are general corporations or LLCs (an LLC uses an operating agreement, not bylaws). Some states also limit who may use the word “cooperative” in a name (standards LEG-01 and LEG-06).',
        'Con qué ley se forma la cooperativa: algunos estados tienen una ley de cooperativas de trabajadores, otros una ley de corporaciones cooperativas, y muchas cooperativas son corporaciones comunes o LLC (una LLC usa un acuerdo operativo, no estatutos). Algunos estados también limitan quién puede usar la palabra “cooperativa” en el nombre (estándares LEG-01 y LEG-06).',
      ),
    ),
    section(
      'membership',
      { en: 'Article 2. Membership', es: 'Artículo 2. Membresía' },
      bullets(
        [
          'Only people who work in the co-op can be members. A worker can apply after [number] months or hours of work.',
          'Each candidate completes a candidacy period of [number] months, and is admitted by [the members or the board] by [vote needed].',
          'Each member holds one membership share, bought with the same buy-in of $[amount], paid as the membership agreement says.',
          'Membership ends when a member [leaves the job, retires or dies], or is removed after the steps in [article number].',
        ],
        [
          'Solo las personas que trabajan en la cooperativa pueden ser socias. Un trabajador puede solicitarlo después de [número] meses u horas de trabajo.',
          'Cada candidato cumple un período de candidatura de [número] meses, y es admitido por [los socios o la junta directiva] con [votación necesaria].',
          'Cada socio tiene una acción de membresía, comprada con la misma cuota de ingreso de $[cantidad], pagada como dice el acuerdo de membresía.',
          'La membresía termina cuando un socio [deja el trabajo, se jubila o muere], o es expulsado después de los pasos del [número de artículo].',
        ],
      ),
      paragraph(
        'Removal: a member can be removed only for [reasons], after a written notice with the reasons, at least [number] days to prepare, a hearing, a decision by [the members] by [vote needed] with its reasons in writing, and a chance to appeal to people who did not decide the first time.',
        'Expulsión: un socio solo puede ser expulsado por [razones], después de un aviso por escrito con las razones, al menos [número] días para prepararse, una audiencia, una decisión de [los socios] con [votación necesaria] y sus razones por escrito, y la oportunidad de apelar ante personas que no decidieron la primera vez.',
      ),
      note(
        'Choices: how long the candidacy lasts, who admits new members, and the buy-in. Put the details in a membership agreement and policy, and keep the core rules here (standards MEM-01, MEM-08, MEM-09 and FIN-04).',
        'Decisiones: cuánto dura la candidatura, quién admite a los socios nuevos, y la cuota de ingreso. Ponga los detalles en un acuerdo y una política de membresía, y deje aquí las reglas principales (estándares MEM-01, MEM-08, MEM-09 y FIN-04).',
      ),
      stateLaw(
        'Some states set membership rules. For example, Massachusetts says only people employed by the co-op may be members, and New York’s worker co-op law says regular employees must be offered membership after their probation period. Some states, such as California, set the steps a removal must follow. Each is one state’s law.',
        'Algunos estados fijan reglas de membresía. Por ejemplo, Massachusetts dice que solo las personas empleadas por la cooperativa pueden ser socias, y la ley de cooperativas de trabajadores de Nueva York dice que se debe ofrecer la membresía a los empleados regulares después de su período de prueba. Algunos estados, como California, fijan los pasos que debe seguir una expulsión. Cada una es la ley de un solo estado.',
      ),
    ),
    section(
      'voting',
      { en: 'Article 3. One member, one vote', es: 'Artículo 3. Un socio, un voto' },
      paragraph(
        'Each member has one vote, and only one, on every matter the members decide. No person gets more votes because of money put in, pay, hours, years of work or job. Candidates, employees who are not members, investors and lenders do not vote on member matters. When members decide by consensus and cannot agree, [what happens, for example a vote by a two-thirds majority]. Voting by [proxy, mail or electronic means] is [allowed or not allowed].',
        'Cada socio tiene un voto, y solo uno, en cada asunto que deciden los socios. Nadie recibe más votos por el dinero que puso, el pago, las horas, los años de trabajo o el puesto. Los candidatos, los empleados que no son socios, los inversionistas y los prestamistas no votan en los asuntos de los socios. Cuando los socios deciden por consenso y no se ponen de acuerdo, [qué pasa, por ejemplo una votación con mayoría de dos tercios]. Votar por [poder, por correo o por medios electrónicos] [se permite o no se permite].',
      ),
      note(
        'Votes weighted by hours, pay or capital belong in how surplus is shared, not in voting. A seller’s protections in a conversion belong in the sale or loan papers, not in extra votes (standard GOV-01).',
        'Los votos que cuentan más por horas, pago o capital van en la forma de repartir el excedente, no en el voto. Las protecciones del vendedor en una conversión van en los papeles de la venta o del préstamo, no en votos extra (estándar GOV-01).',
      ),
      stateLaw(
        'Whether the co-op may issue non-voting shares to investors, and the rules on proxies and voting by mail or online, depend on your state and your legal form.',
        'Si la cooperativa puede emitir acciones sin voto para inversionistas, y las reglas para votar por poder, por correo o en línea, dependen de su estado y de su forma legal.',
      ),
    ),
    section(
      'meetings',
      { en: 'Article 4. Member meetings and quorum', es: 'Artículo 4. Asambleas de socios y quórum' },
      bullets(
        [
          'The annual meeting is held in [month]. Regular meetings are held [how often]. [The board, or a set share of members] may call a special meeting.',
          'Members get written notice [number] days before each meeting, in [languages], with the agenda, the proposals and a plain summary of the financial results.',
          'Quorum, the least number of members needed to decide, is [number or percent] of the members.',
          'Decisions need a majority of the votes cast, unless these bylaws require more. Minutes are kept and shared with all members.',
        ],
        [
          'La asamblea anual se hace en [mes]. Las asambleas regulares se hacen [cada cuánto]. [La junta directiva, o una parte fijada de los socios] puede convocar una asamblea especial.',
          'Los socios reciben un aviso por escrito [número] días antes de cada asamblea, en [idiomas], con la agenda, las propuestas y un resumen sencillo de los resultados financieros.',
          'El quórum, el número mínimo de socios que se necesita para decidir, es [número o porcentaje] de los socios.',
          'Las decisiones necesitan la mayoría de los votos emitidos, a menos que estos estatutos pidan más. Se lleva un acta y se comparte con todos los socios.',
        ],
      ),
      note(
        'Set a quorum you can reach every time, and meeting times that every shift can attend (standards GOV-03 and EQI-04).',
        'Fije un quórum que puedan alcanzar siempre, y horarios de asamblea a los que puedan venir todos los turnos (estándares GOV-03 y EQI-04).',
      ),
      stateLaw(
        'Most states require an annual meeting and set the shortest and longest notice, a default quorum, and whether members may meet online.',
        'La mayoría de los estados exigen una asamblea anual y fijan el aviso más corto y más largo, un quórum que se usa si los estatutos no dicen otro, y si los socios se pueden reunir en línea.',
      ),
    ),
    section(
      'board',
      { en: 'Article 5. Board of directors', es: 'Artículo 5. Junta directiva' },
      bullets(
        [
          'The board has [number] directors. At least [number, or a majority] of them are members.',
          'The members elect the directors for terms of [number] years, staggered so that some seats change each year. Nominations: [how].',
          'The members may remove a director by [vote needed]. An empty seat is filled by [how] until the next election.',
          'The board meets [how often], with a quorum of [number]. It sets policy, approves the budget, hires and reviews the general manager if there is one, checks the finances, and reports to the members.',
        ],
        [
          'La junta directiva tiene [número] directores. Al menos [número, o la mayoría] de ellos son socios.',
          'Los socios eligen a los directores por períodos de [número] años, escalonados para que algunos puestos cambien cada año. Nominaciones: [cómo].',
          'Los socios pueden destituir a un director con [votación necesaria]. Un puesto vacío se llena [cómo] hasta la siguiente elección.',
          'La junta directiva se reúne [cada cuánto], con un quórum de [número]. Fija las políticas, aprueba el presupuesto, contrata y evalúa al gerente general si lo hay, revisa las finanzas e informa a los socios.',
        ],
      ),
      note(
        'In a small co-op, every member may sit on the board. Keep separate minutes for board and member meetings anyway, so people know which role they were in (standard GOV-02).',
        'En una cooperativa pequeña, todos los socios pueden ser parte de la junta directiva. Aun así, lleve actas aparte para las reuniones de la junta y las asambleas de socios, para saber en qué papel decidieron (estándar GOV-02).',
      ),
      stateLaw(
        'States set the fewest directors allowed and directors’ duties of care and loyalty. New York’s worker co-op law, for example, lets non-members serve as directors but never as a majority. That is one state’s law.',
        'Los estados fijan el número mínimo de directores y sus deberes de cuidado y lealtad. La ley de cooperativas de trabajadores de Nueva York, por ejemplo, permite que personas que no son socias sean directores, pero nunca la mayoría. Es la ley de un solo estado.',
      ),
    ),
    section(
      'officers',
      { en: 'Article 6. Officers', es: 'Artículo 6. Funcionarios' },
      paragraph(
        'The [board or members] choose a chair, a secretary, a treasurer and [other officers] for terms of [number] years. The chair runs meetings, the secretary keeps the minutes and the member register, and the treasurer oversees the books and reports on them. Managers answer to the board, and the general manager does not chair the board.',
        'La [junta directiva o los socios] escogen un presidente, un secretario, un tesorero y [otros funcionarios] por períodos de [número] años. El presidente dirige las reuniones, el secretario lleva las actas y el registro de socios, y el tesorero supervisa la contabilidad e informa sobre ella. Los gerentes rinden cuentas a la junta directiva, y el gerente general no preside la junta.',
      ),
      note(
        'A general manager who is also board chair ends up reviewing their own work (standard GOV-06).',
        'Un gerente general que también preside la junta directiva termina evaluando su propio trabajo (estándar GOV-06).',
      ),
      stateLaw('States say which officers a co-op must have, and whether one person may hold two offices.', 'Los estados dicen qué funcionarios debe tener una cooperativa, y si una persona puede tener dos cargos.'),
    ),
    section(
      'patronage',
      { en: 'Article 7. Patronage and allocation of surplus', es: 'Artículo 7. Patrocinio y asignación del excedente' },
      bullets(
        [
          'Each year, the net surplus from the work members do for the co-op is allocated to the members by patronage, measured by [hours worked, wages paid, or a mix], under a written policy the [board or members] adopt before the year begins.',
          '[Percent] of the surplus goes to the collective reserve before allocation.',
          'At least [percent, 20 or more]% of each patronage allocation is paid in cash within 8½ months after the tax year ends. The rest is given as a written notice of allocation and credited to the member’s capital account.',
          'Consent: each person who becomes or stays a member after this clause is adopted agrees to report the full stated amount of each written notice of allocation as income. Each member gets written notice of this clause and a copy of it.',
          'Losses are shared between the collective reserve and members’ accounts as follows: [rule].',
        ],
        [
          'Cada año, el excedente neto del trabajo que los socios hacen para la cooperativa se asigna a los socios según el patrocinio, medido por [horas trabajadas, salarios pagados, o una mezcla], según una política escrita que la [junta directiva o los socios] aprueban antes de que empiece el año.',
          'El [porcentaje] del excedente va a la reserva colectiva antes de la asignación.',
          'Al menos el [porcentaje, 20 o más]% de cada asignación de patrocinio se paga en efectivo dentro de los 8½ meses después del cierre del año fiscal. El resto se da con un aviso escrito de asignación y se acredita a la cuenta de capital del socio.',
          'Consentimiento: cada persona que se hace socia o sigue siéndolo después de que se aprueba esta cláusula acepta declarar como ingreso la cantidad completa de cada aviso escrito de asignación. Cada socio recibe un aviso por escrito de esta cláusula y una copia de ella.',
          'Las pérdidas se reparten entre la reserva colectiva y las cuentas de los socios así: [regla].',
        ],
      ),
      note(
        'This follows Subchapter T, the part of the federal tax code for co-ops (26 U.S.C. §§1381-1388). The patronage dividend is taxed once, in members’ hands, but only if the co-op meets its rules: an obligation set before the year, at least 20% in cash, payment within the 8½-month period, and member consent. Members owe tax on the whole allocation. An LLC taxed as a partnership follows other rules. Confirm with an accountant who knows co-ops (standards FIN-01 and FIN-03).',
        'Esto sigue el Subchapter T, la parte del código federal de impuestos para las cooperativas (26 U.S.C. §§1381-1388). El dividendo de patrocinio paga impuestos una sola vez, en manos de los socios, pero solo si la cooperativa cumple sus reglas: una obligación fijada antes del año, al menos el 20% en efectivo, el pago dentro del plazo de 8½ meses y el consentimiento de los socios. Los socios deben impuesto sobre la asignación completa. Una LLC que paga impuestos como sociedad sigue otras reglas. Confírmelo con un contador que conozca de cooperativas (estándares FIN-01 y FIN-03).',
      ),
      stateLaw(
        'Some state co-op laws add their own rules on surplus, reserves and capital accounts; New York’s worker co-op law, for example, has rules on internal capital accounts and the collective reserve.',
        'Algunas leyes estatales de cooperativas agregan sus propias reglas sobre el excedente, las reservas y las cuentas de capital; la ley de cooperativas de trabajadores de Nueva York, por ejemplo, tiene reglas sobre las cuentas de capital internas y la reserva colectiva.',
      ),
    ),
    section(
      'reserve',
      { en: 'Article 8. Capital accounts and the collective reserve', es: 'Artículo 8. Cuentas de capital y reserva colectiva' },
      bullets(
        [
          'The co-op keeps an internal capital account for each member: the buy-in and retained allocations, minus the member’s share of losses and any payouts. Each member gets a yearly statement. Balances earn [interest rate, or no interest].',
          'The collective reserve belongs to the co-op as a whole. It is not credited to any member, and members who leave cannot claim a share of it.',
          'Capital accounts are paid out [when, for example over three years after a member leaves], under a written policy. The board may delay payouts that would put the co-op’s cash at risk, records its reasons and tells the members affected in writing. The same rules apply to every member.',
        ],
        [
          'La cooperativa lleva una cuenta de capital interna para cada socio: la cuota de ingreso y las asignaciones retenidas, menos la parte del socio en las pérdidas y los pagos que ya recibió. Cada socio recibe un estado de cuenta cada año. Los saldos ganan [tasa de interés, o ningún interés].',
          'La reserva colectiva es de la cooperativa entera. No se acredita a ningún socio, y los socios que se van no pueden reclamar una parte de ella.',
          'Las cuentas de capital se pagan [cuándo, por ejemplo durante tres años después de que un socio se va], según una política escrita. La junta directiva puede atrasar los pagos que pondrían en riesgo el efectivo de la cooperativa, anota sus razones y se lo dice por escrito a los socios afectados. Las mismas reglas se aplican a todos los socios.',
        ],
      ),
      note(
        'Many co-ops put a fixed share of surplus in the reserve so later members cannot empty it. Surplus kept in the reserve is usually taxed at the co-op level. Promising “full payout within 30 days” is a common mistake (standards FIN-02 and FIN-06).',
        'Muchas cooperativas ponen una parte fija del excedente en la reserva para que los socios de después no la puedan vaciar. El excedente que queda en la reserva por lo general paga impuestos como ingreso de la cooperativa. Prometer “el pago completo en 30 días” es un error común (estándares FIN-02 y FIN-06).',
      ),
      stateLaw(
        'Some states forbid payouts that would leave the co-op unable to pay its debts, and some set rules on interest and reserves.',
        'Algunos estados prohíben los pagos que dejarían a la cooperativa sin poder pagar sus deudas, y algunos fijan reglas sobre los intereses y las reservas.',
      ),
    ),
    section(
      'amendments',
      { en: 'Article 9. Changing the bylaws', es: 'Artículo 9. Cambios a los estatutos' },
      paragraph(
        'The members change these bylaws by [vote needed, for example two-thirds of the members voting], at a meeting announced in writing [number] days ahead with the text of the change. Changes to membership, one member one vote, the collective reserve, the closing clause, or a sale of the business need [a larger vote, for example two-thirds of all members]. The board cannot change the bylaws alone. The secretary keeps one signed, current copy, with the date of each change.',
        'Los socios cambian estos estatutos con [votación necesaria, por ejemplo dos tercios de los socios que votan], en una asamblea anunciada por escrito con [número] días de anticipación y con el texto del cambio. Los cambios a la membresía, a un socio un voto, a la reserva colectiva, a la cláusula de cierre, o la venta del negocio necesitan [una votación mayor, por ejemplo dos tercios de todos los socios]. La junta directiva no puede cambiar los estatutos sola. El secretario guarda una copia firmada y al día, con la fecha de cada cambio.',
      ),
      note('A larger vote for the core clauses protects them when people change (standard LEG-02).', 'Una votación mayor para las cláusulas principales las protege cuando cambian las personas (estándar LEG-02).'),
      stateLaw(
        'State law says who may change bylaws, and some changes also need an amendment to the articles filed with the state.',
        'La ley estatal dice quién puede cambiar los estatutos, y algunos cambios también necesitan una enmienda a los artículos de constitución registrada ante el estado.',
      ),
    ),
    section(
      'dissolution',
      { en: 'Article 10. Closing the co-op (dissolution)', es: 'Artículo 10. Cierre de la cooperativa (disolución)' },
      paragraph(
        'Closing, selling or merging the co-op needs [vote needed] of all members, at a meeting announced in writing [number] days ahead. If the co-op closes, it pays its debts first, then members’ capital accounts and buy-ins. What is left of the collective reserve goes to [another co-op, a co-op development fund or a nonprofit], not to the members of that day.',
        'Cerrar, vender o fusionar la cooperativa necesita [votación necesaria] de todos los socios, en una asamblea anunciada por escrito con [número] días de anticipación. Si la cooperativa cierra, primero paga sus deudas, y después las cuentas de capital y las cuotas de ingreso de los socios. Lo que quede de la reserva colectiva va a [otra cooperativa, un fondo de desarrollo cooperativo o una organización sin fines de lucro], no a los socios de ese momento.',
      ),
      note(
        'Sending the rest of the reserve to another co-op means no one gains by selling out the co-op.',
        'Mandar el resto de la reserva a otra cooperativa quiere decir que nadie gana vendiendo la cooperativa.',
      ),
      stateLaw(
        'Whether you can lock in where the reserve goes, and how, depends on state law and tax rules. States also set the steps to close a business and notify creditors.',
        'Si se puede fijar a dónde va la reserva, y cómo, depende de la ley estatal y de las reglas de impuestos. Los estados también fijan los pasos para cerrar un negocio y avisar a los acreedores.',
      ),
    ),
    section(
      'other',
      { en: 'Article 11. Other clauses to discuss', es: 'Artículo 11. Otras cláusulas para conversar' },
      bullets(
        ['How conflicts and grievances are resolved.', 'Which decisions belong to the members, the board and the managers (a decision matrix).', 'The fiscal year, records and members’ right to see them.', 'The languages of the co-op’s documents and meetings.', 'Protection of directors and officers who act in good faith.'],
        ['Cómo se resuelven los conflictos y las quejas.', 'Qué decisiones les tocan a los socios, a la junta directiva y a los gerentes (una matriz de decisiones).', 'El año fiscal, los registros y el derecho de los socios a verlos.', 'Los idiomas de los documentos y las reuniones de la cooperativa.', 'La protección de los directores y funcionarios que actúan de buena fe.'],
      ),
      note(
        'Many co-ops keep these in policies that the members can change more easily, and point to them from the bylaws (standards GOV-04 and GOV-07).',
        'Muchas cooperativas ponen esto en políticas que los socios pueden cambiar con más facilidad, y las mencionan en los estatutos (estándares GOV-04 y GOV-07).',
      ),
      stateLaw('Ask your lawyer which other clauses your state requires.', 'Pregunte a su abogado qué otras cláusulas exige su estado.'),
    ),
    section(
      'adoption',
      { en: 'Adoption', es: 'Aprobación' },
      paragraph('The members adopted these bylaws on [date], by a vote of [number for, number against, number abstaining].', 'Los socios aprobaron estos estatutos el [fecha], con una votación de [número a favor, número en contra, número de abstenciones].'),
      signature(['Secretary: name and signature', 'Date'], ['Secretario: nombre y firma', 'Fecha']),
    ),
  ],
};
