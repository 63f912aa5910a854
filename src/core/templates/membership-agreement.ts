/**
 * The membership agreement outline: the deal between the co-op and each new member. It follows the
 * membership standards (MEM-01 to MEM-04, MEM-08, MEM-09) and the finance standards on patronage, capital
 * accounts and the buy-in (FIN-01 to FIN-04, FIN-06).
 */
import { HOW_TO_USE } from './common';
import { bullets, note, paragraph, section, signature, stateLaw, type TemplateSource } from './model';

export const MEMBERSHIP_AGREEMENT: TemplateSource = {
  caution: {
    en: 'Ask a lawyer in particular about the buy-in and securities law, deductions from pay, how membership changes a worker’s tax and immigration status, payouts, and the steps before a removal.',
    es: 'Consulte con un abogado sobre todo sobre la cuota de ingreso y la ley de valores, los descuentos del pago, cómo la membresía cambia la situación de impuestos y migratoria de un trabajador, los pagos al salir y los pasos antes de una expulsión.',
  },
  sections: [
    HOW_TO_USE,
    section(
      'parties',
      { en: '1. Who this agreement is between', es: '1. Entre quiénes es este acuerdo' },
      paragraph(
        'This agreement is between [Co-op name] (“the co-op”) and [Member name] (“the member”). It sums up, in plain words, what the co-op’s bylaws and policies say about membership: [names and dates of the bylaws and policies]. If this agreement and the bylaws ever disagree, the bylaws govern, and the co-op fixes this agreement.',
        'Este acuerdo es entre [Nombre de la cooperativa] (“la cooperativa”) y [Nombre del socio] (“el socio”). Resume en palabras sencillas lo que dicen los estatutos y las políticas de la cooperativa sobre la membresía: [nombres y fechas de los estatutos y las políticas]. Si alguna vez este acuerdo y los estatutos no dicen lo mismo, valen los estatutos, y la cooperativa corrige este acuerdo.',
      ),
    ),
    section(
      'candidacy',
      { en: '2. The candidacy period', es: '2. El período de candidatura' },
      bullets(
        [
          'The candidacy period is the trial time before membership. It starts on [date] and lasts [number] months. It can be extended [how many times, for how long and for what reasons].',
          'During it, the candidate works at least [number] hours, finishes the orientation and co-op education, and meets with a mentor, [mentor name].',
          'The education covers co-op basics, the bylaws, how decisions are made, member money (the buy-in, capital accounts, patronage and the collective reserve) and how to read the co-op’s financial statements, in [languages].',
          'Halfway through, the candidate gets written feedback from [who], with time to improve.',
          'Candidates [may or may not] attend member meetings. They do not vote on member matters.',
        ],
        [
          'El período de candidatura es el tiempo de prueba antes de hacerse socio. Empieza el [fecha] y dura [número] meses. Se puede alargar [cuántas veces, por cuánto tiempo y por qué razones].',
          'Durante ese tiempo, el candidato trabaja al menos [número] horas, termina la orientación y la formación cooperativa, y se reúne con un mentor, [nombre del mentor].',
          'La formación cubre lo básico de las cooperativas, los estatutos, cómo se toman las decisiones, el dinero de los socios (la cuota de ingreso, las cuentas de capital, el patrocinio y la reserva colectiva) y cómo leer los estados financieros de la cooperativa, en [idiomas].',
          'A la mitad del período, el candidato recibe comentarios por escrito de [quién], con tiempo para mejorar.',
          'Los candidatos [pueden o no pueden] asistir a las asambleas de socios. No votan en los asuntos de los socios.',
        ],
      ),
      paragraph(
        'The [members or board] decide on admission by [vote needed], using the written criteria: [criteria]. The candidate gets the result and the reasons in writing within [number] days. A candidate who is turned down can appeal to [people who did not make the first decision] within [number] days.',
        'Los [socios o la junta directiva] deciden la admisión con [votación necesaria], según los criterios escritos: [criterios]. El candidato recibe el resultado y las razones por escrito dentro de [número] días. Un candidato que no es admitido puede apelar ante [personas que no tomaron la primera decisión] dentro de [número] días.',
      ),
      note(
        'Keep the criteria few, clear and tied to the work of owning; vague ones, like “a good fit,” leave room for favoritism. A candidacy with no end date leaves people “almost members” for years. In a conversion, decide in writing whether long-time workers skip or shorten the candidacy period, and apply that rule to all of them (standards MEM-01 to MEM-03).',
        'Haga pocos criterios, claros y ligados al trabajo de ser dueño; los criterios vagos, como “encaja bien”, dejan lugar al favoritismo. Un período de candidatura sin fecha de fin deja a las personas como “casi socios” por años. En una conversión, decida por escrito si los trabajadores con muchos años se saltan el período de candidatura o lo acortan, y aplique esa regla a todos (estándares MEM-01 a MEM-03).',
      ),
      stateLaw(
        'Becoming a member can change a worker’s legal and tax status. In a co-op corporation, members are usually still employees paid through payroll; in an LLC, members are usually taxed as partners and owe self-employment tax. This can also affect immigration status or work authorization. Ask a lawyer or accountant who knows co-ops, and an immigration lawyer where it applies.',
        'Hacerse socio puede cambiar la situación legal y de impuestos de un trabajador. En una corporación cooperativa, los socios por lo general siguen siendo empleados pagados por nómina; en una LLC, los socios por lo general pagan impuestos como socios de una sociedad y deben el impuesto sobre el trabajo por cuenta propia. Esto también puede afectar la situación migratoria o el permiso de trabajo. Pregunte a un abogado o contador que conozca de cooperativas, y a un abogado de inmigración cuando haga falta.',
      ),
    ),
    section(
      'buy-in',
      { en: '3. The buy-in (membership share)', es: '3. La cuota de ingreso (acción de membresía)' },
      bullets(
        [
          'The buy-in is $[amount]. It is the same for every member. It buys one membership share, and no member holds more than one.',
          'The member pays $[amount] on [date], then $[amount] from each paycheck for [number] pay periods. The member gives written permission for the deduction before the first one.',
          'Each payment is recorded, and the member gets a receipt or a statement. The share is issued when [at admission, or when it is paid in full].',
          'If the member leaves before paying in full: [what happens to the payments and to what is still owed].',
          'If the candidate is not admitted, the co-op returns the buy-in payments within [number] days.',
        ],
        [
          'La cuota de ingreso es de $[cantidad]. Es igual para todos los socios. Compra una acción de membresía, y ningún socio tiene más de una.',
          'El socio paga $[cantidad] el [fecha], y después $[cantidad] de cada cheque de pago durante [número] períodos de pago. El socio da su permiso por escrito para el descuento antes del primero.',
          'Cada pago se anota, y el socio recibe un recibo o un estado de cuenta. La acción se entrega [al ser admitido, o cuando esté pagada completa].',
          'Si el socio se va antes de pagarla completa: [qué pasa con los pagos y con lo que todavía debe].',
          'Si el candidato no es admitido, la cooperativa le devuelve lo que pagó de la cuota dentro de [número] días.',
        ],
      ),
      paragraph(
        'The buy-in is an investment in the business, not a deposit. If the co-op closes, it pays its debts first, and members may get back only part of their buy-in, or none of it.',
        'La cuota de ingreso es una inversión en el negocio, no un depósito. Si la cooperativa cierra, primero paga sus deudas, y los socios pueden recibir solo una parte de su cuota, o nada.',
      ),
      note(
        'Set a buy-in that workers can pay over time without hardship, and keep it the same for everyone: paying more does not buy more say. If a lender or city program helps workers pay it, offer that help to all members under one written rule (standard FIN-04).',
        'Fije una cuota de ingreso que los trabajadores puedan pagar poco a poco sin pasar apuros, y que sea igual para todos: pagar más no da más voz. Si un prestamista o un programa de la ciudad ayuda a pagarla, ofrezca esa ayuda a todos los socios con una sola regla escrita (estándar FIN-04).',
      ),
      stateLaw(
        'Selling membership shares can fall under securities law. Some states exempt member shares only up to a set amount; for example, California’s 2015 worker co-op law raised that limit from $300 to $1,000 per member, with conditions. Wage laws also limit deductions from pay, and a deduction can never bring pay below minimum wage. Check both with a lawyer before you set the amount and the plan.',
        'Vender acciones de membresía puede caer bajo la ley de valores. Algunos estados eximen las acciones de los socios solo hasta cierta cantidad; por ejemplo, la ley de cooperativas de trabajadores de California de 2015 subió ese límite de $300 a $1,000 por socio, con condiciones. Las leyes de salarios también limitan los descuentos del pago, y un descuento nunca puede dejar el pago por debajo del salario mínimo. Revise las dos cosas con un abogado antes de fijar la cantidad y el plan.',
      ),
    ),
    section(
      'rights-duties',
      { en: '4. Rights and duties', es: '4. Derechos y deberes' },
      paragraph('As a member, you have the right to:', 'Como socio, usted tiene derecho a:'),
      bullets(
        [
          'one vote, and only one, on every matter the members decide: one member, one vote;',
          'run for the board of directors;',
          'get the co-op’s financial information and see its records, as the bylaws and the law allow;',
          'a share of patronage, and a yearly statement of your capital account;',
          'raise a concern through the grievance process, without punishment;',
          'a fair process, with notice and a hearing, before you could be removed.',
        ],
        [
          'un voto, y solo uno, en cada asunto que deciden los socios: un socio, un voto;',
          'presentarse como candidato a la junta directiva;',
          'recibir la información financiera de la cooperativa y ver sus registros, como lo permiten los estatutos y la ley;',
          'una parte del patrocinio, y un estado de cuenta de su cuenta de capital cada año;',
          'presentar una preocupación por medio del proceso de quejas, sin castigo;',
          'un proceso justo, con aviso y audiencia, antes de que lo puedan expulsar.',
        ],
      ),
      paragraph('As a member, you agree to:', 'Como socio, usted se compromete a:'),
      bullets(
        ['pay the buy-in as agreed;', 'come to member meetings;', 'take your turn on committees or in roles;', 'keep the co-op’s private information private;', 'follow the work standards and policies the members agreed on;', 'keep learning about the co-op and its numbers.'],
        ['pagar la cuota de ingreso como se acordó;', 'venir a las asambleas de socios;', 'tomar su turno en los comités o en los cargos;', 'guardar en privado la información privada de la cooperativa;', 'seguir las normas de trabajo y las políticas que acordaron los socios;', 'seguir aprendiendo sobre la cooperativa y sus números.'],
      ),
      note(
        'The member handbook explains these rights and duties in more detail (standard MEM-04). Some rights, such as seeing certain records, come from state law, so ask a lawyer to check how you sum them up.',
        'El manual del socio explica estos derechos y deberes con más detalle (estándar MEM-04). Algunos derechos, como ver ciertos registros, vienen de la ley estatal, así que pida a un abogado que revise cómo los resume.',
      ),
    ),
    section(
      'patronage',
      { en: '5. Patronage and the capital account', es: '5. El patrocinio y la cuenta de capital' },
      bullets(
        [
          'Patronage is the work each member does for the co-op. The part of each year’s surplus that goes to members is shared by patronage, measured by [hours worked, wages paid, or a mix], under the written patronage policy adopted before the year begins.',
          '[Percent] of each year’s surplus goes to the collective reserve, which belongs to the co-op as a whole. The rest is allocated to members by patronage.',
          'Of each member’s patronage allocation, at least [percent, 20 or more]% is paid in cash within 8½ months after the co-op’s tax year ends. The rest stays in the member’s internal capital account, the record of the member’s stake in the co-op.',
          'The capital account holds the member’s buy-in and retained allocations, minus the member’s share of any losses and any amounts paid out. It earns [interest rate, or no interest].',
          'Each year, the member gets a written notice of the full allocation and a statement of the capital account.',
        ],
        [
          'El patrocinio es el trabajo que cada socio hace para la cooperativa. La parte del excedente de cada año que va a los socios se reparte según el patrocinio, medido por [horas trabajadas, salarios pagados, o una mezcla], según la política de patrocinio escrita que se aprueba antes de que empiece el año.',
          'El [porcentaje] del excedente de cada año va a la reserva colectiva, que es de la cooperativa entera. El resto se asigna a los socios según el patrocinio.',
          'De la asignación de patrocinio de cada socio, al menos el [porcentaje, 20 o más]% se paga en efectivo dentro de los 8½ meses después del cierre del año fiscal de la cooperativa. El resto queda en la cuenta de capital interna del socio, el registro de lo que el socio tiene en la cooperativa.',
          'La cuenta de capital tiene la cuota de ingreso del socio y las asignaciones retenidas, menos la parte del socio en las pérdidas y lo que ya se le pagó. Gana [tasa de interés, o ningún interés].',
          'Cada año, el socio recibe un aviso por escrito de la asignación completa y un estado de su cuenta de capital.',
        ],
      ),
      paragraph(
        'By signing, the member agrees to report as income, for the year received, the full stated amount of each written notice of allocation the co-op gives, including the part kept in the capital account.',
        'Al firmar, el socio acepta declarar como ingreso, en el año en que lo recibe, la cantidad completa de cada aviso escrito de asignación que le da la cooperativa, incluida la parte que se queda en la cuenta de capital.',
      ),
      note(
        'This section assumes the co-op is taxed under Subchapter T, the part of the federal tax code for co-ops (26 U.S.C. §§1381-1388). Members owe income tax on the whole allocation, and the co-op reports it on IRS Form 1099-PATR, so many co-ops pay more than 20% in cash. An LLC taxed as a partnership follows other rules. Confirm the co-op’s tax status with an accountant who knows co-ops (standards FIN-01 to FIN-03).',
        'Esta sección supone que la cooperativa paga impuestos según el Subchapter T, la parte del código federal de impuestos para las cooperativas (26 U.S.C. §§1381-1388). Los socios deben impuesto sobre la asignación completa, y la cooperativa la reporta en el Formulario 1099-PATR del IRS, así que muchas cooperativas pagan más del 20% en efectivo. Una LLC que paga impuestos como sociedad sigue otras reglas. Confirme cómo paga impuestos la cooperativa con un contador que conozca de cooperativas (estándares FIN-01 a FIN-03).',
      ),
    ),
    section(
      'leaving',
      { en: '6. Leaving the co-op and the payout', es: '6. La salida de la cooperativa y el pago' },
      bullets(
        [
          'A member who leaves gives [number] weeks’ written notice to [who], and meets with [who] to hand over work and go over the payout.',
          'Membership ends when the member [leaves the job, retires, is absent longer than the leave rules allow, or dies]. Leave that keeps membership: [rule].',
          'The co-op pays out the member’s buy-in and capital account balance, minus any losses or amounts owed that the written rules allow, on this schedule: [for example, in equal yearly parts over three years].',
          'The unpaid balance earns [interest rate, or no interest].',
          'The board may delay a payment if paying it would put the co-op’s cash at risk. It records its reasons in the minutes, tells the member in writing, and restarts the payments when things improve.',
          'The member gets a written statement of what they are owed, what was subtracted and why, and the payment dates.',
          'If a member dies, the payout goes to [the member’s estate, or another person as the law allows].',
        ],
        [
          'El socio que se va da un aviso por escrito de [número] semanas a [quién], y se reúne con [quién] para entregar el trabajo y revisar el pago.',
          'La membresía termina cuando el socio [deja el trabajo, se jubila, se ausenta más de lo que permiten las reglas de permisos, o muere]. Permisos que mantienen la membresía: [regla].',
          'La cooperativa le paga al socio su cuota de ingreso y el saldo de su cuenta de capital, menos las pérdidas o deudas que permiten las reglas escritas, con este calendario: [por ejemplo, en partes iguales cada año durante tres años].',
          'El saldo sin pagar gana [tasa de interés, o ningún interés].',
          'La junta directiva puede atrasar un pago si pagarlo pone en riesgo el efectivo de la cooperativa. Anota sus razones en el acta, se lo dice al socio por escrito y vuelve a pagar cuando las cosas mejoran.',
          'El socio recibe un estado por escrito de lo que se le debe, lo que se restó y por qué, y las fechas de pago.',
          'Si un socio muere, el pago va a [la sucesión del socio, u otra persona como lo permita la ley].',
        ],
      ),
      paragraph(
        'The same rules apply to every member, whatever the reason for leaving. The collective reserve belongs to the co-op as a whole: no member can claim a share of it when leaving.',
        'Las mismas reglas se aplican a todos los socios, sea cual sea la razón de su salida. La reserva colectiva es de la cooperativa entera: ningún socio puede reclamar una parte de ella al salir.',
      ),
      stateLaw(
        'Some states forbid payouts that would leave the co-op unable to pay its debts, and the rules on paying a member’s estate vary. How a payout is taxed depends on how the surplus was first allocated. Ask a lawyer and an accountant who know co-ops (standards MEM-08 and FIN-06).',
        'Algunos estados prohíben los pagos que dejarían a la cooperativa sin poder pagar sus deudas, y las reglas para pagarle a la sucesión de un socio cambian. Los impuestos de un pago dependen de cómo se asignó el excedente al principio. Pregunte a un abogado y a un contador que conozcan de cooperativas (estándares MEM-08 y FIN-06).',
      ),
    ),
    section(
      'removal',
      { en: '7. Due process before removal', es: '7. Debido proceso antes de una expulsión' },
      paragraph(
        'Problems go first through feedback, coaching and the grievance process. A member can be removed only for the reasons in the bylaws, and only after these steps:',
        'Los problemas pasan primero por comentarios, acompañamiento y el proceso de quejas. Un socio solo puede ser expulsado por las razones que dicen los estatutos, y solo después de estos pasos:',
      ),
      bullets(
        [
          'a written notice to the member, with the specific reasons and the rule or duty involved;',
          'at least [number] days to prepare, and the right to see the information used;',
          'a hearing, at least [number] days before any removal takes effect, where the member can respond by speaking or in writing, bring a support person and have an interpreter;',
          'a decision by [the members, or the body the bylaws name], by [vote needed], with its reasons in writing;',
          'an appeal to [people who did not make the first decision], within [number] days.',
        ],
        [
          'un aviso por escrito al socio, con las razones concretas y la regla o el deber de que se trata;',
          'al menos [número] días para prepararse, y el derecho a ver la información que se usó;',
          'una audiencia, al menos [número] días antes de que la expulsión tome efecto, en la que el socio puede responder de palabra o por escrito, venir con una persona de apoyo y contar con un intérprete;',
          'una decisión de [los socios, o el órgano que nombran los estatutos], con [votación necesaria], y sus razones por escrito;',
          'una apelación ante [personas que no tomaron la primera decisión], dentro de [número] días.',
        ],
      ),
      paragraph(
        'Anyone who is part of the conflict, or close to a person in it, steps aside from deciding it. Removal is never used to punish a member for a complaint made in good faith. The payout follows the same written rules as any other exit.',
        'Quien es parte del conflicto, o es cercano a una persona en él, no participa en la decisión. La expulsión nunca se usa para castigar a un socio por una queja hecha de buena fe. El pago sigue las mismas reglas escritas que cualquier otra salida.',
      ),
      stateLaw(
        'Some state co-op laws set out what a fair process is. For example, California’s law for cooperative corporations treats a procedure as fair if the articles or bylaws set it out, the member gets at least 15 days’ notice with the reasons, and the member can be heard at least 5 days before the removal takes effect. That is one state’s law. In most worker co-ops, ending membership also ends the job, so employment law applies too. Check with a lawyer who knows co-ops and employment law (standard MEM-09).',
        'Algunas leyes estatales de cooperativas dicen qué es un proceso justo. Por ejemplo, la ley de California para las corporaciones cooperativas considera justo un procedimiento si está en los artículos de constitución o en los estatutos, si el socio recibe un aviso con las razones al menos 15 días antes, y si puede ser escuchado al menos 5 días antes de que la expulsión tome efecto. Es la ley de un solo estado. En la mayoría de las cooperativas de trabajadores, terminar la membresía también termina el empleo, así que la ley laboral también se aplica. Consulte con un abogado que conozca de cooperativas y de leyes laborales (estándar MEM-09).',
      ),
    ),
    section(
      'signatures',
      { en: '8. Signatures', es: '8. Firmas' },
      paragraph(
        'The member received a copy of the bylaws, the member handbook and this agreement in [language] on [date]. We have read this agreement in a language we understand, and we agree to it.',
        'El socio recibió una copia de los estatutos, del manual del socio y de este acuerdo en [idioma] el [fecha]. Leímos este acuerdo en un idioma que entendemos y estamos de acuerdo con él.',
      ),
      signature(['The member: name and signature', 'For the co-op: name, role and signature', 'Date'], ['El socio: nombre y firma', 'Por la cooperativa: nombre, cargo y firma', 'Fecha']),
    ),
  ],
};
