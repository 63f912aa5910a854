/**
 * The developer engagement letter, with its conflict-of-interest disclosure. It follows the
 * developer-practice standards: a written agreement (DEV-01), the group decides (DEV-02), conflicts
 * disclosed in writing (DEV-03), confidentiality (DEV-04), the limits of the developer's role (DEV-05),
 * a plan for the developer's exit (DEV-06) and feedback (DEV-07).
 */
import { HOW_TO_USE } from './common';
import { bullets, note, paragraph, section, signature, stateLaw, type TemplateSource } from './model';

export const ENGAGEMENT_LETTER: TemplateSource = {
  caution: {
    en: 'Ask a lawyer in particular about a large contract, pay that depends on results, work for both the seller and the workers in a conversion, and the privacy rules of your state.',
    es: 'Consulte con un abogado sobre todo en estos casos: un contrato grande, un pago que depende de los resultados, un trabajo para el vendedor y para los trabajadores a la vez en una conversión, y las reglas de privacidad de su estado.',
  },
  sections: [
    HOW_TO_USE,
    section(
      'parties',
      { en: '1. Who this agreement is between', es: '1. Entre quiénes es este acuerdo' },
      paragraph(
        'This letter is an agreement between [Developer name], of [Organization name] (“the developer”), and [Group or co-op name] (“the group”). The group approved this agreement at its meeting on [date], and chose [names] to sign it and to give the developer instructions for the group.',
        'Esta carta es un acuerdo entre [Nombre del desarrollador], de [Nombre de la organización] (“el desarrollador”), y [Nombre del grupo o de la cooperativa] (“el grupo”). El grupo aprobó este acuerdo en su reunión del [fecha] y escogió a [nombres] para firmarlo y para darle instrucciones al desarrollador en nombre del grupo.',
      ),
      note(
        'In a start-up, the client is usually the group or its steering committee until the co-op exists, and then the co-op itself. One keen founder should not sign for the group without the group’s approval.',
        'En un negocio nuevo, el cliente por lo general es el grupo o su comité organizador hasta que exista la cooperativa, y después la cooperativa misma. Un fundador entusiasta no debe firmar en nombre del grupo sin la aprobación del grupo.',
      ),
    ),
    section(
      'client',
      { en: '2. Who the developer works for', es: '2. Para quién trabaja el desarrollador' },
      paragraph(
        'The developer works for the group. The developer’s advice is for the group as a whole, not for any one member, and not for a funder, a lender or a seller.',
        'El desarrollador trabaja para el grupo. Sus consejos son para el grupo entero, no para un solo socio, ni para un financiador, un prestamista o un vendedor.',
      ),
      paragraph(
        'In a conversion to worker ownership, choose one: ☐ The developer works only for the workers. ☐ The developer works only for the business owner (seller). ☐ The developer helps both sides, as explained here: [what the developer will do for each side, and the limits this puts on the advice].',
        'En una conversión a propiedad de los trabajadores, escoja una opción: ☐ El desarrollador trabaja solo para los trabajadores. ☐ El desarrollador trabaja solo para el dueño del negocio (vendedor). ☐ El desarrollador ayuda a las dos partes, como se explica aquí: [qué hará el desarrollador para cada parte, y los límites que eso pone a sus consejos].',
      ),
      note(
        'On price and terms, the seller’s interests and the workers’ interests pull in different directions. If the developer helps both sides, both sides should agree to it in writing. Often the workers are best served by their own advisers.',
        'En el precio y las condiciones, los intereses del vendedor y los de los trabajadores van en direcciones distintas. Si el desarrollador ayuda a las dos partes, las dos deben aceptarlo por escrito. Muchas veces lo mejor para los trabajadores es tener sus propios asesores.',
      ),
    ),
    section(
      'payer',
      { en: '3. Who pays for the work', es: '3. Quién paga el trabajo' },
      bullets(
        ['The group pays: [amount, or “nothing”].', '[Funder, city program, lender or seller] pays: [amount, and the grant or contract it comes from].', 'In return, the payer gets: [for example, a report every three months with totals and no names].'],
        ['El grupo paga: [cantidad, o “nada”].', '[Financiador, programa de la ciudad, prestamista o vendedor] paga: [cantidad, y la subvención o el contrato de donde sale].', 'A cambio, quien paga recibe: [por ejemplo, un informe cada tres meses con totales y sin nombres].'],
      ),
      paragraph(
        'Paying for the work does not make a funder, a lender or a seller the developer’s client. The developer will not share anything about the group with a payer beyond what this letter lists.',
        'Pagar el trabajo no convierte a un financiador, un prestamista o un vendedor en cliente del desarrollador. El desarrollador no compartirá nada sobre el grupo con quien paga, aparte de lo que dice esta carta.',
      ),
    ),
    section(
      'conflicts',
      { en: '4. Conflicts of interest', es: '4. Conflictos de interés' },
      paragraph(
        'The developer tells the group about anything that could sway the developer’s advice. Having a tie to a funder or partner is common and is not wrongdoing; what matters is that the group knows. For each item, the developer writes “yes” and explains, or writes “no.”',
        'El desarrollador le dice al grupo todo lo que podría influir en sus consejos. Tener un lazo con un financiador o un socio de trabajo es común y no es una falta; lo que importa es que el grupo lo sepa. En cada punto, el desarrollador escribe “sí” y lo explica, o escribe “no”.',
      ),
      bullets(
        [
          'Pay tied to results, such as a launch, a loan closing, a sale or a number of co-ops: [yes or no, and details].',
          'Ties to lenders or investors: the developer’s organization lends money, works closely with one lender, sits on a lender’s board or gets a referral fee: [yes or no, and details].',
          'Ties to the seller, such as being paid by the seller now or having worked for the seller before: [yes or no, and details].',
          'Other clients, such as another business in the same market, or the other side of the same deal: [yes or no, and details].',
          'Personal ties and hopes, such as a relative or friend in the group, or a wish to work for or join the co-op later: [yes or no, and details].',
          'Products or services the developer sells or may recommend, such as software, insurance or training: [yes or no, and details].',
        ],
        [
          'Pago que depende de resultados, como una apertura, el cierre de un préstamo, una venta o un número de cooperativas: [sí o no, y detalles].',
          'Lazos con prestamistas o inversionistas: la organización del desarrollador presta dinero, trabaja de cerca con un prestamista, es parte de la junta directiva de un prestamista o recibe una comisión por recomendar: [sí o no, y detalles].',
          'Lazos con el vendedor, como recibir pago del vendedor ahora o haber trabajado para él antes: [sí o no, y detalles].',
          'Otros clientes, como otro negocio en el mismo mercado, o la otra parte del mismo trato: [sí o no, y detalles].',
          'Lazos y planes personales, como un familiar o amigo en el grupo, o el deseo de trabajar en la cooperativa o hacerse socio más adelante: [sí o no, y detalles].',
          'Productos o servicios que el desarrollador vende o puede recomendar, como programas de computadora, seguros o capacitación: [sí o no, y detalles].',
        ],
      ),
      paragraph(
        'For each conflict, the group decides whether to go on with it known, to limit it (for example, with an independent appraiser, quotes from more than one lender, or a separate adviser for one question), or to end it, with the developer stepping back from that part of the work or from all of it. The group’s choice: [choice for each conflict].',
        'Para cada conflicto, el grupo decide si sigue adelante sabiéndolo, si lo limita (por ejemplo, con un valuador independiente, ofertas de más de un prestamista o un asesor aparte para una pregunta), o si lo termina, y entonces el desarrollador se retira de esa parte del trabajo o de todo el trabajo. La decisión del grupo: [decisión para cada conflicto].',
      ),
      paragraph(
        'The developer will update this disclosure in writing whenever something changes, and read each update at a group meeting. The developer will not take a commission or referral fee from a lender, seller or vendor without telling the group first and getting its written consent.',
        'El desarrollador pondrá al día esta declaración por escrito cada vez que algo cambie, y leerá cada cambio en una reunión del grupo. El desarrollador no aceptará una comisión de un prestamista, un vendedor o un proveedor sin decírselo antes al grupo y obtener su consentimiento por escrito.',
      ),
      note(
        'Read the disclosure aloud to the whole group, not only to one leader, and note it in the minutes. A disclosure made once and never updated loses its value when funders or partners change.',
        'Lea la declaración en voz alta a todo el grupo, no solo a un líder, y anótela en el acta. Una declaración hecha una sola vez y nunca puesta al día pierde su valor cuando cambian los financiadores o los socios de trabajo.',
      ),
    ),
    section(
      'services',
      { en: '5. What the developer will do', es: '5. Qué hará el desarrollador' },
      bullets(
        ['[Service, for example: six trainings on co-op basics, with interpretation.]', '[Product, for example: a draft feasibility study by a set date.]', '[Support, for example: help at monthly meetings until a set date.]', 'Estimated time: about [number] hours over [number] months.'],
        ['[Servicio, por ejemplo: seis capacitaciones sobre lo básico de las cooperativas, con interpretación.]', '[Producto, por ejemplo: un borrador del estudio de viabilidad para una fecha fijada.]', '[Apoyo, por ejemplo: ayuda en las reuniones mensuales hasta una fecha fijada.]', 'Tiempo calculado: unas [número] horas en [número] meses.'],
      ),
      paragraph(
        'The developer will give the group facts, real options and honest advice, including news the group may not want to hear, and will keep facts apart from opinions.',
        'El desarrollador le dará al grupo datos, opciones reales y consejos honestos, incluso noticias que el grupo tal vez no quiera oír, y separará los datos de las opiniones.',
      ),
    ),
    section(
      'not-included',
      { en: '6. What the developer will not do', es: '6. Qué no hará el desarrollador' },
      bullets(
        [
          'Give legal advice, or write the final articles, bylaws or operating agreement. A lawyer who knows co-ops does that.',
          'Give tax advice, such as how members should file their taxes. An accountant or another tax professional does that.',
          'Decide whether selling membership shares or taking investments is legal under securities law.',
          'Value the business in a conversion. A qualified, independent appraiser does that.',
          'Make the group’s decisions, vote in the group, or speak for the group to funders and lenders without its approval.',
        ],
        [
          'Dar consejo legal, ni escribir la versión final de los artículos de constitución, los estatutos o el acuerdo operativo. Eso lo hace un abogado que conozca de cooperativas.',
          'Dar consejo de impuestos, como la forma en que los socios deben declarar sus impuestos. Eso lo hace un contador u otro profesional de impuestos.',
          'Decidir si vender acciones de membresía o recibir inversiones es legal según la ley de valores.',
          'Hacer la valoración (avalúo) del negocio en una conversión. Eso lo hace un valuador calificado e independiente.',
          'Tomar las decisiones del grupo, votar en el grupo, o hablar en nombre del grupo ante financiadores y prestamistas sin su aprobación.',
        ],
      ),
      paragraph(
        'The developer will help the group find lawyers, accountants and appraisers who know co-ops, offer more than one name where possible, and say if the developer has any tie to them.',
        'El desarrollador ayudará al grupo a encontrar abogados, contadores y valuadores que conozcan de cooperativas, le dará más de un nombre cuando se pueda, y le dirá si tiene algún lazo con ellos.',
      ),
    ),
    section(
      'group-role',
      { en: '7. What the group will do and decide', es: '7. Qué hará y qué decidirá el grupo' },
      paragraph(
        'The group makes the key decisions: whether to form the co-op, the business idea, who can be a member, the legal form (chosen with a lawyer), the buy-in and pay, whether to take outside money and from whom, and, in a conversion, whether to buy the business. Each decision is recorded in the group’s minutes, with the options considered.',
        'El grupo toma las decisiones importantes: si forma la cooperativa, la idea de negocio, quién puede ser socio, la forma legal (escogida con un abogado), la cuota de ingreso y el pago, si acepta dinero de afuera y de quién, y, en una conversión, si compra el negocio. Cada decisión se anota en el acta del grupo, con las opciones que se pensaron.',
      ),
      bullets(
        ['The group’s contact people: [names].', 'Who reads drafts and gives comments, and by when: [names and time].', 'Meetings will be held in [languages], with interpretation by [who], paid by [who].'],
        ['Las personas de contacto del grupo: [nombres].', 'Quién lee los borradores y da comentarios, y para cuándo: [nombres y plazo].', 'Las reuniones serán en [idiomas], con interpretación de [quién], pagada por [quién].'],
      ),
    ),
    section(
      'fees',
      { en: '8. Fees and costs', es: '8. Costo y gastos' },
      bullets(
        ['Fee: [the amount and how it is set, for example per hour, a flat fee, or free to the group and why].', 'Expenses, such as interpreters, travel or printing: [which ones, and who pays them].', 'Bills: [how often the developer sends a bill, and when it is due].'],
        ['Costo: [la cantidad y cómo se fija, por ejemplo por hora, una tarifa fija, o gratis para el grupo y por qué].', 'Gastos, como intérpretes, viajes o impresiones: [cuáles, y quién los paga].', 'Cuentas: [cada cuánto manda una cuenta el desarrollador, y para cuándo se paga].'],
      ),
      paragraph(
        'If the work grows beyond the estimate, the developer will tell the group in writing before doing more, and the group decides.',
        'Si el trabajo crece más de lo calculado, el desarrollador se lo dirá por escrito al grupo antes de hacer más, y el grupo decide.',
      ),
      note(
        'Plan for legal and accounting fees too. They are separate from the developer’s fee, and skipping them to save money often costs more later.',
        'Planee también los honorarios del abogado y del contador. Son aparte del costo del desarrollador, y ahorrarlos muchas veces sale más caro después.',
      ),
    ),
    section(
      'confidentiality',
      { en: '9. Confidentiality and members’ information', es: '9. Confidencialidad e información de los socios' },
      bullets(
        [
          'The developer asks only for the information the work needs, and does not ask about immigration status unless there is a clear need and the group has had advice from an immigration lawyer.',
          'The developer keeps files in accounts with strong passwords and a second login step, and tells the group quickly if its information is exposed.',
          'Payers get totals and summaries without names. A member’s name, story, photo or voice is used only with that person’s written consent, which they can take back later.',
          'What a member tells the developer alone stays private, except [for example, a risk to the co-op’s money or to someone’s safety, which the developer must bring to the group].',
          'In a conversion, the developer keeps the seller’s business information private as agreed in [the confidentiality agreement], and tells the workers what has been agreed.',
          'At the end of the work, the developer returns the group’s records and deletes or shreds the copies it no longer needs.',
        ],
        [
          'El desarrollador pide solo la información que el trabajo necesita, y no pregunta por la situación migratoria a menos que haya una necesidad clara y el grupo haya recibido asesoría de un abogado de inmigración.',
          'El desarrollador guarda los archivos en cuentas con contraseñas seguras y un segundo paso para entrar, y le avisa pronto al grupo si su información queda expuesta.',
          'Quienes pagan reciben totales y resúmenes sin nombres. El nombre, la historia, la foto o la voz de un socio se usan solo con el consentimiento por escrito de esa persona, que puede retirarlo después.',
          'Lo que un socio le dice al desarrollador a solas queda en privado, con una excepción: [por ejemplo, un riesgo para el dinero de la cooperativa o para la seguridad de alguien, que el desarrollador debe llevar al grupo].',
          'En una conversión, el desarrollador guarda en privado la información del negocio del vendedor, como se acordó en [el acuerdo de confidencialidad], y les dice a los trabajadores qué se acordó.',
          'Al final del trabajo, el desarrollador devuelve los registros del grupo y borra o destruye las copias que ya no necesita.',
        ],
      ),
      paragraph(
        'Talks with a developer are usually not protected the way talks with a lawyer can be, and the developer’s files might have to be handed over in a legal dispute. The group should take sensitive legal questions to its lawyer.',
        'Las conversaciones con un desarrollador por lo general no están protegidas como pueden estarlo las conversaciones con un abogado, y los archivos del desarrollador podrían tener que entregarse en un pleito legal. El grupo debe llevar las preguntas legales delicadas a su abogado.',
      ),
      stateLaw(
        'Privacy and data rules differ from state to state. Ask a lawyer which ones apply to the information you hold.',
        'Las reglas de privacidad y de datos cambian de un estado a otro. Pregunte a un abogado cuáles se aplican a la información que ustedes guardan.',
      ),
    ),
    section(
      'ending',
      { en: '10. Changes, feedback and ending the work', es: '10. Cambios, comentarios y fin del trabajo' },
      bullets(
        [
          'The group and the developer review this letter at each milestone, such as [after the feasibility study], and write down any change. Both sides sign each change.',
          'The developer asks the group for feedback at each milestone and at the end, in the group’s languages, with a way to answer without giving a name.',
          'The work ends on [date or milestone]. Either side may end it sooner by giving [number] days’ written notice.',
          'The developer steps back over time: first doing a task, then doing it with members, then coaching members, then only checking in. Before leaving, the developer hands over [records, files, logins and contacts] and checks that members can do [tasks].',
          'After the work ends, the developer will check in after [three and twelve months]. If funding ends early, the developer will tell the group as early as possible and help it find other support.',
          'If the group has a complaint, it can raise it with [name and contact at the developer’s organization or the funder].',
        ],
        [
          'El grupo y el desarrollador revisan esta carta en cada etapa importante, como [después del estudio de viabilidad], y ponen por escrito cualquier cambio. Las dos partes firman cada cambio.',
          'El desarrollador le pide comentarios al grupo en cada etapa importante y al final, en los idiomas del grupo, con una forma de responder sin dar el nombre.',
          'El trabajo termina el [fecha o etapa]. Cualquiera de las dos partes puede terminarlo antes con un aviso por escrito de [número] días.',
          'El desarrollador se retira poco a poco: primero hace una tarea, después la hace con los socios, después los acompaña mientras ellos la hacen, y al final solo da seguimiento. Antes de irse, entrega [registros, archivos, contraseñas y contactos] y comprueba que los socios pueden hacer [tareas].',
          'Cuando termine el trabajo, el desarrollador dará seguimiento a los [tres y doce meses]. Si el dinero se acaba antes, el desarrollador se lo dirá al grupo lo antes posible y lo ayudará a encontrar otro apoyo.',
          'Si el grupo tiene una queja, puede presentarla ante [nombre y contacto en la organización del desarrollador o del financiador].',
        ],
      ),
      note(
        'If the group chooses something the developer thinks is a serious mistake, the developer should put the concern in writing. The developer may step back under these ending terms if a choice would break the law or put people at risk.',
        'Si el grupo escoge algo que el desarrollador cree que es un error grave, el desarrollador debe poner su preocupación por escrito. Puede retirarse según estas reglas de terminación si una decisión va contra la ley o pone a las personas en riesgo.',
      ),
    ),
    section(
      'signatures',
      { en: '11. Signatures', es: '11. Firmas' },
      paragraph(
        'We have read this letter in a language we understand, we have had time to ask questions, and we agree to it.',
        'Leímos esta carta en un idioma que entendemos, tuvimos tiempo para hacer preguntas y estamos de acuerdo con ella.',
      ),
      signature(
        ['For the group: name, role and signature', 'For the group: name, role and signature', 'For the developer: name, organization and signature', 'Date'],
        ['Por el grupo: nombre, cargo y firma', 'Por el grupo: nombre, cargo y firma', 'Por el desarrollador: nombre, organización y firma', 'Fecha'],
      ),
    ),
  ],
};
